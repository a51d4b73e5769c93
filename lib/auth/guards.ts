import { notFound, redirect } from "next/navigation";
import { isSameOrigin } from "./origin";
import { forbiddenOrigin, seeOther } from "./responses";
import { filerAccessTo, type FilerSession } from "./session";

/**
 * The filer pages' and form posts' entry checks. A page for another enterprise (or an unknown
 * code) is a 404 exactly like a page that does not exist; signed out sends the filer to sign in
 * and back.
 */
export async function requireFilerPage({ locale, uscc, path }: { locale: string; uscc: string; path: string }): Promise<FilerSession> {
  const access = await filerAccessTo(uscc);
  if (access.ok) return access.session;
  if (access.reason === "signed-out") redirect(signInPath(locale, path));
  notFound();
}

export type PostAccess = { ok: true; session: FilerSession } | { ok: false; response: Response };

/** For route handlers: same origin (403), signed in (303 to sign in), this enterprise (404). */
export async function requireFilerPost(request: Request, { locale, uscc, back }: { locale: string; uscc: string; back: string }): Promise<PostAccess> {
  if (!isSameOrigin(request)) return { ok: false, response: forbiddenOrigin() };
  const access = await filerAccessTo(uscc);
  if (access.ok) return access;
  if (access.reason === "signed-out") return { ok: false, response: seeOther(signInPath(locale, back)) };
  return { ok: false, response: new Response("Not found", { status: 404 }) };
}

export function signInPath(locale: string, next: string): string {
  return `/${locale}/filing/login?next=${encodeURIComponent(next)}`;
}
