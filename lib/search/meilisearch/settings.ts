import { MAX_COUNTED_HITS } from "@/lib/search/contract";
import type { Settings } from "meilisearch";

/**
 * The Meilisearch index, declared in code (ARCHITECTURE.md, Search). `ensureSettings` and the
 * reindex script apply exactly this, so an index never drifts from what the adapter expects.
 */

export const DEFAULT_INDEX_UID = "companies";
export const PRIMARY_KEY = "uscc";

/** Ranked: earlier attributes win the `attribute` ranking rule (a code match beats a name match). */
export const SEARCHABLE_ATTRIBUTES = [
  "uscc",
  "registrationNumber",
  "nameZh",
  "nameNgrams",
  "nameUg",
  "nameUgArabic",
  "nameUgLatin",
  "formerNames",
  "legalRepName",
  "pinyin",
  "pinyinInitials",
] as const;

export const FILTERABLE_ATTRIBUTES = [
  "prefectureCode",
  "type",
  "status",
  "industrySection",
  "establishedYear",
  "capital",
  "hasPenaltiesInPublicity",
  "isOnAbnormalList",
  "isOnSeriousViolationList",
  "isLive",
] as const;

/** `establishedDay` is `establishedOn` as days since 1970-01-01 (dates are not sortable as such). */
export const SORTABLE_ATTRIBUTES = ["establishedDay", "capital", "pinyin"] as const;

/**
 * The built-in rules in their default order, then a custom rule so that, at equal relevance, live
 * companies come before deregistered or revoked ones. It ranks on `liveRank` (1 live, 0 not), a
 * number, rather than on the boolean `isLive`: Meilisearch documents asc/desc rules for numbers
 * and strings only, so a number is the unambiguous way to say it.
 */
export const RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness", "liveRank:desc"] as const;

/** Attributes that are returned (and highlighted) in search results: no derived matching fields. */
export const RETRIEVED_ATTRIBUTES = [
  "uscc",
  "registrationNumber",
  "nameZh",
  "nameUg",
  "formerNames",
  "legalRepName",
  "type",
  "status",
  "regionCode",
  "prefectureCode",
  "industryCode",
  "establishedOn",
  "capital",
  "hasPenaltiesInPublicity",
  "isOnAbnormalList",
  "isOnSeriousViolationList",
] as const;

export const FACET_ATTRIBUTES = [
  "prefectureCode",
  "type",
  "status",
  "industrySection",
  "hasPenaltiesInPublicity",
  "isOnAbnormalList",
  "isOnSeriousViolationList",
] as const;

export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

/** The most hits a query counts and pages through: the contract's cap, as the postgres engine. */
export const MAX_TOTAL_HITS = MAX_COUNTED_HITS;
export const MAX_VALUES_PER_FACET = 100;

/**
 * Index settings.
 *
 * Locales: Chinese attributes use `cmn` (Mandarin, jieba segmentation). Meilisearch has no Uyghur
 * locale: its accepted codes are a fixed list (ISO 639-1/639-3 for about 70 languages, plus
 * `cmn`) and `uig`/`ug` are not in it, so a rule for `nameUg` would make the whole settings update
 * fail (`invalid_settings_localized_attributes`). The client types a locale as any string and would
 * not catch that. `nameUg` is left to Meilisearch's script detection, which tokenises Arabic-script
 * words on spaces and punctuation, which is what Uyghur needs.
 */
export function buildIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    displayedAttributes: ["*"],
    rankingRules: [...RANKING_RULES],
    localizedAttributes: [{ attributePatterns: ["nameZh", "nameNgrams", "formerNames", "legalRepName"], locales: ["cmn"] }],
    typoTolerance: {
      enabled: true,
      // A code with one wrong character is another company, not a typo.
      disableOnAttributes: ["uscc", "registrationNumber"],
      disableOnNumbers: true,
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  };
}

export type IndexConfig = { uid: string; primaryKey: string; settings: Settings };

export function getIndexConfig(indexUid: string = DEFAULT_INDEX_UID): IndexConfig {
  return { uid: indexUid, primaryKey: PRIMARY_KEY, settings: buildIndexSettings() };
}
