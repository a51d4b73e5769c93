"use client";

import { usePathname, useSearchParams } from "next/navigation";

export type LanguageOption = {
  locale: string;
  /** BCP 47 tag for `hrefLang` and `lang`. */
  htmlLang: string;
  /** The language's own name in its own script. */
  nativeName: string;
};

type LanguageSwitcherLinksProps = {
  currentLocale: string;
  options: readonly LanguageOption[];
  /** Query string to keep, with its leading `?`, or "" for none. */
  search: string;
};

/** `/zh/companies/x` → `/ug/companies/x`: URLs are the same in every locale but the prefix. */
function swapLocalePrefix(pathname: string, options: readonly LanguageOption[], locale: string) {
  const segments = pathname.split("/");
  const hasLocalePrefix = options.some((option) => option.locale === segments[1]);
  const rest = hasLocalePrefix ? segments.slice(2).join("/") : segments.slice(1).join("/");
  return rest ? `/${locale}/${rest}` : `/${locale}`;
}

/**
 * Plain links (full page loads, so `<html lang dir>` and the locale cookie change with them).
 * Rendered on the server too, so they work without JavaScript.
 */
export function LanguageSwitcherLinks({ currentLocale, options, search }: LanguageSwitcherLinksProps) {
  const pathname = usePathname() ?? `/${currentLocale}`;

  return (
    <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
      {options.map((option) => {
        const isCurrent = option.locale === currentLocale;
        return (
          <li key={option.locale} lang={option.htmlLang} className="flex items-center">
            {isCurrent ? (
              <span aria-current="true" className="px-2 py-1 font-bold">
                {option.nativeName}
              </span>
            ) : (
              <a
                href={`${swapLocalePrefix(pathname, options, option.locale)}${search}`}
                hrefLang={option.htmlLang}
                lang={option.htmlLang}
                className="px-2 py-1 text-white visited:text-white hover:text-white"
              >
                {option.nativeName}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The same links keeping the query string (e.g. `?q=` on the results page). It reads
 * useSearchParams, so on statically rendered pages it sits inside a Suspense boundary whose
 * fallback is `LanguageSwitcherLinks` without the query.
 */
export function LanguageSwitcherLinksWithQuery(props: Omit<LanguageSwitcherLinksProps, "search">) {
  const query = useSearchParams()?.toString() ?? "";
  return <LanguageSwitcherLinks {...props} search={query ? `?${query}` : ""} />;
}
