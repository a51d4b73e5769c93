/**
 * The search contract every engine implements (ARCHITECTURE.md, Search). Pages, the JSON API and
 * the suggestions endpoint talk to this, never to an engine directly:
 * - `postgres` (lib/search/postgres): the default; pg_trgm and character-bigram indexes in the
 *   same database, consistent with the data in the same transaction.
 * - `meilisearch` (lib/search/meilisearch): when MEILI_URL is set; fed through the outbox.
 * Documents are built from the public projection only (lib/search/search-document.ts).
 */

/** Filters with their facet counts. Codes are dictionary codes (lib/dictionaries). */
export type SearchFilters = {
  /** Prefecture-level division codes, e.g. "650100". */
  prefectures?: string[];
  /** Enterprise-type codes. */
  types?: string[];
  /** Status codes. */
  statuses?: string[];
  /** GB/T 4754 section letters, e.g. "F". */
  industrySections?: string[];
  establishedFromYear?: number;
  establishedToYear?: number;
  /** Registered capital range, 万元. */
  capitalMin?: number;
  capitalMax?: number;
  hasPenaltiesInPublicity?: boolean;
  isOnAbnormalList?: boolean;
  isOnSeriousViolationList?: boolean;
};

export const SEARCH_SORTS = ["relevance", "established-desc", "established-asc", "capital-desc", "capital-asc", "name"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export type SearchQuery = {
  /** What the person typed (normalised by the engine). May be empty when filters are given. */
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
};

/** A run of text, marked when it matched the query: render `isMatch` runs in <mark>. */
export type TextSegment = { text: string; isMatch: boolean };

/** Why a company is in the results, for the result line ("former name: …"). */
export const MATCH_REASONS = ["code", "registration-number", "name", "uyghur-name", "former-name", "legal-representative", "pinyin", "filters"] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export type SearchHit = {
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  type: string;
  status: string;
  regionCode: string;
  prefectureCode: string;
  industryCode: string;
  legalRepName: string;
  establishedOn: string;
  /** 万元, decimal string; null when none is registered. */
  capital: string | null;
  alerts: { hasPenaltiesInPublicity: boolean; isOnAbnormalList: boolean; isOnSeriousViolationList: boolean };
  matchedBy: MatchReason;
  highlights: {
    nameZh: TextSegment[];
    nameUg: TextSegment[] | null;
    legalRepName: TextSegment[];
    /** The former name that matched, when one did. */
    formerName: TextSegment[] | null;
  };
};

/** Facet value → number of matching companies (under the other filters). */
export type FacetCounts = {
  prefectures: Record<string, number>;
  types: Record<string, number>;
  statuses: Record<string, number>;
  industrySections: Record<string, number>;
  hasPenaltiesInPublicity: number;
  isOnAbnormalList: number;
  isOnSeriousViolationList: number;
};

export type SearchResult = {
  total: number;
  /** More companies match than an engine counts exactly (MAX_COUNTED_HITS): `total` is a lower bound. */
  isTotalCapped: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** A typed 18-character code whose check character is wrong: the correct one. */
  codeHint: null | { kind: "check-character"; code: string; expected: string };
  engine: "postgres" | "meilisearch";
  /** The configured engine failed and another answered: results may be incomplete. */
  isDegraded: boolean;
};

/**
 * Engines count matches exactly up to this many; beyond it they say "more than 1,000" (as
 * Meilisearch's default maxTotalHits). Counting, faceting and ranking every company that a
 * broad query ("有限", "wlmq") matches — most of the register — would take far longer than a
 * person needs to add a word or a filter.
 */
export const MAX_COUNTED_HITS = 1_000;

export type Suggestion = { uscc: string; nameZh: string; nameUg: string | null; status: string; highlights: TextSegment[] };

/**
 * What an engine indexes for one company: public values only (built from the public projection),
 * plus derived fields for matching (pinyin, n-grams) and for filtering.
 */
export type SearchDocument = {
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  formerNames: string[];
  legalRepName: string;
  type: string;
  status: string;
  isLive: boolean;
  regionCode: string;
  prefectureCode: string;
  industryCode: string;
  industrySection: string;
  establishedOn: string;
  establishedYear: number;
  capital: number | null;
  hasPenaltiesInPublicity: boolean;
  isOnAbnormalList: boolean;
  isOnSeriousViolationList: boolean;
  /** Full pinyin of the Chinese name without tones or spaces ("wulumuqi…"). */
  pinyin: string;
  /** Initials of the Chinese name's pinyin ("wlmq…"). */
  pinyinInitials: string;
};

export type SearchIndex = {
  readonly engine: SearchResult["engine"];
  ensureSettings(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(usccs: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(q: string, limit: number): Promise<Suggestion[]>;
};
