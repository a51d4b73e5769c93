import { z } from "zod";
import { ENTERPRISE_TYPES, INDUSTRY_SECTIONS, PREFECTURES, STATUSES } from "@/lib/dictionaries";
import { SEARCH_SORTS, type SearchFilters, type SearchQuery } from "./contract";

/**
 * The search state lives in the URL: `/{locale}/search?q=…&status=active&page=2`. This is the one
 * schema that reads it, for the results page and both JSON routes (/api/v1/search and
 * /api/v1/search/suggest), and `toSearchParams` is its inverse, for pagination, filter and sort
 * links. Error messages are keys under `Search.errors` in the message catalogues.
 *
 * Parameters: q, page, sort, prefecture*, type*, status*, section* (repeatable), from / to
 * (year established), capitalMin / capitalMax (万元), penalties=1, abnormal=1, serious=1.
 * Empty values (an empty input in the GET form) count as absent; unknown parameters are ignored.
 */

export const SEARCH_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 100;
/** Deep pages cost the engine and help nobody: refine the search instead. */
export const MAX_PAGE = 500;
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
/** Most suggestions /api/v1/search/suggest returns (the list under the search box). */
export const SUGGESTION_LIMIT = 10;
/** 万元: far above any registered capital, low enough to stay an exact integer. */
export const MAX_CAPITAL = 1_000_000_000;

/** The URL parameter names, also the `field` of an error. */
export const SEARCH_PARAM_NAMES = [
  "q",
  "page",
  "sort",
  "prefecture",
  "type",
  "status",
  "section",
  "from",
  "to",
  "capitalMin",
  "capitalMax",
  "penalties",
  "abnormal",
  "serious",
] as const;
export type SearchParamName = (typeof SEARCH_PARAM_NAMES)[number];

/** Message keys (under `Search.errors`) the schema reports. */
export type SearchParamErrorKey =
  | "qTooLong"
  | "pageInvalid"
  | "sortInvalid"
  | "prefectureInvalid"
  | "typeInvalid"
  | "statusInvalid"
  | "sectionInvalid"
  | "yearInvalid"
  | "yearRange"
  | "capitalInvalid"
  | "capitalRange"
  | "flagInvalid";

const error = (key: SearchParamErrorKey) => ({ error: key });

/** Raw URL values: what Next gives a page (`searchParams`) or a URLSearchParams. */
export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(input: RawSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  const add = (key: string, value: string) => {
    if (!(SEARCH_PARAM_NAMES as readonly string[]).includes(key)) return;
    (record[key] ??= []).push(value);
  };
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) add(key, item);
    }
  }
  return record;
}

/** One value: the first non-empty one given (a repeated single parameter is not an error). */
const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((values: unknown) => {
    const list = Array.isArray(values) ? values : [values];
    const first = list.map((value) => (typeof value === "string" ? value.trim() : value)).find((value) => value !== "" && value !== undefined);
    return first;
  }, schema.optional());

/** A repeatable parameter: empty values dropped, duplicates removed, order kept. */
const many = (allowed: readonly string[], key: SearchParamErrorKey) =>
  z.preprocess(
    (values: unknown) => {
      const list = (Array.isArray(values) ? values : [values]).filter((value): value is string => typeof value === "string");
      const cleaned = [...new Set(list.map((value) => value.trim()).filter(Boolean))];
      return cleaned.length > 0 ? cleaned : undefined;
    },
    z.array(z.string().refine((value) => allowed.includes(value), error(key))).optional(),
  );

const integer = (min: number, max: number, key: SearchParamErrorKey) =>
  single(z.string().regex(/^\d{1,9}$/, error(key)).transform(Number).pipe(z.number().int().min(min, error(key)).max(max, error(key))));

const amount = single(
  z
    .string()
    .regex(/^\d{1,10}(?:\.\d{1,6})?$/, error("capitalInvalid"))
    .transform(Number)
    .pipe(z.number().min(0, error("capitalInvalid")).max(MAX_CAPITAL, error("capitalInvalid"))),
);

const flag = single(z.literal("1", error("flagInvalid")).transform(() => true as const));

const fields = z.object({
  q: z.preprocess(
    (values: unknown) => (Array.isArray(values) ? values.find((value) => typeof value === "string" && value.trim() !== "") ?? "" : values ?? ""),
    z.string().trim().max(MAX_QUERY_LENGTH, error("qTooLong")),
  ),
  page: integer(1, MAX_PAGE, "pageInvalid"),
  sort: single(z.enum(SEARCH_SORTS, error("sortInvalid"))),
  prefecture: many(PREFECTURES.map((item) => item.code), "prefectureInvalid"),
  type: many(ENTERPRISE_TYPES.map((item) => item.code), "typeInvalid"),
  status: many(STATUSES.map((item) => item.code), "statusInvalid"),
  section: many(INDUSTRY_SECTIONS.map((item) => item.code), "sectionInvalid"),
  from: integer(MIN_YEAR, MAX_YEAR, "yearInvalid"),
  to: integer(MIN_YEAR, MAX_YEAR, "yearInvalid"),
  capitalMin: amount,
  capitalMax: amount,
  penalties: flag,
  abnormal: flag,
  serious: flag,
});

/** The schema: raw values per parameter name (string[] each) → SearchQuery. */
export const searchParamsSchema = fields
  .superRefine((value, context) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "yearRange" satisfies SearchParamErrorKey });
    }
    if (value.capitalMin !== undefined && value.capitalMax !== undefined && value.capitalMin > value.capitalMax) {
      context.addIssue({ code: "custom", path: ["capitalMax"], message: "capitalRange" satisfies SearchParamErrorKey });
    }
  })
  .transform((value): SearchQuery => {
    const filters: SearchFilters = {};
    if (value.prefecture) filters.prefectures = value.prefecture;
    if (value.type) filters.types = value.type;
    if (value.status) filters.statuses = value.status;
    if (value.section) filters.industrySections = value.section;
    if (value.from !== undefined) filters.establishedFromYear = value.from;
    if (value.to !== undefined) filters.establishedToYear = value.to;
    if (value.capitalMin !== undefined) filters.capitalMin = value.capitalMin;
    if (value.capitalMax !== undefined) filters.capitalMax = value.capitalMax;
    if (value.penalties) filters.hasPenaltiesInPublicity = true;
    if (value.abnormal) filters.isOnAbnormalList = true;
    if (value.serious) filters.isOnSeriousViolationList = true;
    return { q: value.q, filters, sort: value.sort ?? "relevance", page: value.page ?? 1, pageSize: SEARCH_PAGE_SIZE };
  });

export type SearchParamErrors = Partial<Record<SearchParamName, SearchParamErrorKey>>;

export type ParsedSearchParams =
  | { ok: true; query: SearchQuery }
  /** `query` is still usable: the search without the parameters that were wrong. */
  | { ok: false; fieldErrors: SearchParamErrors; query: SearchQuery };

function isParamName(value: PropertyKey | undefined): value is SearchParamName {
  return typeof value === "string" && (SEARCH_PARAM_NAMES as readonly string[]).includes(value);
}

/**
 * Reads the URL. On errors, reports every wrong parameter (the first problem of each) and also
 * returns the query without them, so a page can show its results under an error summary.
 */
export function parseSearchParams(input: RawSearchParams): ParsedSearchParams {
  const record: Record<string, string[] | string> = toRecord(input);
  const fieldErrors: SearchParamErrors = {};
  // Each round drops the parameters that failed; cross-field checks run once fields are valid.
  for (let round = 0; round <= SEARCH_PARAM_NAMES.length; round += 1) {
    const result = searchParamsSchema.safeParse(record);
    if (result.success) {
      return Object.keys(fieldErrors).length === 0 ? { ok: true, query: result.data } : { ok: false, fieldErrors, query: result.data };
    }
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (!isParamName(field)) continue;
      fieldErrors[field] ??= issue.message as SearchParamErrorKey;
      // A q that is too long is still searched: cut to the limit.
      if (field === "q") record.q = String(firstValue(record.q)).trim().slice(0, MAX_QUERY_LENGTH);
      else delete record[field];
    }
  }
  // Unreachable in practice: every round removes at least one failing parameter.
  return { ok: false, fieldErrors, query: emptyQuery() };
}

function firstValue(value: string[] | string | undefined): string {
  if (Array.isArray(value)) return value.find((item) => item.trim() !== "") ?? "";
  return value ?? "";
}

export function emptyQuery(): SearchQuery {
  return { q: "", filters: {}, sort: "relevance", page: 1, pageSize: SEARCH_PAGE_SIZE };
}

/** Whether any filter narrows the search (the exact-code redirect applies only without one). */
export function hasFilters(filters: SearchFilters): boolean {
  return countFilters(filters) > 0;
}

/** How many filter values are applied (a range counts once per end). */
export function countFilters(filters: SearchFilters): number {
  return (
    (filters.prefectures?.length ?? 0) +
    (filters.types?.length ?? 0) +
    (filters.statuses?.length ?? 0) +
    (filters.industrySections?.length ?? 0) +
    (filters.establishedFromYear !== undefined ? 1 : 0) +
    (filters.establishedToYear !== undefined ? 1 : 0) +
    (filters.capitalMin !== undefined ? 1 : 0) +
    (filters.capitalMax !== undefined ? 1 : 0) +
    (filters.hasPenaltiesInPublicity ? 1 : 0) +
    (filters.isOnAbnormalList ? 1 : 0) +
    (filters.isOnSeriousViolationList ? 1 : 0)
  );
}

/**
 * The inverse of `parseSearchParams`: defaults (page 1, relevance, no filter, empty q) are left
 * out so that URLs stay short and one search has one URL. `pageSize` is fixed and not written.
 */
export function toSearchParams(query: Pick<SearchQuery, "q" | "filters"> & Partial<Pick<SearchQuery, "sort" | "page">>): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = query;
  if (query.q) params.set("q", query.q);
  for (const code of filters.prefectures ?? []) params.append("prefecture", code);
  for (const code of filters.types ?? []) params.append("type", code);
  for (const code of filters.statuses ?? []) params.append("status", code);
  for (const code of filters.industrySections ?? []) params.append("section", code);
  if (filters.establishedFromYear !== undefined) params.set("from", String(filters.establishedFromYear));
  if (filters.establishedToYear !== undefined) params.set("to", String(filters.establishedToYear));
  if (filters.capitalMin !== undefined) params.set("capitalMin", String(filters.capitalMin));
  if (filters.capitalMax !== undefined) params.set("capitalMax", String(filters.capitalMax));
  if (filters.hasPenaltiesInPublicity) params.set("penalties", "1");
  if (filters.isOnAbnormalList) params.set("abnormal", "1");
  if (filters.isOnSeriousViolationList) params.set("serious", "1");
  if (query.sort && query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}

/** `/{locale}/search?…` for a query (a changed page, sort or filter). */
export function searchPageHref(locale: string, query: Parameters<typeof toSearchParams>[0]): string {
  const search = toSearchParams(query).toString();
  return search ? `/${locale}/search?${search}` : `/${locale}/search`;
}
