import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ENTERPRISE_TYPES, INDUSTRY_SECTIONS, PREFECTURES, STATUSES, termLabel, type DictionaryGroup } from "@/lib/dictionaries";
import { formatCount } from "@/lib/i18n/format-values";
import { SEARCH_SORTS, type FacetCounts, type SearchQuery, type SearchSort } from "@/lib/search/contract";
import { countFilters, searchPageHref, type SearchParamErrors, type SearchParamName } from "@/lib/search/search-params";

/** The id of the control an error about a URL parameter links to (error summary). */
export function searchFieldId(name: SearchParamName): string {
  if (name === "q") return "search-page-q";
  if (name === "page") return "search-results";
  return `filter-${name}`;
}

/** Message key (under Search.sort) of each sort order. */
export const SORT_LABEL_KEYS: Record<SearchSort, "relevance" | "establishedDesc" | "establishedAsc" | "capitalDesc" | "capitalAsc" | "name"> = {
  relevance: "relevance",
  "established-desc": "establishedDesc",
  "established-asc": "establishedAsc",
  "capital-desc": "capitalDesc",
  "capital-asc": "capitalAsc",
  name: "name",
};

type SearchFiltersProps = {
  locale: AppLocale;
  query: SearchQuery;
  /** Null before any search has run (no counts to show). */
  facets: FacetCounts | null;
  fieldErrors: SearchParamErrors;
  /** What was typed in the text inputs, kept when it was wrong so it can be corrected. */
  typed: Partial<Record<"from" | "to" | "capitalMin" | "capitalMax", string>>;
};

type Option = { code: string; label: string; count: number | null; isChecked: boolean };

const CHECKBOX = "mt-1 size-5 shrink-0 accent-link";

/**
 * Sort and filter: one GET form (works without JavaScript), the URL is the whole state. On phones
 * it is a <details> the reader opens; from md up it is always open (app/globals.css).
 */
export async function SearchFilters({ locale, query, facets, fieldErrors, typed }: SearchFiltersProps) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const { filters } = query;
  const applied = countFilters(filters);
  const hasFilterErrors = Object.keys(fieldErrors).some((name) => name !== "q" && name !== "page");

  const optionsFor = (
    group: DictionaryGroup,
    codes: readonly string[],
    selected: readonly string[] | undefined,
    counts: Record<string, number> | undefined,
    isShownWithoutCount: boolean,
  ): Option[] =>
    codes
      .map((code) => ({
        code,
        label: termLabel(group, code, locale),
        count: counts ? counts[code] ?? 0 : null,
        isChecked: selected?.includes(code) ?? false,
      }))
      // Long lists show only the values that occur (and those already chosen).
      .filter((option) => isShownWithoutCount || option.isChecked || option.count === null || option.count > 0);

  const errorText = (name: SearchParamName) => {
    const key = fieldErrors[name];
    return key ? t(`errors.${key}`) : null;
  };

  const inlineError = (name: SearchParamName) => {
    const text = errorText(name);
    return text ? (
      <p id={`${searchFieldId(name)}-error`} className="mb-1 font-bold text-error">
        {text}
      </p>
    ) : null;
  };

  const checkboxGroup = (name: "status" | "prefecture" | "type" | "section", legend: string, options: Option[], isLong = false) =>
    options.length === 0 ? null : (
      <fieldset
        id={searchFieldId(name)}
        className={`mb-5 ${fieldErrors[name] ? "border-s-4 border-error ps-3" : ""}`}
        aria-describedby={fieldErrors[name] ? `${searchFieldId(name)}-error` : undefined}
      >
        <legend className="mb-1 font-bold">{legend}</legend>
        {inlineError(name)}
        <ul className={`space-y-1 ${isLong ? "scroll-list [--scroll-list-cover:var(--color-panel)]" : ""}`}>
          {options.map((option) => (
            <li key={option.code}>
              <label className="flex cursor-pointer items-start gap-2 py-0.5">
                <input type="checkbox" name={name} value={option.code} defaultChecked={option.isChecked} className={CHECKBOX} />
                <span className="min-w-0">
                  {option.label}
                  {option.count !== null ? (
                    <>
                      <span className="sr-only">{`, ${t("filters.facetCount", { count: formatCount(locale, option.count) })}`}</span>
                      <span aria-hidden="true" className="ms-1 text-ink-secondary">
                        <bdi>({formatCount(locale, option.count)})</bdi>
                      </span>
                    </>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );

  const textInput = (name: "from" | "to" | "capitalMin" | "capitalMax", label: string, inputMode: "numeric" | "decimal", value: string | undefined) => {
    const id = searchFieldId(name);
    const hasError = Boolean(fieldErrors[name]);
    return (
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="mb-1 block">
          {label}
        </label>
        {inlineError(name)}
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          dir="ltr"
          autoComplete="off"
          defaultValue={value ?? ""}
          aria-invalid={hasError || undefined}
          aria-describedby={hasError ? `${id}-error` : undefined}
          className={`input-text w-full ${hasError ? "border-error" : ""}`}
        />
      </div>
    );
  };

  const flag = (name: "penalties" | "abnormal" | "serious", label: string, isChecked: boolean | undefined, count: number | undefined) => (
    <li>
      <label className="flex cursor-pointer items-start gap-2 py-0.5">
        <input id={searchFieldId(name)} type="checkbox" name={name} value="1" defaultChecked={isChecked ?? false} className={CHECKBOX} />
        <span className="min-w-0">
          {label}
          {count !== undefined ? (
            <>
              <span className="sr-only">{`, ${t("filters.facetCount", { count: formatCount(locale, count) })}`}</span>
              <span aria-hidden="true" className="ms-1 text-ink-secondary">
                <bdi>({formatCount(locale, count)})</bdi>
              </span>
            </>
          ) : null}
        </span>
      </label>
    </li>
  );

  const yearValue = (name: "from" | "to", value: number | undefined) => typed[name] ?? (value === undefined ? undefined : String(value));
  const capitalValue = (name: "capitalMin" | "capitalMax", value: number | undefined) =>
    typed[name] ?? (value === undefined ? undefined : String(value));

  return (
    <details className="search-filters border-t-4 border-brand bg-panel" open={hasFilterErrors || undefined}>
      <summary className="cursor-pointer px-4 py-3 font-bold text-link">
        {t("filters.toggle")}
        {applied > 0 ? <span className="ms-2 font-normal text-ink">({t("filters.applied", { count: applied })})</span> : null}
      </summary>
      <form action={`/${locale}/search`} method="get" className="px-4 pt-2 pb-4" aria-label={t("sortAndFilter")}>
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}

        <div className="mb-5">
          <label htmlFor={searchFieldId("sort")} className="mb-1 block font-bold">
            {t("sort.label")}
          </label>
          {inlineError("sort")}
          <select id={searchFieldId("sort")} name="sort" defaultValue={query.sort} className="input-text w-full">
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${SORT_LABEL_KEYS[sort]}`)}
              </option>
            ))}
          </select>
        </div>

        {checkboxGroup(
          "status",
          t("filters.statuses"),
          optionsFor("statuses", STATUSES.map((item) => item.code), filters.statuses, facets?.statuses, true),
        )}

        <fieldset className="mb-5">
          <legend className="mb-1 font-bold">{t("filters.alerts")}</legend>
          {inlineError("penalties") ?? inlineError("abnormal") ?? inlineError("serious")}
          <ul className="space-y-1">
            {flag("serious", t("filters.serious"), filters.isOnSeriousViolationList, facets?.isOnSeriousViolationList)}
            {flag("abnormal", t("filters.abnormal"), filters.isOnAbnormalList, facets?.isOnAbnormalList)}
            {flag("penalties", t("filters.penalties"), filters.hasPenaltiesInPublicity, facets?.hasPenaltiesInPublicity)}
          </ul>
        </fieldset>

        {checkboxGroup(
          "prefecture",
          t("filters.prefectures"),
          optionsFor("regions", PREFECTURES.map((item) => item.code), filters.prefectures, facets?.prefectures, true),
          true,
        )}
        {checkboxGroup(
          "type",
          t("filters.types"),
          optionsFor("enterprise-types", ENTERPRISE_TYPES.map((item) => item.code), filters.types, facets?.types, false),
          true,
        )}
        {checkboxGroup(
          "section",
          t("filters.sections"),
          optionsFor("industry-sections", INDUSTRY_SECTIONS.map((item) => item.code), filters.industrySections, facets?.industrySections, false),
          true,
        )}

        <fieldset className="mb-5">
          <legend className="mb-1 font-bold">{t("filters.established")}</legend>
          <p className="mb-1 text-ink-secondary">{t("filters.yearHint")}</p>
          <div className="flex gap-3">
            {textInput("from", t("filters.from"), "numeric", yearValue("from", filters.establishedFromYear))}
            {textInput("to", t("filters.to"), "numeric", yearValue("to", filters.establishedToYear))}
          </div>
        </fieldset>

        <fieldset className="mb-5">
          <legend className="mb-1 font-bold">{t("filters.capital")}</legend>
          <div className="flex gap-3">
            {textInput("capitalMin", t("filters.capitalMin"), "decimal", capitalValue("capitalMin", filters.capitalMin))}
            {textInput("capitalMax", t("filters.capitalMax"), "decimal", capitalValue("capitalMax", filters.capitalMax))}
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button type="submit" className="button-primary">
            {t("filters.apply")}
          </button>
          {applied > 0 ? <a href={searchPageHref(locale, { q: query.q, filters: {}, sort: query.sort })}>{t("filters.clear")}</a> : null}
        </div>
      </form>
    </details>
  );
}
