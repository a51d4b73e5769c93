"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export type LanguageOption = { locale: string; htmlLang: string; nativeName: string };

type LanguageLinksProps = { current: string; options: LanguageOption[] };

/** `/zh/companies/x` → `/ug/companies/x`: URLs are the same in every locale but the prefix. */
export function swapLocalePrefix(pathname: string, locale: string, locales: string[]): string {
  const segments = pathname.split("/");
  const hasLocalePrefix = locales.includes(segments[1] ?? "");
  const rest = (hasLocalePrefix ? segments.slice(2) : segments.slice(1)).join("/");
  return rest ? `/${locale}/${rest}` : `/${locale}`;
}

function Links({ current, options, search }: LanguageLinksProps & { search: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const locales = options.map((option) => option.locale);
  return (
    <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
      {options.map((option) => (
        <li key={option.locale} lang={option.htmlLang} className="flex items-center">
          {option.locale === current ? (
            <span aria-current="true" className="px-2 py-1 font-bold">
              {option.nativeName}
            </span>
          ) : (
            <a
              href={`${swapLocalePrefix(pathname, option.locale, locales)}${search}`}
              hrefLang={option.htmlLang}
              lang={option.htmlLang}
              className="px-2 py-1 text-white visited:text-white hover:text-white"
            >
              {option.nativeName}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

function LinksKeepingQuery(props: LanguageLinksProps) {
  const query = useSearchParams()?.toString() ?? "";
  return <Links {...props} search={query ? `?${query}` : ""} />;
}

/**
 * Links to the current page in the other languages, server-rendered so they work without
 * JavaScript. Pages rendered per request (search) keep their query string in the links; cached
 * pages (company pages) have no query to keep, so the path-only links are their final HTML.
 */
export function LanguageLinks(props: LanguageLinksProps) {
  return (
    <Suspense fallback={<Links {...props} search="" />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
