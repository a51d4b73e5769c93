/**
 * GET /api/v1/search and /api/v1/search/suggest: their parameters (as the OpenAPI document
 * describes them; lib/search/search-params.ts is what reads them) and their answers
 * (lib/search/contract.ts), as zod schemas checked against the contract's types.
 */
import { z } from "zod";
import { ENTERPRISE_TYPES, INDUSTRY_SECTIONS, PREFECTURES, STATUSES } from "@/lib/dictionaries";
import { MATCH_REASONS, SEARCH_SORTS, type SearchResult, type Suggestion } from "@/lib/search/contract";
import { MAX_CAPITAL, MAX_PAGE, MAX_QUERY_LENGTH, MAX_YEAR, MIN_YEAR } from "@/lib/search/search-params";
import { apiSchemas, type SameType } from "./registry";

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code) as [string, ...string[]];

/** The query parameters of GET /api/v1/search (repeat prefecture, type, status and section for several). */
export const searchParametersSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).optional().describe("Name (Chinese, Uyghur or pinyin), former name, legal representative, credit code or registration number."),
  page: z.number().int().min(1).max(MAX_PAGE).optional().describe("Page of 20 results, from 1."),
  sort: z.enum(SEARCH_SORTS).optional(),
  prefecture: z.array(z.enum(codes(PREFECTURES))).optional().describe("Prefecture-level division code, e.g. 650100."),
  type: z.array(z.enum(codes(ENTERPRISE_TYPES))).optional().describe("Enterprise type code."),
  status: z.array(z.enum(codes(STATUSES))).optional().describe("Status code."),
  section: z.array(z.enum(codes(INDUSTRY_SECTIONS))).optional().describe("Industry section letter (GB/T 4754)."),
  from: z.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().describe("Established in or after this year."),
  to: z.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().describe("Established in or before this year."),
  capitalMin: z.number().min(0).max(MAX_CAPITAL).optional().describe("Registered capital at least (万元)."),
  capitalMax: z.number().min(0).max(MAX_CAPITAL).optional().describe("Registered capital at most (万元)."),
  penalties: z.literal("1").optional().describe("Only companies with penalties in publicity."),
  abnormal: z.literal("1").optional().describe("Only companies on the abnormal-operations list."),
  serious: z.literal("1").optional().describe("Only companies on the serious-violation list."),
});

export const suggestParametersSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH).optional().describe("What has been typed so far; empty gives no suggestions."),
});

export const textSegmentSchema = z.object({ text: z.string(), isMatch: z.boolean() }).register(apiSchemas, { id: "TextSegment", description: "A run of text; `isMatch` runs matched the query." });

export const searchHitSchema = z
  .object({
    uscc: z.string(),
    registrationNumber: z.string().nullable(),
    nameZh: z.string(),
    nameUg: z.string().nullable(),
    type: z.string(),
    status: z.string(),
    regionCode: z.string(),
    prefectureCode: z.string(),
    industryCode: z.string(),
    legalRepName: z.string(),
    establishedOn: z.string(),
    capital: z.string().nullable().describe("万元, decimal string."),
    alerts: z.object({ hasPenaltiesInPublicity: z.boolean(), isOnAbnormalList: z.boolean(), isOnSeriousViolationList: z.boolean() }),
    matchedBy: z.enum(MATCH_REASONS),
    highlights: z.object({
      nameZh: z.array(textSegmentSchema),
      nameUg: z.array(textSegmentSchema).nullable(),
      legalRepName: z.array(textSegmentSchema),
      formerName: z.array(textSegmentSchema).nullable(),
    }),
  })
  .register(apiSchemas, { id: "SearchHit" });

const counts = z.record(z.string(), z.number().int().nonnegative());

export const searchResultSchema = z
  .object({
    total: z.number().int().nonnegative(),
    isTotalCapped: z.boolean().describe("More companies match than are counted exactly: `total` is a lower bound."),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    hits: z.array(searchHitSchema),
    facets: z.object({
      prefectures: counts,
      types: counts,
      statuses: counts,
      industrySections: counts,
      hasPenaltiesInPublicity: z.number().int().nonnegative(),
      isOnAbnormalList: z.number().int().nonnegative(),
      isOnSeriousViolationList: z.number().int().nonnegative(),
    }),
    codeHint: z.object({ kind: z.literal("check-character"), code: z.string(), expected: z.string() }).nullable(),
    engine: z.enum(["postgres", "meilisearch"]),
    isDegraded: z.boolean(),
  })
  .register(apiSchemas, { id: "SearchResult" });

export const suggestionSchema = z
  .object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable(), status: z.string(), highlights: z.array(textSegmentSchema) })
  .register(apiSchemas, { id: "Suggestion" });

export const suggestionsSchema = z.object({ suggestions: z.array(suggestionSchema).max(10) }).register(apiSchemas, { id: "Suggestions" });

const resultMatches: SameType<z.infer<typeof searchResultSchema>, SearchResult> = true;
const suggestionMatches: SameType<z.infer<typeof suggestionSchema>, Suggestion> = true;
void resultMatches;
void suggestionMatches;
