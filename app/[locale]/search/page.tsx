import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchBox } from "@/components/layout/search-box";
import { CodeHint } from "@/components/search/code-hint";
import { SearchEmptyState } from "@/components/search/search-empty-state";
import { SearchHitItem } from "@/components/search/search-hit-item";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { routing, type AppLocale } from "@/i18n/routing";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { formatCount } from "@/lib/i18n/format-values";
import { searchCompanies } from "@/lib/records/company-search";

const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 200;
/** Deep pages cost the database and help nobody: refine the search instead. */
const MAX_PAGE = 500;

type SearchParams = Record<string, string | string[] | undefined>;

function readQuery(searchParams: SearchParams): { query: string; page: number } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const query = first(searchParams.q).trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number.parseInt(first(searchParams.page), 10);
  return { query, page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 };
}

function searchHref(locale: AppLocale, query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/${locale}/search?${params.toString()}`;
}

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Search" });
  const { query, page } = readQuery(await searchParams);
  if (!query) return { title: t("title") };
  const title = t("titleWithQuery", { query });
  return {
    title: page > 1 ? t("titleWithPage", { title, page: String(page) }) : title,
    robots: { index: false },
  };
}

/** /{locale}/search?q=&page=: interim search over names, codes and legal representatives. */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Search" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const { query, page } = readQuery(await searchParams);

  const searchBox = (
    <div className="mb-6 max-w-2xl">
      <SearchBox
        id="search-page"
        locale={locale}
        label={t("searchLabel")}
        hint={t("searchHint")}
        buttonText={layout("searchButton")}
        defaultValue={query}
        size="large"
      />
    </div>
  );

  if (!query) {
    return (
      <>
        <PageHeading>{t("heading")}</PageHeading>
        {searchBox}
        <p className="max-w-3xl text-ink-secondary">{t("noQuery")}</p>
      </>
    );
  }

  const result = await searchCompanies({ query, page, pageSize: PAGE_SIZE });
  // An exact code or registration number that names one company goes straight to its record.
  const input = classifyCodeInput(query);
  if (input.kind !== "other" && result.total === 1 && page === 1 && result.items.length === 1) {
    redirect(`/${locale}/companies/${result.items[0].uscc}`);
  }

  const totalPages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = from + result.items.length - 1;

  return (
    <>
      <PageHeading>{t("heading")}</PageHeading>
      {searchBox}
      {result.codeHint && input.kind === "uscc" ? (
        <CodeHint locale={locale} typed={input.check.code} expected={result.codeHint.expected} />
      ) : null}
      {result.total === 0 ? (
        <SearchEmptyState locale={locale} query={query} />
      ) : (
        <>
          <h2 className="mb-2 text-lg font-bold">
            {t.rich("count", { count: result.total, query: (chunks) => <bdi>{chunks}</bdi>, value: query })}
          </h2>
          {result.items.length > 0 ? (
            <p className="text-ink-secondary">
              {t("showing", { from: formatCount(locale, from), to: formatCount(locale, to), total: formatCount(locale, result.total) })}
            </p>
          ) : (
            <p className="mt-4">
              {t.rich("pageOutOfRange", { link: (chunks) => <a href={searchHref(locale, query, 1)}>{chunks}</a> })}
            </p>
          )}
          <ol className="mt-2 border-t border-rule">
            {result.items.map((hit) => (
              <SearchHitItem key={hit.uscc} locale={locale} hit={hit} />
            ))}
          </ol>
          {result.items.length > 0 ? (
            <Pagination
              currentPage={page}
              totalPages={Math.min(totalPages, MAX_PAGE)}
              hrefFor={(target) => searchHref(locale, query, target)}
              labels={{
                nav: t("pagination.nav"),
                previous: t("pagination.previous"),
                next: t("pagination.next"),
                page: (target) => t("pagination.page", { page: String(target) }),
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}
