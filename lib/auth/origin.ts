import { getEnv } from "@/lib/env";

/**
 * Cross-site request forgery guard for the form posts that change data: the browser's Origin
 * header (sent with every POST by current browsers) must be this site. SameSite=Lax cookies
 * already keep other sites' posts signed out; this refuses them outright. A request without an
 * Origin header (old browsers, non-browser clients) falls back to Referer; with neither it is
 * refused.
 */
export function isSameOrigin(request: Request): boolean {
  const own = new Set([new URL(request.url).origin, new URL(getEnv().SITE_URL).origin]);
  const host = request.headers.get("host");
  if (host) own.add(`${new URL(request.url).protocol}//${host}`);
  const origin = request.headers.get("origin") ?? refererOrigin(request.headers.get("referer"));
  return origin !== null && own.has(origin);
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}
