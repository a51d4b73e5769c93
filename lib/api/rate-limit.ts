/**
 * Rate limits of the public API: per client address on the read endpoints (lib/api/public-endpoint.ts)
 * and per department key on the ingestion endpoints. Call `checkRateLimit` once per request;
 * refuse with `tooManyRequestsResponse` when it says no.
 *
 * Algorithm: a sliding-window counter. Requests are counted per fixed window of `windowSeconds`;
 * a request is allowed while  floor(previous window's count × the share of it still inside the
 * sliding window) + this window's count  stays below the limit. Unlike a plain fixed window it
 * does not let a client send twice the limit around a window's edge, and it needs two counters
 * per client, not a log of every request. A refused request is not counted.
 *
 * Where the counts live: in Redis when REDIS_URL is set (one atomic script per request, so every
 * instance shares the counts), in this process's memory otherwise (each instance, and each worker
 * of `npm run serve`, then counts on its own). When Redis is configured but does not answer
 * (down, or slower than 250 ms), the request is counted in memory instead, and a warning is logged
 * at most once a minute: the API keeps answering, still limited per instance, rather than failing
 * every request or dropping the limit altogether.
 */
import { AppError, problemResponse } from "@/lib/api/problem";
import { getEnv } from "@/lib/env";
import { createRedisRateLimitStore } from "./rate-limit-redis";

/** What is counted: a client address (reads) or a department key's id (ingestion). */
export type RateLimitBucket = "address" | "key";

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  /** Requests left in the sliding window after this one. */
  remaining: number;
  /** Seconds until the current counting window ends. */
  resetSeconds: number;
  /** When refused: seconds to wait before the next request is allowed (0 when allowed). */
  retryAfterSeconds: number;
  windowSeconds: number;
  /** Where the request was counted ("memory" also when Redis failed). */
  store: RateLimitStore["name"];
};

/** One request to count: the counter key, the window it falls in and the previous window's weight. */
export type RateLimitHit = {
  key: string;
  /** Index of the fixed window: floor(now / windowMs). */
  window: number;
  windowMs: number;
  limit: number;
  /** Share of the previous window still inside the sliding window, 0..1. */
  previousWeight: number;
};

/** Counts after the hit: `current` includes this request only when it was allowed. */
export type RateLimitCounts = { allowed: boolean; current: number; previous: number };

export type RateLimitStore = {
  readonly name: "memory" | "redis";
  hit(hit: RateLimitHit): Promise<RateLimitCounts>;
};

/** The estimate the decision compares with the limit. Every store uses exactly this rule. */
export function slidingEstimate({ current, previous, previousWeight }: { current: number; previous: number; previousWeight: number }): number {
  return Math.floor(previous * previousWeight) + current;
}

/**
 * Milliseconds from `elapsedMs` into the current window until a request would be allowed again,
 * given the counts that refused it.
 */
export function waitUntilAllowedMs({ current, previous, limit, windowMs, elapsedMs }: { current: number; previous: number; limit: number; windowMs: number; elapsedMs: number }): number {
  if (current >= limit) {
    // This window alone is full: wait for the next one, then until enough of this one slides out.
    return windowMs - elapsedMs + Math.max(0, windowMs * (1 - limit / current));
  }
  if (previous === 0) return 0;
  // floor(previous × (1 − t/W)) + current < limit once previous × (1 − t/W) < limit − current.
  const t = windowMs * (1 - (limit - current) / previous);
  return Math.max(0, Math.min(windowMs, t) - elapsedMs);
}

/** Builds the decision from what the store counted (pure; exported for tests). */
export function toDecision({ counts, hit, elapsedMs, store }: { counts: RateLimitCounts; hit: RateLimitHit; elapsedMs: number; store: RateLimitStore["name"] }): RateLimitDecision {
  const { limit, windowMs, previousWeight } = hit;
  const estimate = slidingEstimate({ ...counts, previousWeight });
  const resetSeconds = Math.max(1, Math.ceil((windowMs - elapsedMs) / 1000));
  const windowSeconds = Math.round(windowMs / 1000);
  if (counts.allowed) {
    return { allowed: true, limit, remaining: Math.max(0, limit - estimate), resetSeconds, retryAfterSeconds: 0, windowSeconds, store };
  }
  // The rule's inequalities are strict: a client retrying exactly then would be refused, 1 ms later not.
  const waitMs = waitUntilAllowedMs({ current: counts.current, previous: counts.previous, limit, windowMs, elapsedMs }) + 1;
  return { allowed: false, limit, remaining: 0, resetSeconds, retryAfterSeconds: Math.ceil(waitMs / 1000), windowSeconds, store };
}

type MemoryEntry = { window: number; current: number; previous: number };

/** Counts in this process's memory. Entries of clients not seen for two windows are swept. */
export function createMemoryRateLimitStore({ maxEntries = 100_000 }: { maxEntries?: number } = {}): RateLimitStore & { size(): number } {
  const entries = new Map<string, MemoryEntry>();
  let lastSweepWindow = -1;

  function sweep(window: number): void {
    for (const [key, entry] of entries) if (entry.window < window - 1) entries.delete(key);
    lastSweepWindow = window;
  }

  return {
    name: "memory",
    size: () => entries.size,
    async hit({ key, window, limit, previousWeight }) {
      if (window !== lastSweepWindow || entries.size >= maxEntries) sweep(window);
      let entry = entries.get(key);
      if (entry === undefined) {
        entry = { window, current: 0, previous: 0 };
        entries.set(key, entry);
      } else if (entry.window !== window) {
        entry.previous = entry.window === window - 1 ? entry.current : 0;
        entry.current = 0;
        entry.window = window;
      }
      const allowed = slidingEstimate({ current: entry.current + 1, previous: entry.previous, previousWeight }) <= limit;
      if (allowed) entry.current += 1;
      return { allowed, current: entry.current, previous: entry.previous };
    },
  };
}

const globalForRateLimit = globalThis as unknown as { apiRateLimitStores?: { memory: RateLimitStore; redis: RateLimitStore | null; lastWarningAt: number } };

function stores() {
  globalForRateLimit.apiRateLimitStores ??= {
    memory: createMemoryRateLimitStore(),
    redis: getEnv().REDIS_URL ? createRedisRateLimitStore(getEnv().REDIS_URL as string) : null,
    lastWarningAt: 0,
  };
  return globalForRateLimit.apiRateLimitStores;
}

function warnRedisDown(error: unknown): void {
  const state = stores();
  if (Date.now() - state.lastWarningAt < 60_000) return;
  state.lastWarningAt = Date.now();
  console.warn(`rate limit: Redis did not answer (${error instanceof Error ? error.message : String(error)}); counting in this process's memory until it does`);
}

/** The limits of lib/env.ts: per address (reads) and per key (ingestion), requests per minute. */
export function configuredLimit(bucket: RateLimitBucket): number {
  const env = getEnv();
  return bucket === "address" ? env.API_RATE_LIMIT_PER_MINUTE : env.API_KEY_RATE_LIMIT_PER_MINUTE;
}

/**
 * Counts one request of `id` (a client address, or an API key's id) and says whether it may go on.
 * `limit` defaults to the configured one of the bucket; `store` to Redis or memory (see above).
 */
export async function checkRateLimit({
  bucket,
  id,
  limit = configuredLimit(bucket),
  windowSeconds = 60,
  now = Date.now(),
  store,
}: {
  bucket: RateLimitBucket;
  id: string;
  limit?: number;
  windowSeconds?: number;
  now?: number;
  store?: RateLimitStore;
}): Promise<RateLimitDecision> {
  const windowMs = windowSeconds * 1000;
  const window = Math.floor(now / windowMs);
  const elapsedMs = now - window * windowMs;
  const hit: RateLimitHit = { key: `${bucket}:${id}`, window, windowMs, limit, previousWeight: 1 - elapsedMs / windowMs };
  const chosen = store ?? stores().redis ?? stores().memory;
  try {
    return toDecision({ counts: await chosen.hit(hit), hit, elapsedMs, store: chosen.name });
  } catch (error) {
    if (chosen.name !== "redis") throw error;
    warnRedisDown(error);
    const { memory } = stores();
    return toDecision({ counts: await memory.hit(hit), hit, elapsedMs, store: memory.name });
  }
}

/**
 * The rate-limit headers of every answer (IETF draft "RateLimit header fields for HTTP", the
 * widely used RateLimit-Limit/-Remaining/-Reset form), and Retry-After when refused.
 */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.allowed ? decision.resetSeconds : decision.retryAfterSeconds),
    "RateLimit-Policy": `${decision.limit};w=${decision.windowSeconds}`,
    ...(decision.allowed ? {} : { "Retry-After": String(decision.retryAfterSeconds) }),
  };
}

/** 429 problem+json with Retry-After and the RateLimit headers; `headers` adds more (CORS). */
export function tooManyRequestsResponse(decision: RateLimitDecision, { instance, headers = {} }: { instance?: string; headers?: Record<string, string> } = {}): Response {
  const response = problemResponse(
    new AppError(
      "too-many-requests",
      `Too many requests: at most ${decision.limit} per ${decision.windowSeconds} seconds. Try again in ${decision.retryAfterSeconds} second(s).`,
    ),
    instance,
  );
  for (const [name, value] of Object.entries({ ...rateLimitHeaders(decision), ...headers })) response.headers.set(name, value);
  return response;
}
