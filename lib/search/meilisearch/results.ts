import { z } from "zod";
import type { FacetDistribution, MultiSearchResult, RecordAny } from "meilisearch";
import type { FacetCounts, MatchReason, SearchHit, Suggestion, TextSegment } from "@/lib/search/contract";
import { highlightUyghurName } from "@/lib/search/highlight";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from "./documents";

/** Meilisearch responses → contract types (pure: unit-tested with canned responses). */

/** Text with the adapter's private-use markers around matches → segments for <mark>. */
export function parseHighlighted(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let isMatch = false;
  let current = "";
  const flush = () => {
    if (current === "") return;
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch) last.text += current;
    else segments.push({ text: current, isMatch });
    current = "";
  };
  for (const char of text) {
    if (char === HIGHLIGHT_PRE_TAG || char === HIGHLIGHT_POST_TAG) {
      flush();
      isMatch = char === HIGHLIGHT_PRE_TAG;
      continue;
    }
    current += char;
  }
  flush();
  return segments;
}

function hasMarkers(text: string | undefined): text is string {
  return text !== undefined && text.includes(HIGHLIGHT_PRE_TAG);
}

/**
 * Mark every occurrence of the query parts in a text (case-insensitive). Used when Meilisearch
 * matched a name through `nameNgrams`: the name itself then carries no highlight of its own.
 */
export function markParts(text: string, parts: readonly string[]): TextSegment[] {
  if (text === "") return [];
  const haystack = text.toLowerCase();
  const comparable = haystack.length === text.length;
  const source = comparable ? haystack : text;
  const marked = new Array<boolean>(text.length).fill(false);
  for (const part of parts) {
    const needle = comparable ? part.toLowerCase() : part;
    if (needle === "") continue;
    for (let at = source.indexOf(needle); at !== -1; at = source.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length);
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.isMatch === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], isMatch: marked[i] });
  }
  return segments;
}

function containsAnyPart(text: string, parts: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return parts.some((part) => part !== "" && lower.includes(part.toLowerCase()));
}

const storedHitSchema = z.object({
  uscc: z.string(),
  registrationNumber: z.string().nullable().optional(),
  nameZh: z.string(),
  nameUg: z.string().nullable().optional(),
  formerNames: z.array(z.string()).optional(),
  legalRepName: z.string(),
  type: z.string(),
  status: z.string(),
  regionCode: z.string(),
  prefectureCode: z.string(),
  industryCode: z.string(),
  establishedOn: z.string(),
  capital: z.number().nullable().optional(),
  hasPenaltiesInPublicity: z.boolean(),
  isOnAbnormalList: z.boolean(),
  isOnSeriousViolationList: z.boolean(),
});

/** The highlighted copies Meilisearch returns; any attribute may be missing or of another type. */
const formattedSchema = z
  .object({
    uscc: z.string(),
    registrationNumber: z.string(),
    nameZh: z.string(),
    nameUg: z.string(),
    formerNames: z.array(z.string()),
    legalRepName: z.string(),
    pinyin: z.string(),
    pinyinInitials: z.string(),
  })
  .partial();

const suggestionHitSchema = z.object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable().optional(), status: z.string() });

type Formatted = z.infer<typeof formattedSchema>;

function readFormatted(hit: RecordAny): Formatted {
  const parsed = formattedSchema.safeParse(hit._formatted ?? {});
  if (parsed.success) return parsed.data;
  // One odd attribute must not lose the others: keep the attributes that have the expected type.
  const formatted: Formatted = {};
  const raw: unknown = hit._formatted;
  if (typeof raw !== "object" || raw === null) return formatted;
  for (const [key, schema] of Object.entries(formattedSchema.shape)) {
    const value = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (value.success && value.data !== undefined) Object.assign(formatted, { [key]: value.data });
  }
  return formatted;
}

function matchedAttributes(hit: RecordAny, formatted: Formatted): Set<string> {
  const matched = new Set<string>();
  const positions: unknown = hit._matchesPosition;
  if (typeof positions === "object" && positions !== null) {
    for (const key of Object.keys(positions)) matched.add(key.split(".")[0]);
  }
  for (const [key, value] of Object.entries(formatted)) {
    if (typeof value === "string" ? hasMarkers(value) : Array.isArray(value) && value.some(hasMarkers)) matched.add(key);
  }
  return matched;
}

export type HitContext = { parts: readonly string[]; isFilterOnly: boolean };

/** One Meilisearch hit → SearchHit, with segments and the reason it matched. */
export function toSearchHit(raw: RecordAny, { parts, isFilterOnly }: HitContext): SearchHit {
  const hit = storedHitSchema.parse(raw);
  const formatted = readFormatted(raw);
  const matched = matchedAttributes(raw, formatted);
  const formerNames = hit.formerNames ?? [];
  const viaNgrams = matched.has("nameNgrams");

  const nameMatched = matched.has("nameZh") || (viaNgrams && containsAnyPart(hit.nameZh, parts));
  const nameZh = hasMarkers(formatted.nameZh) ? parseHighlighted(formatted.nameZh) : nameMatched ? markParts(hit.nameZh, parts) : plain(hit.nameZh);

  const formattedFormer = formatted.formerNames?.find(hasMarkers);
  const ngramFormer = viaNgrams && !nameMatched ? formerNames.find((name) => containsAnyPart(name, parts)) : undefined;
  const formerName = formattedFormer !== undefined ? parseHighlighted(formattedFormer) : ngramFormer !== undefined ? markParts(ngramFormer, parts) : null;

  const nameUg = hit.nameUg ?? null;
  // Matched through a search form (documents.ts): the name itself carries no marks; mark it here.
  const viaUyghurForms = matched.has("nameUgArabic") || matched.has("nameUgLatin");
  return {
    uscc: hit.uscc,
    registrationNumber: hit.registrationNumber ?? null,
    nameZh: hit.nameZh,
    nameUg,
    type: hit.type,
    status: hit.status,
    regionCode: hit.regionCode,
    prefectureCode: hit.prefectureCode,
    industryCode: hit.industryCode,
    legalRepName: hit.legalRepName,
    establishedOn: hit.establishedOn,
    capital: hit.capital === null || hit.capital === undefined ? null : String(hit.capital),
    alerts: {
      hasPenaltiesInPublicity: hit.hasPenaltiesInPublicity,
      isOnAbnormalList: hit.isOnAbnormalList,
      isOnSeriousViolationList: hit.isOnSeriousViolationList,
    },
    matchedBy: matchReason({ matched, nameMatched, formerMatched: formerName !== null, isFilterOnly }),
    highlights: {
      nameZh,
      nameUg: nameUg === null ? null : hasMarkers(formatted.nameUg) ? parseHighlighted(formatted.nameUg) : viaUyghurForms ? highlightUyghurName(nameUg, parts) : plain(nameUg),
      legalRepName: hasMarkers(formatted.legalRepName) ? parseHighlighted(formatted.legalRepName) : plain(hit.legalRepName),
      formerName,
    },
  };
}

function plain(text: string): TextSegment[] {
  return text === "" ? [] : [{ text, isMatch: false }];
}

/** Best effort, most specific first: a code match explains more than a pinyin match. */
function matchReason({ matched, nameMatched, formerMatched, isFilterOnly }: { matched: Set<string>; nameMatched: boolean; formerMatched: boolean; isFilterOnly: boolean }): MatchReason {
  if (isFilterOnly) return "filters";
  if (matched.has("uscc")) return "code";
  if (matched.has("registrationNumber")) return "registration-number";
  if (nameMatched) return "name";
  if (matched.has("nameUg") || matched.has("nameUgArabic") || matched.has("nameUgLatin")) return "uyghur-name";
  if (formerMatched) return "former-name";
  if (matched.has("legalRepName")) return "legal-representative";
  if (matched.has("pinyin") || matched.has("pinyinInitials")) return "pinyin";
  return "name";
}

function countTrue(distribution: FacetDistribution, attribute: string): number {
  return distribution[attribute]?.["true"] ?? 0;
}

/** Facet distributions of the main query and of the per-facet queries → FacetCounts. */
export function toFacetCounts(results: readonly MultiSearchResult<RecordAny>[]): FacetCounts {
  const distribution: FacetDistribution = {};
  // Later (per-facet) queries carry the disjunctive counts: they override the main query's.
  for (const result of results) Object.assign(distribution, result.facetDistribution ?? {});
  return {
    prefectures: { ...distribution.prefectureCode },
    types: { ...distribution.type },
    statuses: { ...distribution.status },
    industrySections: { ...distribution.industrySection },
    hasPenaltiesInPublicity: countTrue(distribution, "hasPenaltiesInPublicity"),
    isOnAbnormalList: countTrue(distribution, "isOnAbnormalList"),
    isOnSeriousViolationList: countTrue(distribution, "isOnSeriousViolationList"),
  };
}

export function toSuggestion(raw: RecordAny, parts: readonly string[]): Suggestion {
  const hit = suggestionHitSchema.parse(raw);
  const formatted = readFormatted(raw);
  return {
    uscc: hit.uscc,
    nameZh: hit.nameZh,
    nameUg: hit.nameUg ?? null,
    status: hit.status,
    highlights: hasMarkers(formatted.nameZh) ? parseHighlighted(formatted.nameZh) : markParts(hit.nameZh, parts),
  };
}
