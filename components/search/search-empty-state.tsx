import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

type SearchEmptyStateProps = {
  locale: AppLocale;
  query: string;
  /** The same search without filters, when filters are applied. */
  clearFiltersHref?: string;
};

/** No company matched: say so plainly and suggest what to try (GOV.UK "no results"). */
export async function SearchEmptyState({ locale, query, clearFiltersHref }: SearchEmptyStateProps) {
  const t = await getTranslations({ locale, namespace: "Search.empty" });
  return (
    <div>
      <h2 id="search-results-count" className="mb-3 text-lg font-bold">
        {query ? t.rich("title", { query: (chunks) => <bdi>{chunks}</bdi>, value: query }) : t("titleNoQuery")}
      </h2>
      <p className="mb-2">{t("intro")}</p>
      <ul className="list-disc space-y-1 ps-6">
        {clearFiltersHref ? <li>{t.rich("tipFilters", { link: (chunks) => <a href={clearFiltersHref}>{chunks}</a> })}</li> : null}
        <li>{t("tipSpelling")}</li>
        <li>{t("tipShorter")}</li>
        <li>{t("tipCode")}</li>
        <li>{t("tipPinyin")}</li>
        <li>{t("tipScript")}</li>
      </ul>
    </div>
  );
}
