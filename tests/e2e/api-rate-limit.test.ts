import http from "node:http";
import net from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/support/database";
import { startSite, waitForHttp } from "@/scripts/support/processes";
import { requireDatabaseUrl } from "../support/database";
import { expectMatchesOpenApi, readBody } from "./support/openapi-contract";

/**
 * 429 with Retry-After, on a site of its own: the shared test site runs with the limits lifted
 * (other tests send thousands of requests), so this file starts the built site again on a free
 * port with a limit of 5 requests a minute per address. With Redis reachable at 127.0.0.1:6379 the
 * site runs two workers counting in Redis, which proves the count is shared; without it, one
 * worker counting in memory. Each test sends from its own made-up address (X-Forwarded-For).
 */
const LIMIT = 5;
const REDIS_URL = "redis://127.0.0.1:6379";

async function isRedisReachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: 6379 });
    socket.setTimeout(1000);
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => { socket.destroy(); resolve(false); });
  });
}

let site: ReturnType<typeof startSite>;
let origin: string;
let hasRedis: boolean;

beforeAll(async () => {
  hasRedis = await isRedisReachable();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  site = startSite({
    port,
    host: "127.0.0.1",
    quiet: true,
    env: {
      DATABASE_URL: requireDatabaseUrl(),
      API_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      ...(hasRedis ? { REDIS_URL, WEB_CONCURRENCY: "2" } : { WEB_CONCURRENCY: "1" }),
    },
  });
  await waitForHttp(`${origin}/api/v1/changes?limit=1`, 90_000);
}, 120_000);

afterAll(() => {
  site?.stop();
});

function fromAddress(address: string, path = "/api/v1/changes?limit=1", init: RequestInit = {}): Promise<Response> {
  return fetch(`${origin}${path}`, { ...init, headers: { "x-forwarded-for": address, ...(init.headers ?? {}) } });
}

/**
 * Waits out the last seconds of a minute: the limit counts per minute window, carrying the last
 * one over with a weight rounded down, so a test's burst straddling the edge could get one more.
 */
async function awayFromMinuteEdge(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
}

/** One GET on a connection of its own (no keep-alive), so the primary hands it to either worker. */
function getOnNewConnection(address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}/api/v1/changes?limit=1`, { agent: false, headers: { "x-forwarded-for": address } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
}

describe("the read rate limit", () => {
  it(`allows ${LIMIT} requests a minute per address, then answers 429 problem+json with Retry-After`, async () => {
    await awayFromMinuteEdge();
    const address = `test-${randomUUID()}`;
    const statuses: number[] = [];
    const remaining: (string | null)[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const response = await fromAddress(address);
      statuses.push(response.status);
      remaining.push(response.headers.get("ratelimit-remaining"));
      await response.arrayBuffer();
    }
    expect(statuses).toEqual(Array(LIMIT).fill(200));
    expect(remaining.at(-1)).toBe("0");

    const refused = await fromAddress(address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(121);
    expect(refused.headers.get("ratelimit-limit")).toBe(String(LIMIT));
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    const body = await readBody(refused);
    expect(body).toMatchObject({ status: 429, title: "Too many requests" });
    await expectMatchesOpenApi(refused, body, { method: "get", path: "/api/v1/changes?limit=1" });
  });

  it("counts every read endpoint together, 304s included, and other addresses separately", async () => {
    await awayFromMinuteEdge();
    const address = `test-${randomUUID()}`;
    const first = await fromAddress(address, "/api/v1/openapi.json");
    const etag = first.headers.get("etag") as string;
    await first.arrayBuffer();
    const notModified = await fromAddress(address, "/api/v1/openapi.json", { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    for (let i = 0; i < LIMIT - 2; i++) expect((await fromAddress(address, "/api/v1/search/suggest?q=a")).status).toBe(200);
    expect((await fromAddress(address, "/api/v1/search/suggest?q=a")).status).toBe(429);
    expect((await fromAddress(`test-${randomUUID()}`, "/api/v1/search/suggest?q=a")).status).toBe(200);
  });

  it("does not count the CORS preflight", async () => {
    await awayFromMinuteEdge();
    const address = `test-${randomUUID()}`;
    for (let i = 0; i < LIMIT * 2; i++) {
      const preflight = await fromAddress(address, "/api/v1/changes", { method: "OPTIONS", headers: { origin: "https://bank.example", "access-control-request-method": "GET" } });
      expect(preflight.status).toBe(204);
    }
    expect((await fromAddress(address)).status).toBe(200);
  });

  it("is shared by the site's workers when Redis is configured", async () => {
    if (!hasRedis) {
      console.warn("SKIPPED: no Redis at 127.0.0.1:6379; the site counted in one worker's memory.");
      return;
    }
    // Two workers behind one port: a new connection per request lands on either. Were each counting
    // on its own, 2 × LIMIT requests would pass.
    await awayFromMinuteEdge();
    const address = `test-${randomUUID()}`;
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 2; i++) statuses.push(await getOnNewConnection(address));
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
  });
});
