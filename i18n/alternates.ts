import type { Metadata } from "next";
import { routing, type AppLocale } from "./routing";
import { htmlLang } from "@/lib/locales";

/** One language version of a page: its hreflang code (`x-default` for the fallback) and address. */
export type LocalizedPath = { hreflang: string; path: string };

function withQuery(path: string, query: URLSearchParams | undefined): string {
  const search = query?.toString() ?? "";
  return search ? `${path}?${search}` : path;
}

/**
 * The same page in every locale (URLs differ only by their prefix), plus `x-default`: the
 * default locale's page. `path` is the part after the locale, "" for the start page, e.g.
 * "/companies/9165…"; `query` the parameters that make the page what it is (see pageAlternates).
 * Pages' metadata and the sitemaps both list these, so they always agree.
 */
export function localizedPaths(path: string, query?: URLSearchParams): LocalizedPath[] {
  return [
    ...routing.locales.map((locale) => ({ hreflang: htmlLang(locale), path: withQuery(`/${locale}${path}`, query) })),
    { hreflang: "x-default", path: withQuery(`/${routing.defaultLocale}${path}`, query) },
  ];
}

/**
 * A public page's canonical address and its hreflang alternates, for `generateMetadata`. They
 * are paths: the locale layout's `metadataBase` (SITE_URL) makes them absolute. The canonical
 * address is the page itself in its own locale, with only the query parameters that choose its
 * content (`query`, e.g. a search's normalised parameters), never tracking or other parameters.
 */
export function pageAlternates(locale: AppLocale, path: string, query?: URLSearchParams): NonNullable<Metadata["alternates"]> {
  return {
    canonical: withQuery(`/${locale}${path}`, query),
    languages: Object.fromEntries(localizedPaths(path, query).map(({ hreflang, path: href }) => [hreflang, href])),
  };
}
