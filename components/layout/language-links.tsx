"use client";

import { usePathname, useSearchParams } from "next/navigation";
// The search parameters Next rendered this page with, read without useSearchParams' bail-out
// (see LanguageLinks). Next's own hooks read this context; an upgrade that moves it fails the
// no-JavaScript journey in tests/e2e/language-switcher.test.ts.
import { SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { Suspense, useContext } from "react";

export type LanguageOption = { locale: string; htmlLang: string; nativeName: string };

type LanguageLinksProps = { current: string; options: LanguageOption[] };

/** `/zh/companies/x` → `/ug/companies/x`: URLs are the same in every locale but the prefix. */
export function swapLocalePrefix(pathname: string, locale: string, locales: string[]): string {
  const segments = pathname.split("/");
  const hasLocalePrefix = locales.includes(segments[1] ?? "");
  const rest = (hasLocalePrefix ? segments.slice(2) : segments.slice(1)).join("/");
  return rest ? `/${locale}/${rest}` : `/${locale}`;
}

/** The current page in another locale, with the current query string ("" or "a=1&b=2") kept. */
export function languageHref({ pathname, search, locale, locales }: { pathname: string; search: string; locale: string; locales: string[] }): string {
  const path = swapLocalePrefix(pathname, locale, locales);
  const query = search.replace(/^\?/, "");
  return query ? `${path}?${query}` : path;
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
              href={languageHref({ pathname, search, locale: option.locale, locales })}
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
  return <Links {...props} search={useSearchParams()?.toString() ?? ""} />;
}

/** The fallback: the query of a page rendered per request, nothing on a prerendered page. */
function LinksWithRenderedQuery(props: LanguageLinksProps) {
  return <Links {...props} search={useContext(SearchParamsContext)?.toString() ?? ""} />;
}

/**
 * Links to the current page in the other languages, keeping its query string
 * (`/zh/search?q=…&page=2` → `/ug/search?q=…&page=2`), in the server's HTML so they work without
 * JavaScript.
 *
 * useSearchParams needs a Suspense boundary: on a prerendered page (the start page, cached
 * company pages) it bails out to the browser, which fills in the query. On a page rendered per
 * request (search, verify, filing) the boundary's content is rendered on the server, but React
 * sends a completed boundary of more than 500 bytes out of line in a long page (a hidden copy
 * that a script swaps in), so without JavaScript the fallback is what stays on screen. The
 * fallback therefore reads the query Next rendered the page with: the request's on a dynamic
 * page, none on a prerendered one, where the query cannot change the page anyway.
 */
export function LanguageLinks(props: LanguageLinksProps) {
  return (
    <Suspense fallback={<LinksWithRenderedQuery {...props} />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
