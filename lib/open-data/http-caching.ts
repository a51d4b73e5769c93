import { createHash } from "node:crypto";

/**
 * Conditional GET for the open-data responses (bulk files, Atom feeds): whether a request's
 * If-None-Match names the response's entity tag (RFC 9110 §13.1.2: weak comparison, a list of
 * tags, or `*`).
 */
export function isEtagMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = bare(etag);
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === wanted);
}

/** A strong entity tag for a body made on request (a feed): its SHA-256, quoted. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("hex")}"`;
}
