import { getEnv } from "@/lib/env";

/**
 * An absolute address on the public site: SITE_URL (an origin, lib/env.ts) and a path that
 * starts with "/". Pages get theirs from Next's `metadataBase` instead; this is for the
 * documents Next does not resolve (sitemaps, robots.txt).
 */
export function absoluteUrl(path: string): string {
  return `${getEnv().SITE_URL}${path}`;
}
