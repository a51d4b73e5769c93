import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/problem";
import { entityTag, matchesIfNoneMatch, publicGet, publicPreflight } from "@/lib/api/public-endpoint";

const context = { params: Promise.resolve({}) };
let counter = 0;
/** Each test its own client address, so the (in-memory) rate limit of one does not touch another. */
function request(path: string, headers: Record<string, string> = {}): Request {
  counter += 1;
  return new Request(`http://site.test${path}`, { headers: { "x-forwarded-for": `198.51.100.${counter}`, ...headers } });
}

describe("If-None-Match", () => {
  it("matches the tag, a list holding it, its weak form and *", () => {
    const tag = entityTag("{}");
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"a", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });

  it("a different body has a different tag", () => {
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
  });
});

describe("a public GET endpoint", () => {
  const handler = publicGet(async () => Response.json({ hello: "世界" }));

  it("adds CORS, the rate-limit headers, an ETag and a default Cache-Control to a JSON answer", async () => {
    const response = await handler(request("/api/v1/x"), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: "世界" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(response.headers.get("etag")).toBe(entityTag(JSON.stringify({ hello: "世界" })));
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("ratelimit-limit")).toBe("120");
  });

  it("answers 304 without a body when If-None-Match matches", async () => {
    const first = await handler(request("/api/v1/x"), context);
    const etag = first.headers.get("etag") as string;
    const second = await handler(request("/api/v1/x", { "if-none-match": etag }), context);
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("etag")).toBe(etag);
    expect(second.headers.get("content-type")).toBeNull();
  });

  it("keeps the handler's Cache-Control, and gives no ETag to errors or to non-JSON bodies", async () => {
    const noStore = await publicGet(async () => Response.json({}, { headers: { "cache-control": "no-store" } }))(request("/a"), context);
    expect(noStore.headers.get("cache-control")).toBe("no-store");
    const thrown = await publicGet(async () => {
      throw new AppError("not-found", "Nothing here.");
    })(request("/api/v1/missing"), context);
    expect(thrown.status).toBe(404);
    expect(thrown.headers.get("etag")).toBeNull();
    expect(thrown.headers.get("access-control-allow-origin")).toBe("*");
    expect(await thrown.json()).toMatchObject({ status: 404, instance: "/api/v1/missing" });
    const zip = await publicGet(async () => new Response("PK", { headers: { "content-type": "application/zip" } }))(request("/z"), context);
    expect(zip.headers.get("etag")).toBeNull();
    expect(await zip.text()).toBe("PK");
  });

  it("copies a redirect's immutable headers rather than failing on them", async () => {
    const response = await publicGet(async () => Response.redirect("http://site.test/elsewhere", 308))(request("/r"), context);
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("http://site.test/elsewhere");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("refuses past the limit with 429, Retry-After and CORS, without calling the handler", async () => {
    let calls = 0;
    const counted = publicGet(async () => {
      calls += 1;
      return Response.json({});
    });
    const address = "203.0.113.77";
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await counted(new Request("http://site.test/c", { headers: { "x-forwarded-for": address } }), context)).status);
    const allowed = statuses.filter((status) => status === 200).length;
    // 120, or one more should a minute's edge fall inside the loop (the estimate rounds down).
    expect(allowed === 120 || allowed === 121).toBe(true);
    let refused = await counted(new Request("http://site.test/c", { headers: { "x-forwarded-for": address } }), context);
    if (refused.status === 200) refused = await counted(new Request("http://site.test/c", { headers: { "x-forwarded-for": address } }), context);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(calls).toBeLessThanOrEqual(122);
    expect(calls).toBeGreaterThanOrEqual(120);
  });

  it("answers the preflight", () => {
    const response = publicPreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});
