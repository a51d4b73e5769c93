import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getRequestedUrl } from "@/i18n/requested-url";
import { htmlLang, locales, localeNativeName } from "@/lib/locales";

type LanguageSwitcherProps = {
  locale: AppLocale;
  /** Target of the footer's "change language" link. */
  id: string;
};

/** `/zh/companies/x` → `/ug/companies/x`: URLs are the same in every locale but the prefix. */
export function swapLocalePrefix(pathname: string, locale: AppLocale): string {
  const segments = pathname.split("/");
  const hasLocalePrefix = (locales as readonly string[]).includes(segments[1] ?? "");
  const rest = (hasLocalePrefix ? segments.slice(2) : segments.slice(1)).join("/");
  return rest ? `/${locale}/${rest}` : `/${locale}`;
}

/**
 * Links to the current page (with its query string) in the other languages, each written in its
 * own language and script. Plain links rendered on the server: full page loads, so `<html lang
 * dir>` and the locale cookie change with them, and no JavaScript is needed.
 */
export async function LanguageSwitcher({ locale, id }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const { pathname, search } = await getRequestedUrl(`/${locale}`);

  return (
    <nav id={id} aria-label={t("languageNavLabel")} className="text-sm sm:text-base">
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {locales.map((option) => {
          const tag = htmlLang(option);
          return (
            <li key={option} lang={tag} className="flex items-center">
              {option === locale ? (
                <span aria-current="true" className="px-2 py-1 font-bold">
                  {localeNativeName(option)}
                </span>
              ) : (
                <a
                  href={`${swapLocalePrefix(pathname, option)}${search}`}
                  hrefLang={tag}
                  lang={tag}
                  className="px-2 py-1 text-white visited:text-white hover:text-white"
                >
                  {localeNativeName(option)}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
