import { routing } from "@/i18n/routing";
import { isValidUscc } from "@/lib/codes/credit-code";

/**
 * Where to send a filer after signing in or activating: `next` when it is a path on this site
 * under the same enterprise's filing pages (/{locale}/filing/{uscc}…), otherwise the enterprise's
 * dashboard in the current locale. Anything else (another enterprise, another site, //host,
 * a backslash, a scheme) is ignored, so the sign-in form cannot be used as an open redirect.
 */
export function filerLandingPath({ next, locale, uscc }: { next: string | null | undefined; locale: string; uscc: string }): string {
  const dashboard = `/${locale}/filing/${uscc}`;
  if (!next || next.length > 500 || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return dashboard;
  let url: URL;
  try {
    url = new URL(next, "http://local.invalid");
  } catch {
    return dashboard;
  }
  if (url.origin !== "http://local.invalid") return dashboard;
  const match = /^\/([a-z]{2})\/filing\/([0-9A-Z]{18})(\/[A-Za-z0-9_~/-]*)?$/.exec(url.pathname);
  if (!match || !(routing.locales as readonly string[]).includes(match[1]) || match[2] !== uscc || !isValidUscc(match[2])) return dashboard;
  if (match[3]?.includes("//")) return dashboard;
  return `${url.pathname}${url.search}`;
}
