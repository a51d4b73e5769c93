import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing, type AppLocale } from "@/i18n/routing";
import { requireFilerPage as requireFiler, requireFilerPost } from "@/lib/auth/guards";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin } from "@/lib/auth/responses";
import type { FilerSession } from "@/lib/auth/session";
import { isInstantInfoKind, readRawInstantInfo, type InstantInfoKind, type RawInstantInfo } from "@/lib/validation/instant-info";

/**
 * The access rule of every instant-information page and post: the filer pages' rule
 * (lib/auth/guards.ts) plus a known locale and kind. Signed out → sign in and come back; signed in
 * for another enterprise, an unknown code or an unknown kind → 404, exactly like a page that does
 * not exist.
 */
export async function requireFilerPage({
  locale,
  uscc,
  kind,
  path,
}: {
  locale: string;
  uscc: string;
  kind?: string;
  /** Where to come back to after signing in. */
  path: string;
}): Promise<{ locale: AppLocale; session: FilerSession; kind: InstantInfoKind | undefined }> {
  if (!hasLocale(routing.locales, locale)) notFound();
  const session = await requireFiler({ locale, uscc, path });
  if (kind !== undefined && !isInstantInfoKind(kind)) notFound();
  return { locale, session, kind: kind as InstantInfoKind | undefined };
}

export type FilerPostAccess =
  | { ok: true; locale: AppLocale; kind: InstantInfoKind; session: FilerSession }
  | { ok: false; response: Response };

/**
 * The same rule for a form post, checked in this order: another site's post → 403; unknown
 * locale or kind → 404; signed out → 303 to sign in (then back to `back`); another enterprise → 404.
 */
export async function checkFilerPost(
  request: Request,
  { locale, uscc, kind, back }: { locale: string; uscc: string; kind: string; back: (locale: AppLocale) => string },
): Promise<FilerPostAccess> {
  if (!isSameOrigin(request)) return { ok: false, response: forbiddenOrigin() };
  if (!hasLocale(routing.locales, locale) || !isInstantInfoKind(kind)) return { ok: false, response: new Response("Not found", { status: 404 }) };
  const access = await requireFilerPost(request, { locale, uscc, back: back(locale) });
  return access.ok ? { ok: true, locale, kind, session: access.session } : access;
}

/** The instant-information forms are short: a body much larger than they can make is refused. */
const MAX_FORM_BYTES = 64 * 1024;

/** The posted form's values (urlencoded or multipart), or null when the body is too large. An unreadable body reads as empty. */
export async function readPostedForm(request: Request): Promise<RawInstantInfo | null> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) return null;
  try {
    return readRawInstantInfo(await request.formData());
  } catch {
    return {};
  }
}
