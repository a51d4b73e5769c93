import type { AppLocale } from "@/i18n/routing";

/** Where a signed-out filer is sent to sign in, coming back to `path` afterwards. */
export function filerLoginHref(locale: AppLocale, path: string): string {
  return `/${locale}/filing/login?next=${encodeURIComponent(path)}`;
}

/** Where a signed-out regulator is sent to sign in. */
export function regulatorLoginHref(locale: AppLocale, path: string): string {
  return `/${locale}/regulator/login?next=${encodeURIComponent(path)}`;
}

export function removalPagePath(locale: AppLocale, uscc: string): string {
  return `/${locale}/filing/${uscc}/removal`;
}

export function regulatorRemovalsPath(locale: AppLocale): string {
  return `/${locale}/regulator/removals`;
}

/** A query value as one string (the first of several). */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A 303 to a path on this site, as a relative Location: behind a proxy, or when the server's own
 * idea of its host (request.url) differs from the one the browser used, an absolute URL would
 * send the browser elsewhere (and without its session cookie).
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
