"use client";

import { usePathname, useSearchParams } from "next/navigation";
// The query Next renders the page with, read without useSearchParams' bail-out (see
// LanguageLinks). Next's own hooks read this context; should an upgrade move it, the
// no-JavaScript journey in tests/e2e/language-switcher.test.ts fails.
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

/**
 * Pages that are rendered for each request and read their query: search, report verification,
 * batch printing, filing and the regulator's pages (`/{locale}/search?q=…`, `…?errors=1`). Every
 * other page is prerendered or cached (the start page, company pages): the same HTML whatever
 * the query.
 */
const PER_REQUEST_PAGE = /^\/[^/]+\/(?:search|verify|reports\/batch|filing|regulator)(?:\/|$)/;

export function isPerRequestPage(pathname: string): boolean {
  return PER_REQUEST_PAGE.test(pathname);
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

/** The server's links: with the request's query on a page rendered per request, without elsewhere. */
function ServerLinks(props: LanguageLinksProps) {
  const pathname = usePathname() ?? "";
  const query = useContext(SearchParamsContext)?.toString() ?? "";
  return <Links {...props} search={isPerRequestPage(pathname) ? query : ""} />;
}

/**
 * Links to the current page in the other languages, keeping its query string
 * (`/zh/search?q=…&page=2` → `/ug/search?q=…&page=2`), in the server's HTML so they work without
 * JavaScript.
 *
 * useSearchParams needs a Suspense boundary: while a page is prerendered (at build time, or for
 * the page cache) it leaves the boundary to the browser, which then renders the links with the
 * query. On a page rendered per request the boundary's content is rendered on the server, but
 * React sends a completed boundary of more than 500 bytes out of line in a long page (a hidden
 * copy that a script swaps in), so without JavaScript the fallback is what stays on screen. The
 * fallback (ServerLinks) therefore keeps the query on the pages that are rendered per request and
 * read it, and leaves it out everywhere else: a cached page's HTML is the same for every query,
 * and the query of whichever request filled the cache must not end up in everyone's links.
 */
export function LanguageLinks(props: LanguageLinksProps) {
  return (
    <Suspense fallback={<ServerLinks {...props} />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
