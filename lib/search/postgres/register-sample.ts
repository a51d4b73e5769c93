import { db } from "@/lib/db";
import type { SearchFilters } from "../contract";
import { FACETS, lookupKeys, matchForms, type PartEstimate } from "./search-statement";

/**
 * A small random sample of the register's search rows, kept in each process, to estimate how many
 * companies a query's text matches before choosing how to find them (./search-statement.ts):
 *
 * - a rare fragment ("阳浩") is best found through the bigram and trigram indexes;
 * - a common one ("鲁木齐" is in a third of all names) is not: building the index bitmap of
 *   300,000 rows costs more than reading the table until enough matches are found.
 *
 * PostgreSQL's own estimate multiplies the bigrams' frequencies as if they were independent
 * (鲁木 and 木齐 always come together) and is off by 10× on exactly these queries. The sample
 * only steers the plan: both plans return the same companies. The sample is the same in every
 * process (a fixed seed), so a query gets the same plan from every worker.
 */

const SAMPLE_ROWS = 2000;
const REFRESH_MS = 10 * 60 * 1000;

export type RegisterSample = {
  /** Companies in the register (the planner's count). */
  total: number;
  /** One folded text per sampled company: names, person, pinyin, initials, Uyghur name (both forms). */
  texts: string[];
  /** How many sampled texts hold each 2- and 3-character string (the index keys' shares). */
  keyCounts: Map<string, number>;
  /** The filter columns of each sampled company. */
  facts: SampleFacts[];
};

type SampleFacts = {
  prefectures: string | null;
  types: string | null;
  statuses: string | null;
  industrySections: string | null;
  isAbnormal: boolean;
  isSerious: boolean;
  penaltyPublicUntil: string | null;
};

let current: RegisterSample | null = null;
let loadedAt = 0;
let loading: Promise<void> | null = null;

async function load(): Promise<void> {
  const [{ estimate }] = await db.$queryRaw<{ estimate: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS estimate FROM pg_class WHERE relname = 'search_entry'`;
  // Before the first ANALYZE reltuples is unknown; small registers are read whole.
  const total = estimate > 0 ? estimate : Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM search_entry`)[0].n);
  const percent = Math.min(100, ((SAMPLE_ROWS * 1.2) / Math.max(total, 1)) * 100);
  const rows = await db.$queryRaw<({ text: string } & SampleFacts)[]>`
    SELECT concat_ws(E'\n', s.names, s.person, s.pinyin, s.pinyin_initials, s.name_ug, s.name_ug_latin) AS text,
           s.prefecture_code AS prefectures, s.type AS types, s.status AS statuses, s.industry_section AS "industrySections",
           s.is_abnormal AS "isAbnormal", s.is_serious AS "isSerious", to_char(s.penalty_public_until, 'YYYY-MM-DD') AS "penaltyPublicUntil"
      FROM search_entry s TABLESAMPLE SYSTEM (${percent}::real) REPEATABLE (1)
     LIMIT ${SAMPLE_ROWS}`;
  const texts = rows.map((row) => row.text);
  current = { total, texts, keyCounts: countKeys(texts), facts: rows.map(({ text: _text, ...facts }) => facts) };
  loadedAt = Date.now();
}

/** The sample, loaded on first use and refreshed in the background; null while none is available. */
export async function registerSample(): Promise<RegisterSample | null> {
  const isStale = Date.now() - loadedAt > REFRESH_MS;
  if (isStale && !loading) {
    loading = load()
      .catch((error: unknown) => console.error("search: could not sample the register:", error instanceof Error ? error.message : error))
      .finally(() => {
        loading = null;
      });
  }
  if (!current && loading) await loading;
  return current;
}

function countKeys(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const characters = Array.from(text);
    const seen = new Set<string>();
    for (let index = 0; index + 1 < characters.length; index++) {
      seen.add(characters[index] + characters[index + 1]);
      if (index + 2 < characters.length) seen.add(characters[index] + characters[index + 1] + characters[index + 2]);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Share of the sampled texts containing one of `forms`. A single form of 2 or 3 characters is a
 * key of keyCounts; anything else is looked for in every sampled text.
 */
function share(sample: RegisterSample, forms: string[]): number {
  if (sample.texts.length === 0) return 0;
  const distinct = [...new Set(forms.filter(Boolean))];
  const length = distinct.length === 1 ? Array.from(distinct[0]).length : 0;
  if (length === 2 || length === 3) return (sample.keyCounts.get(distinct[0]) ?? 0) / sample.texts.length;
  let hits = 0;
  for (const text of sample.texts) if (distinct.some((form) => text.includes(form))) hits++;
  return hits / sample.texts.length;
}

/**
 * A query part's estimate from the sample, in companies: its matches, and for its rarest lookup
 * keys the rows holding them all and their posting entries. The engine's matching rules are
 * followed loosely: this only steers the plan.
 */
export function estimatePart(sample: RegisterSample, part: string): PartEstimate {
  const size = Math.max(sample.texts.length, 1);
  const keyShare = (key: string) => (sample.keyCounts.get(key) ?? 0) / size;
  const keys = lookupKeys(part, keyShare);
  // A key no sampled company holds: the part is rare, no need to read the sample.
  const isRare = keys.length > 0 && keyShare(keys[0]) === 0;
  const candidates = isRare ? 0 : keys.length === 1 ? keyShare(keys[0]) : sample.texts.filter((text) => keys.every((key) => text.includes(key))).length / size;
  return {
    keys,
    matches: isRare ? 0 : share(sample, matchForms(part)) * sample.total,
    candidates: candidates * sample.total,
    postings: keys.reduce((sum, key) => sum + keyShare(key) * sample.total, 0),
  };
}

/**
 * The share of companies passing the filters, from the sample (equality filters and list flags;
 * year and capital ranges are left out). Like the text estimate, it only steers the plan.
 */
export function estimateFilterShare(sample: RegisterSample, filters: SearchFilters, today: string): number {
  if (sample.facts.length === 0) return 1;
  const passing = sample.facts.filter(
    (facts) =>
      FACETS.every((facet) => !filters[facet]?.length || filters[facet].includes(facts[facet] ?? "")) &&
      (!filters.isOnAbnormalList || facts.isAbnormal) &&
      (!filters.isOnSeriousViolationList || facts.isSerious) &&
      (!filters.hasPenaltiesInPublicity || (facts.penaltyPublicUntil !== null && facts.penaltyPublicUntil >= today)),
  ).length;
  // Never zero: a filter no sampled company passes is rare, not impossible.
  return Math.max(passing, 0.5) / sample.facts.length;
}
