/**
 * What every public read endpoint of /api/v1 does around its own work:
 * - the rate limit per client address (lib/api/rate-limit.ts): 429 with Retry-After past it, and
 *   RateLimit-* headers on every answer;
 * - CORS for reads: any site may read the API from a browser (Access-Control-Allow-Origin: *,
 *   no credentials), the preflight is answered, and the headers a client needs are exposed;
 * - an ETag on every successful JSON answer, and 304 Not Modified when If-None-Match matches it
 *   (a 304 still counts against the rate limit: it is cheaper to send, not to work out);
 * - cache headers: the handler's Cache-Control, or `public, max-age=60` when it sets none.
 *
 * A route file says:
 *   export const GET = publicGet(async (request, { params }) => Response.json(…));
 *   export const OPTIONS = publicPreflight;
 */
import { createHash } from "node:crypto";
import { clientAddress } from "@/lib/auth/client-address";
import { problemResponse } from "./problem";
import { checkRateLimit, rateLimitHeaders, tooManyRequestsResponse, type RateLimitDecision } from "./rate-limit";

/** Headers a browser script may read from the API's answers. */
export const EXPOSED_HEADERS = ["ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", "Location", "Link"];

export const CORS_READ_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": EXPOSED_HEADERS.join(", "),
};

export const DEFAULT_CACHE_CONTROL = "public, max-age=60";

/** OPTIONS: the CORS preflight of the read endpoints. */
export function publicPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_READ_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, Cache-Control",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": "public, max-age=86400",
    },
  });
}

/** A strong validator of the body's bytes. */
export function entityTag(body: Uint8Array | string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match header matches `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(etag));
}

function isJson(response: Response): boolean {
  return /^application\/([\w.+-]+\+)?json\b/.test(response.headers.get("content-type") ?? "");
}

/** Adds the endpoint's headers to the handler's answer; ETag and 304 for a successful JSON body. */
async function finish(request: Request, response: Response, decision: RateLimitDecision): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...CORS_READ_HEADERS, ...rateLimitHeaders(decision) })) headers.set(name, value);
  if (!headers.has("cache-control")) headers.set("cache-control", DEFAULT_CACHE_CONTROL);
  if (response.status !== 200 || !isJson(response)) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = entityTag(body);
  headers.set("etag", etag);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    for (const name of ["content-type", "content-length"]) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

type RouteContext<Params> = { params: Promise<Params> };

/** Wraps a public GET handler: rate limit, CORS, ETag/304, cache headers (see above). */
export function publicGet<Params = Record<string, never>>(
  handler: (request: Request, context: RouteContext<Params>) => Promise<Response>,
): (request: Request, context: RouteContext<Params>) => Promise<Response> {
  return async (request, context) => {
    const path = new URL(request.url).pathname;
    let decision: RateLimitDecision;
    try {
      decision = await checkRateLimit({ bucket: "address", id: clientAddress(request.headers) });
    } catch (error) {
      return withCors(problemResponse(error, path));
    }
    if (!decision.allowed) return tooManyRequestsResponse(decision, { instance: path, headers: CORS_READ_HEADERS });
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = problemResponse(error, path);
    }
    return finish(request, response, decision);
  };
}

function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_READ_HEADERS)) response.headers.set(name, value);
  return response;
}
