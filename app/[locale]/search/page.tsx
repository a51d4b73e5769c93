import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchBox } from "@/components/layout/search-box";
import { CodeHint } from "@/components/search/code-hint";
import { SearchEmptyState } from "@/components/search/search-empty-state";
import { SORT_LABEL_KEYS, SearchFilters, searchFieldId } from "@/components/search/search-filters";
import { SearchHitItem } from "@/components/search/search-hit-item";
import { getSuggestionLabels } from "@/components/search/suggestion-labels";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { formatCount } from "@/lib/i18n/format-values";
import { searchCompanies } from "@/lib/search";
import { SEARCH_SORTS } from "@/lib/search/contract";
import {
  MAX_PAGE,
  SEARCH_PARAM_NAMES,
  hasFilters,
  parseSearchParams,
  searchPageHref,
  toSearchParams,
  type SearchParamName,
} from "@/lib/search/search-params";

type RawParams = Record<string, string | string[] | undefined>;

function givenSearch(raw: RawParams): string {
  const pairs = Object.entries(raw).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
  );
  return new URLSearchParams(pairs).toString();
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Search" });
  const parsed = parseSearchParams(await searchParams);
  const { q, page } = parsed.query;
  const base = q ? t("titleWithQuery", { query: q }) : t("title");
  const title = page > 1 ? t("titleWithPage", { title: base, page: String(page) }) : base;
  const isResultsPage = q !== "" || hasFilters(parsed.query.filters);
  return {
    title: parsed.ok ? title : t("errors.titlePrefix", { title }),
    // Result pages are endless combinations of the same records: keep them out of search engines.
    ...(isResultsPage ? { robots: { index: false } } : {}),
    // Canonical: the search's own parameters, normalised (toSearchParams: q, filters, sort, page,
    // defaults left out), nothing else; the page redirects other spellings to that address. The
    // empty search page ignores sort and page, so its canonical address has no query.
    alternates: pageAlternates(locale, "/search", isResultsPage ? toSearchParams(parsed.query) : undefined),
  };
}

/**
 * /{locale}/search?q=&status=&…&page=: the URL is the whole state (lib/search/search-params.ts).
 * Filters and sort are one GET form, pages and sorts are links: everything works without
 * JavaScript. An exact code or registration number that names one company opens its record.
 */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Search" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const raw: RawParams = await searchParams;
  const parsed = parseSearchParams(raw);
  const { query } = parsed;
  const fieldErrors = parsed.ok ? {} : parsed.fieldErrors;
  const isFiltered = hasFilters(query.filters);
  // One search, one URL: drop the empty inputs a GET form sends, defaults and unknown parameters.
  if (parsed.ok && toSearchParams(query).toString() !== givenSearch(raw)) redirect(searchPageHref(locale, query));

  const errors = (Object.keys(fieldErrors) as SearchParamName[])
    .sort((a, b) => SEARCH_PARAM_NAMES.indexOf(a) - SEARCH_PARAM_NAMES.indexOf(b))
    .map((name) => ({ href: `#${searchFieldId(name)}`, text: t(`errors.${fieldErrors[name] ?? "pageInvalid"}`) }));
  const errorSummary = <ErrorSummary title={t("errors.summaryTitle")} errors={errors} />;

  // A new query keeps the filters and sort; it starts again at page 1.
  const keptState = [...toSearchParams({ q: "", filters: query.filters, sort: query.sort }).entries()];
  const searchBox = (
    <div className="mb-6 max-w-2xl">
      <SearchBox
        id="search-page"
        locale={locale}
        label={t("searchLabel")}
        hint={t("searchHint")}
        buttonText={layout("searchButton")}
        defaultValue={fieldErrors.q ? firstValue(raw.q) : query.q}
        errorText={fieldErrors.q ? t(`errors.${fieldErrors.q}`) : undefined}
        size="large"
        hiddenFields={keptState}
        suggestions={await getSuggestionLabels(locale)}
      />
    </div>
  );

  const typed = {
    from: fieldErrors.from || fieldErrors.to ? firstValue(raw.from) : undefined,
    to: fieldErrors.from || fieldErrors.to ? firstValue(raw.to) : undefined,
    capitalMin: fieldErrors.capitalMin || fieldErrors.capitalMax ? firstValue(raw.capitalMin) : undefined,
    capitalMax: fieldErrors.capitalMin || fieldErrors.capitalMax ? firstValue(raw.capitalMax) : undefined,
  };

  if (!query.q && !isFiltered) {
    return (
      <>
        {errorSummary}
        <PageHeading>{t("heading")}</PageHeading>
        {searchBox}
        <p className="max-w-3xl text-ink-secondary">{t("noQuery")}</p>
      </>
    );
  }

  const result = await searchCompanies(query);
  // An exact code or registration number that names one company goes straight to its record.
  const input = classifyCodeInput(query.q);
  if (parsed.ok && !isFiltered && input.kind !== "other" && query.page === 1 && result.total === 1 && result.hits.length === 1) {
    redirect(`/${locale}/companies/${result.hits[0].uscc}`);
  }

  const totalPages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / query.pageSize)));
  const from = (query.page - 1) * query.pageSize + 1;
  const to = from + result.hits.length - 1;
  const hrefFor = (changes: Partial<typeof query>) => searchPageHref(locale, { ...query, ...changes });
  // Nothing found and nothing to remove: the tips matter, a panel of zero counts does not.
  const isFilterPanelShown = result.total > 0 || isFiltered || Object.keys(fieldErrors).length > 0;
  const clearFiltersHref = isFiltered ? searchPageHref(locale, { q: query.q, filters: {}, sort: query.sort }) : undefined;

  return (
    <>
      {errorSummary}
      <PageHeading>{t("heading")}</PageHeading>
      {searchBox}
      {result.isDegraded ? (
        <Banner tone="warning" title={t("degraded.title")}>
          <p>{t("degraded.text")}</p>
        </Banner>
      ) : null}
      {result.codeHint ? <CodeHint locale={locale} typed={result.codeHint.code} expected={result.codeHint.expected} /> : null}

      <div className={isFilterPanelShown ? "grid grid-cols-1 gap-6 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] md:gap-8" : ""}>
        {isFilterPanelShown ? (
          <div className="min-w-0">
            <SearchFilters locale={locale} query={query} facets={result.facets} fieldErrors={fieldErrors} typed={typed} />
          </div>
        ) : null}

        <section id="search-results" aria-labelledby="search-results-count" tabIndex={-1} className="min-w-0">
          {result.total > 0 ? (
            <h2 id="search-results-count" className="mb-2 text-lg font-bold">
              {result.isTotalCapped
                ? query.q
                  ? t.rich("countCapped", { count: result.total, query: (chunks) => <bdi>{chunks}</bdi>, value: query.q })
                  : t("countCappedNoQuery", { count: result.total })
                : query.q
                  ? t.rich("count", { count: result.total, query: (chunks) => <bdi>{chunks}</bdi>, value: query.q })
                  : t("countNoQuery", { count: result.total })}
            </h2>
          ) : null}

          {result.total === 0 ? (
            <SearchEmptyState locale={locale} query={query.q} clearFiltersHref={clearFiltersHref} />
          ) : (
            <>
              {result.hits.length > 0 ? (
                <p className="text-ink-secondary">
                  {t(result.isTotalCapped ? "showingCapped" : "showing", {
                    from: formatCount(locale, from),
                    to: formatCount(locale, to),
                    total: formatCount(locale, result.total),
                  })}
                </p>
              ) : (
                <p className="mt-4">
                  {t.rich("pageOutOfRange", { link: (chunks) => <a href={hrefFor({ page: 1 })}>{chunks}</a> })}
                </p>
              )}

              <nav aria-label={t("sort.linksLabel")} className="mt-3">
                <p className="mb-1 font-bold">{t("sort.label")}</p>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {SEARCH_SORTS.map((sort) => (
                    <li key={sort}>
                      {sort === query.sort ? (
                        <span aria-current="true" className="font-bold">
                          {t(`sort.${SORT_LABEL_KEYS[sort]}`)}
                        </span>
                      ) : (
                        <a href={hrefFor({ sort, page: 1 })}>{t(`sort.${SORT_LABEL_KEYS[sort]}`)}</a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>

              <h2 className="sr-only">{t("results")}</h2>
              <ol className="mt-3 border-t border-rule">
                {result.hits.map((hit) => (
                  <SearchHitItem key={hit.uscc} locale={locale} hit={hit} />
                ))}
              </ol>

              {result.hits.length > 0 ? (
                <Pagination
                  currentPage={query.page}
                  totalPages={totalPages}
                  hrefFor={(page) => hrefFor({ page })}
                  labels={{
                    nav: t("pagination.nav"),
                    previous: t("pagination.previous"),
                    next: t("pagination.next"),
                    page: (page) => t("pagination.page", { page: String(page) }),
                  }}
                />
              ) : null}
            </>
          )}
        </section>
      </div>
    </>
  );
}
