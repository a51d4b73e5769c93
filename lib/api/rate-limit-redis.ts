/**
 * The rate-limit counters in Redis (REDIS_URL), shared by every instance of the site. One Lua
 * script per request reads both windows' counters and increments the current one only when the
 * request is allowed, atomically: two instances can never both let the last allowed request through.
 * Commands fail fast (250 ms, no offline queue) so lib/api/rate-limit.ts can fall back to memory.
 */
import { createClient } from "redis";
import type { RateLimitCounts, RateLimitHit, RateLimitStore } from "./rate-limit";

/** The same rule as slidingEstimate in rate-limit.ts: floor(previous × weight) + current + 1 ≤ limit. */
const SLIDING_WINDOW_SCRIPT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
local limit = tonumber(ARGV[1])
local weight = tonumber(ARGV[2])
if math.floor(previous * weight) + current + 1 > limit then
  return {0, current, previous}
end
current = redis.call('INCR', KEYS[1])
if current == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {1, current, previous}
`;

const KEY_PREFIX = "xj:api-rate:";
const COMMAND_TIMEOUT_MS = 250;
const CONNECT_TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no connection to Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type RedisRateLimitStore = RateLimitStore & { close(): Promise<void> };

export function createRedisRateLimitStore(url: string): RedisRateLimitStore {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(200 * (retries + 1), 5000) },
  });
  // Connection errors are reported per command (and logged by the caller); without a listener
  // an 'error' event would end the process.
  client.on("error", () => {});
  let firstConnection: Promise<void> | null = null;
  let hasTriedFirstConnection = false;

  /**
   * Requests arriving before the first connection is made wait for it (up to 1 s, all on the same
   * attempt). Afterwards, while Redis is away, requests fail at once (the caller counts them in
   * memory) and the client reconnects on its own.
   */
  async function ensureReady(): Promise<void> {
    if (client.isReady) return;
    firstConnection ??= withTimeout(client.connect(), CONNECT_TIMEOUT_MS)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        hasTriedFirstConnection = true;
      });
    if (!hasTriedFirstConnection) await firstConnection;
    if (client.isReady) return;
    if (!client.isOpen) client.connect().catch(() => undefined);
    throw new Error("not connected");
  }

  return {
    name: "redis",
    async hit({ key, window, windowMs, limit, previousWeight }: RateLimitHit): Promise<RateLimitCounts> {
      await ensureReady();
      const reply = (await client.eval(SLIDING_WINDOW_SCRIPT, {
        keys: [`${KEY_PREFIX}${key}:${window}`, `${KEY_PREFIX}${key}:${window - 1}`],
        // The current window's counter is read as "previous" during the next window: keep it two windows.
        arguments: [String(limit), previousWeight.toFixed(6), String(2 * windowMs)],
      })) as [number, number, number];
      return { allowed: reply[0] === 1, current: Number(reply[1]), previous: Number(reply[2]) };
    },
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
