import net from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRateLimit, createMemoryRateLimitStore } from "@/lib/api/rate-limit";
import { createRedisRateLimitStore, type RedisRateLimitStore } from "@/lib/api/rate-limit-redis";

/**
 * The Redis limiter against a real Redis: 127.0.0.1:6379 (on the project's machines and in CI),
 * or TEST_REDIS_URL. Skipped, saying so, only when no Redis answers there.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function isReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1000);
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => { socket.destroy(); resolve(false); });
  });
}

const hasRedis = await isReachable(REDIS_URL);
if (!hasRedis) console.warn(`SKIPPED: the Redis rate-limit tests need a Redis at ${REDIS_URL} (set TEST_REDIS_URL); none answers.`);

const MINUTE = 60_000;

describe.skipIf(!hasRedis)("the rate limiter in Redis", () => {
  let first: RedisRateLimitStore;
  let second: RedisRateLimitStore;

  beforeAll(() => {
    first = createRedisRateLimitStore(REDIS_URL);
    second = createRedisRateLimitStore(REDIS_URL);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it("allows `limit` requests and refuses the next, counted in Redis", async () => {
    const id = `test-${randomUUID()}`;
    const now = Date.now();
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await checkRateLimit({ bucket: "address", id, limit: 5, now, store: first }));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.map((decision) => decision.store)).toEqual(Array(6).fill("redis"));
    expect(decisions[4].remaining).toBe(0);
    expect(decisions[5].retryAfterSeconds).toBeGreaterThan(0);
  });

  it("shares the counts between instances, atomically: 200 concurrent requests from two instances let exactly `limit` through", async () => {
    const id = `test-${randomUUID()}`;
    // Early in a window, so the 200 requests all fall into the same one.
    const now = Math.floor(Date.now() / MINUTE) * MINUTE + 1000;
    const decisions = await Promise.all(
      Array.from({ length: 200 }, (_, i) => checkRateLimit({ bucket: "key", id, limit: 37, now, store: i % 2 === 0 ? first : second })),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(37);
  });

  it("carries the previous window over with its weight, like the memory store", async () => {
    const id = `test-${randomUUID()}`;
    const memory = createMemoryRateLimitStore();
    const start = (Math.floor(Date.now() / MINUTE) - 1) * MINUTE;
    const run = async (store: Parameters<typeof checkRateLimit>[0]["store"]) => {
      const allowed: boolean[] = [];
      for (let i = 0; i < 8; i++) allowed.push((await checkRateLimit({ bucket: "address", id, limit: 8, now: start + 5000, store })).allowed);
      for (let i = 0; i < 8; i++) allowed.push((await checkRateLimit({ bucket: "address", id, limit: 8, now: start + MINUTE + 45_000, store })).allowed);
      return allowed;
    };
    const inRedis = await run(first);
    const inMemory = await run(memory);
    expect(inRedis).toEqual(inMemory);
    // 45 s into the next window, floor(8 × 0.25) = 2 still count: 6 more are allowed.
    expect(inRedis.slice(8).filter(Boolean)).toHaveLength(6);
  });

  it("lets its keys expire", async () => {
    const id = `test-${randomUUID()}`;
    await checkRateLimit({ bucket: "address", id, limit: 5, store: first });
    const { createClient } = await import("redis");
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    try {
      const keys = await client.keys(`xj:api-rate:address:${id}:*`);
      expect(keys).toHaveLength(1);
      const ttl = await client.pTTL(keys[0]);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2 * MINUTE);
    } finally {
      await client.close();
    }
  });
});

describe("when Redis does not answer", () => {
  it("counts in memory instead, so the API keeps answering and stays limited", async () => {
    const unreachable = createRedisRateLimitStore("redis://127.0.0.1:1");
    try {
      const id = `fallback-${randomUUID()}`;
      const started = Date.now();
      // One instant for all four (the first waits up to 1 s for a connection): no window edge between them.
      const now = Math.floor(started / MINUTE) * MINUTE + 1000;
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await checkRateLimit({ bucket: "address", id, limit: 3, now, store: unreachable }));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
      expect(decisions.map((decision) => decision.store)).toEqual(Array(4).fill("memory"));
      expect(Date.now() - started).toBeLessThan(6000);
    } finally {
      await unreachable.close();
    }
  });
});
