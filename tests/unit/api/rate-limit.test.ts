import { describe, expect, it } from "vitest";
import {
  checkRateLimit,
  createMemoryRateLimitStore,
  rateLimitHeaders,
  slidingEstimate,
  tooManyRequestsResponse,
  waitUntilAllowedMs,
} from "@/lib/api/rate-limit";

const MINUTE = 60_000;
// A window boundary, so tests can place requests at known points of a window.
const T0 = 1_000 * MINUTE;

describe("the sliding-window rule", () => {
  it("weighs the previous window by the share of it still inside the sliding window", () => {
    expect(slidingEstimate({ current: 3, previous: 10, previousWeight: 0.75 })).toBe(10);
    expect(slidingEstimate({ current: 3, previous: 10, previousWeight: 0 })).toBe(3);
    expect(slidingEstimate({ current: 0, previous: 9, previousWeight: 0.5 })).toBe(4);
  });

  it("waits for the next window, and then for enough of this one to slide out, when this window alone is full", () => {
    // 10 of 10 in this window at 15 s: 45 s to the next window, then nothing more (10 × (1 − t/W) < 10 at once).
    expect(waitUntilAllowedMs({ current: 10, previous: 0, limit: 10, windowMs: MINUTE, elapsedMs: 15_000 })).toBe(45_000);
  });

  it("waits until the previous window's weight falls far enough", () => {
    // limit 10, 5 now, 10 before: allowed once 10 × (1 − t/W) < 5, i.e. t > 30 s; at 10 s that is 20 s away.
    expect(waitUntilAllowedMs({ current: 5, previous: 10, limit: 10, windowMs: MINUTE, elapsedMs: 10_000 })).toBe(20_000);
  });
});

describe("the in-memory limiter", () => {
  it("allows `limit` requests in a window and refuses the next with Retry-After", async () => {
    const store = createMemoryRateLimitStore();
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await checkRateLimit({ bucket: "address", id: "203.0.113.9", limit: 3, now: T0 + 1000 + i, store }));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((decision) => decision.remaining)).toEqual([2, 1, 0, 0]);
    const refused = decisions[3];
    expect(refused.retryAfterSeconds).toBe(59);
    expect(refused.store).toBe("memory");
  });

  it("counts addresses and keys separately", async () => {
    const store = createMemoryRateLimitStore();
    expect((await checkRateLimit({ bucket: "address", id: "a", limit: 1, now: T0, store })).allowed).toBe(true);
    expect((await checkRateLimit({ bucket: "address", id: "a", limit: 1, now: T0, store })).allowed).toBe(false);
    expect((await checkRateLimit({ bucket: "address", id: "b", limit: 1, now: T0, store })).allowed).toBe(true);
    expect((await checkRateLimit({ bucket: "key", id: "a", limit: 1, now: T0, store })).allowed).toBe(true);
  });

  it("does not count refused requests: a client that keeps hammering is let in as soon as the window allows", async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 2; i++) await checkRateLimit({ bucket: "address", id: "x", limit: 2, now: T0, store });
    for (let i = 0; i < 50; i++) expect((await checkRateLimit({ bucket: "address", id: "x", limit: 2, now: T0 + 10_000, store })).allowed).toBe(false);
    // Next window, half-way: floor(2 × 0.5) = 1 counted from before, so exactly one more is allowed.
    const halfWay = T0 + MINUTE + 30_000;
    expect((await checkRateLimit({ bucket: "address", id: "x", limit: 2, now: halfWay, store })).allowed).toBe(true);
    expect((await checkRateLimit({ bucket: "address", id: "x", limit: 2, now: halfWay, store })).allowed).toBe(false);
  });

  it("does not let a client send twice the limit around a window's edge (the estimate rounds down: one more at most)", async () => {
    const store = createMemoryRateLimitStore();
    let allowed = 0;
    for (let i = 0; i < 20; i++) if ((await checkRateLimit({ bucket: "address", id: "edge", limit: 10, now: T0 + MINUTE - 100, store })).allowed) allowed++;
    for (let i = 0; i < 20; i++) if ((await checkRateLimit({ bucket: "address", id: "edge", limit: 10, now: T0 + MINUTE + 100, store })).allowed) allowed++;
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(11);
  });

  it("forgets a window two windows old, and the Retry-After it gave is enough", async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 5; i++) await checkRateLimit({ bucket: "address", id: "r", limit: 5, now: T0 + 20_000, store });
    const refused = await checkRateLimit({ bucket: "address", id: "r", limit: 5, now: T0 + 20_000, store });
    expect(refused.allowed).toBe(false);
    const later = T0 + 20_000 + refused.retryAfterSeconds * 1000;
    expect((await checkRateLimit({ bucket: "address", id: "r", limit: 5, now: later, store })).allowed).toBe(true);
    expect((await checkRateLimit({ bucket: "address", id: "r", limit: 5, now: T0 + 3 * MINUTE, store })).remaining).toBe(4);
  });

  it("sweeps clients it has not seen for two windows", async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 100; i++) await checkRateLimit({ bucket: "address", id: `old-${i}`, limit: 5, now: T0, store });
    expect(store.size()).toBe(100);
    await checkRateLimit({ bucket: "address", id: "new", limit: 5, now: T0 + 3 * MINUTE, store });
    expect(store.size()).toBe(1);
  });
});

describe("the 429 answer", () => {
  it("is problem+json with Retry-After and the RateLimit headers", async () => {
    const store = createMemoryRateLimitStore();
    await checkRateLimit({ bucket: "key", id: "k1", limit: 1, now: T0, store });
    const decision = await checkRateLimit({ bucket: "key", id: "k1", limit: 1, now: T0, store });
    const response = tooManyRequestsResponse(decision, { instance: "/api/v1/ingest/penalties", headers: { "Access-Control-Allow-Origin": "*" } });
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    // The whole window, and the instant the one request counted slides out of it.
    expect(response.headers.get("retry-after")).toBe("61");
    expect(response.headers.get("ratelimit-limit")).toBe("1");
    expect(response.headers.get("ratelimit-remaining")).toBe("0");
    expect(response.headers.get("ratelimit-policy")).toBe("1;w=60");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body).toMatchObject({ status: 429, title: "Too many requests", instance: "/api/v1/ingest/penalties" });
  });

  it("an allowed request carries the limit and what remains, and no Retry-After", async () => {
    const decision = await checkRateLimit({ bucket: "address", id: "h", limit: 7, now: T0 + 5_000, store: createMemoryRateLimitStore() });
    expect(rateLimitHeaders(decision)).toEqual({ "RateLimit-Limit": "7", "RateLimit-Remaining": "6", "RateLimit-Reset": "55", "RateLimit-Policy": "7;w=60" });
  });
});
