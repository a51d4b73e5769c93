import type { MultiSearchQuery } from "meilisearch";
import { checkUscc, normalizeCode } from "@/lib/codes/credit-code";
import { hasArabicScript } from "@/lib/uyghur/normalize";
import { foldUyghurLatin, uyghurQueryForm } from "@/lib/uyghur/search-forms";
import type { SearchFilters, SearchQuery, SearchResult, SearchSort } from "@/lib/search/contract";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./documents";
import { FACET_ATTRIBUTES, type FacetAttribute, MAX_TOTAL_HITS, RETRIEVED_ATTRIBUTES } from "./settings";

/** SearchQuery → Meilisearch search requests (pure: unit-tested by the requests it produces). */

export const MAX_PAGE_SIZE = 100;

/** Attributes whose matches are marked; pinyin ones only tell why a company matched. */
export const HIGHLIGHTED_ATTRIBUTES = ["uscc", "registrationNumber", "nameZh", "nameUg", "formerNames", "legalRepName", "pinyin", "pinyinInitials"] as const;

const HAN = /\p{Script=Han}/u;
const CODE_LIKE = /^(?=.*[0-9])[0-9A-Z]{4,18}$/;
/** Latin letters and digits, with the apostrophes and hyphens Uyghur Latin and pinyin are typed with. */
const LATIN_WORD = /^(?=.*[\p{Script=Latin}0-9])[\p{Script=Latin}0-9'’ʼ‘`´-]+$/u;

export type NormalizedQuery = {
  /** What is sent as `q`. */
  text: string;
  /** Space-separated parts of `text` (each must match: matchingStrategy "all"). */
  parts: string[];
  /** Set when the input is a code (letters and digits, spaces or dashes): normalised, upper case. */
  code: string | null;
};

/**
 * Normalise what the person typed: NFKC (full-width → half-width), whitespace collapsed. A code
 * typed with spaces, dashes, full-width or lower-case characters ("9165 0100-ma7x…") is sent as
 * the code itself, so that it prefix-matches `uscc`/`registrationNumber` as one token. Words in
 * Arabic script are sent in the canonical form of `nameUgArabic`, words in Latin script folded
 * like `nameUgLatin` ("Ürümchi", "sa'et" → "urumchi", "saet"; documents.ts).
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const text = raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
  if (text === "") return { text, parts: [], code: null };
  const code = normalizeCode(raw);
  if (CODE_LIKE.test(code)) return { text: code, parts: [code], code };
  const parts = text.split(" ").map(searchWord).filter(Boolean);
  return { text: parts.join(" "), parts, code: null };
}

function searchWord(word: string): string {
  if (hasArabicScript(word)) return uyghurQueryForm(word)?.text ?? "";
  return LATIN_WORD.test(word) ? foldUyghurLatin(word) : word;
}

/** A typed 18-character code whose check character is wrong: the hint the page shows. */
export function codeHintFor(code: string | null): SearchResult["codeHint"] {
  if (code === null || code.length !== 18) return null;
  const check = checkUscc(code);
  if (check.ok || check.reason !== "check-character") return null;
  return { kind: "check-character", code: check.code, expected: check.expected };
}

/** A string literal for a Meilisearch filter: double-quoted, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

type ListGroup = { key: "prefectures" | "types" | "statuses" | "industrySections"; attribute: FacetAttribute };
type FlagGroup = { key: "hasPenaltiesInPublicity" | "isOnAbnormalList" | "isOnSeriousViolationList"; attribute: FacetAttribute };

const LIST_GROUPS: readonly ListGroup[] = [
  { key: "prefectures", attribute: "prefectureCode" },
  { key: "types", attribute: "type" },
  { key: "statuses", attribute: "status" },
  { key: "industrySections", attribute: "industrySection" },
];

const FLAG_GROUPS: readonly FlagGroup[] = [
  { key: "hasPenaltiesInPublicity", attribute: "hasPenaltiesInPublicity" },
  { key: "isOnAbnormalList", attribute: "isOnAbnormalList" },
  { key: "isOnSeriousViolationList", attribute: "isOnSeriousViolationList" },
];

/** Facet attributes that have a filter set: their counts come from a query without that filter. */
export function activeFacetFilters(filters: SearchFilters): FacetAttribute[] {
  const active: FacetAttribute[] = [];
  for (const group of LIST_GROUPS) {
    if ((filters[group.key]?.length ?? 0) > 0) active.push(group.attribute);
  }
  for (const group of FLAG_GROUPS) {
    if (typeof filters[group.key] === "boolean") active.push(group.attribute);
  }
  return active;
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Filter expressions (ANDed by Meilisearch when sent as an array), optionally leaving out one
 * facet's own filter (disjunctive facet counts: "under the other filters").
 */
export function buildFilter(filters: SearchFilters, except?: FacetAttribute): string[] {
  const expressions: string[] = [];
  for (const group of LIST_GROUPS) {
    const values = filters[group.key];
    if (group.attribute === except || values === undefined || values.length === 0) continue;
    expressions.push(`${group.attribute} IN [${[...new Set(values)].map(quoteFilterValue).join(", ")}]`);
  }
  if (isFiniteNumber(filters.establishedFromYear)) expressions.push(`establishedYear >= ${Math.trunc(filters.establishedFromYear)}`);
  if (isFiniteNumber(filters.establishedToYear)) expressions.push(`establishedYear <= ${Math.trunc(filters.establishedToYear)}`);
  if (isFiniteNumber(filters.capitalMin)) expressions.push(`capital >= ${filters.capitalMin}`);
  if (isFiniteNumber(filters.capitalMax)) expressions.push(`capital <= ${filters.capitalMax}`);
  for (const group of FLAG_GROUPS) {
    const value = filters[group.key];
    if (group.attribute === except || typeof value !== "boolean") continue;
    expressions.push(`${group.attribute} = ${value}`);
  }
  return expressions;
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  "established-desc": ["establishedDay:desc"],
  "established-asc": ["establishedDay:asc"],
  "capital-desc": ["capital:desc"],
  "capital-asc": ["capital:asc"],
  name: ["pinyin:asc"],
};

export function buildSort(sort: SearchSort): string[] | undefined {
  return SORTS[sort];
}

/** Page and page size clamped so that a page never asks beyond maxTotalHits. */
export function clampPaging({ page, pageSize }: Pick<SearchQuery, "page" | "pageSize">): { page: number; pageSize: number } {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(pageSize) || 1));
  const lastPage = Math.max(1, Math.ceil(MAX_TOTAL_HITS / size));
  return { page: Math.min(lastPage, Math.max(1, Math.trunc(page) || 1)), pageSize: size };
}

/** `locales` for the query: Chinese queries are segmented like the Chinese attributes (cmn). */
function queryLocales(text: string): { locales?: string[] } {
  return HAN.test(text) ? { locales: ["cmn"] } : {};
}

/**
 * The requests for one search, sent together as a multi-search: the first returns the page of hits
 * and the counts of facets without a filter of their own; each further one counts one filtered
 * facet under the other filters, so that choosing a prefecture does not hide the other prefectures.
 */
export function buildSearchRequests(indexUid: string, query: SearchQuery): MultiSearchQuery[] {
  const normalized = normalizeQuery(query.q);
  const { page, pageSize } = clampPaging(query);
  const active = activeFacetFilters(query.filters);
  const common = { indexUid, q: normalized.text, matchingStrategy: "all" as const, ...queryLocales(normalized.text) };
  const filter = buildFilter(query.filters);
  const sort = buildSort(query.sort);
  const main: MultiSearchQuery = {
    ...common,
    ...(filter.length > 0 ? { filter } : {}),
    ...(sort ? { sort } : {}),
    facets: FACET_ATTRIBUTES.filter((attribute) => !active.includes(attribute)),
    page,
    hitsPerPage: pageSize,
    attributesToRetrieve: [...RETRIEVED_ATTRIBUTES, "pinyin", "pinyinInitials"],
    attributesToHighlight: [...HIGHLIGHTED_ATTRIBUTES],
    highlightPreTag: HIGHLIGHT_PRE_TAG,
    highlightPostTag: HIGHLIGHT_POST_TAG,
    showMatchesPosition: true,
  };
  const facetQueries = active.map((attribute): MultiSearchQuery => {
    const others = buildFilter(query.filters, attribute);
    return { ...common, ...(others.length > 0 ? { filter: others } : {}), facets: [attribute], limit: 0 };
  });
  return [main, ...facetQueries];
}

export const MAX_SUGGESTIONS = 10;

/** The request for type-ahead suggestions: a few names, the least to retrieve, names highlighted. */
export function buildSuggestRequest(q: string, limit: number): { q: string; params: Omit<MultiSearchQuery, "indexUid" | "q"> } | null {
  const normalized = normalizeQuery(q);
  if (normalized.text === "") return null;
  return {
    q: normalized.text,
    params: {
      limit: Math.min(MAX_SUGGESTIONS, Math.max(1, Math.trunc(limit) || 1)),
      matchingStrategy: "all",
      ...queryLocales(normalized.text),
      attributesToRetrieve: ["uscc", "nameZh", "nameUg", "status"],
      attributesToHighlight: ["nameZh"],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
    },
  };
}
