import { db } from "@/lib/db";
import { normalizePinyinQuery } from "../pinyin";
import { lookupKeys, type PartEstimate } from "./search-statement";

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
 * only steers the plan: both plans return the same companies.
 */

const SAMPLE_ROWS = 2000;
const REFRESH_MS = 10 * 60 * 1000;

export type RegisterSample = {
  /** Companies in the register (the planner's count). */
  total: number;
  /** One folded text per sampled company: names, person, pinyin, initials, Uyghur name. */
  texts: string[];
  /** Codes per sampled company: unified code and registration number. */
  codes: string[];
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
  const rows = await db.$queryRaw<{ text: string; codes: string }[]>`
    SELECT concat_ws(E'\n', s.names, s.person, s.pinyin, s.pinyin_initials, lower(e.name_ug)) AS text,
           concat_ws(' ', e.uscc, e.registration_number) AS codes
      FROM search_entry s TABLESAMPLE SYSTEM (${percent}::real) JOIN enterprise e ON e.id = s.enterprise_id
     LIMIT ${SAMPLE_ROWS}`;
  current = { total, texts: rows.map((row) => row.text), codes: rows.map((row) => row.codes) };
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

/** Share of the sampled texts containing `needle` (or one of its forms). */
function share(sample: RegisterSample, forms: string[]): number {
  if (sample.texts.length === 0) return 0;
  let hits = 0;
  for (const text of sample.texts) if (forms.some((form) => form && text.includes(form))) hits++;
  return hits / sample.texts.length;
}

/**
 * A query part's estimate from the sample, in companies: its matches, and for its rarest lookup
 * keys the rows holding them all and their posting entries. The engine's matching rules are
 * followed loosely: this only steers the plan.
 */
export function estimatePart(sample: RegisterSample, part: string): PartEstimate {
  const keys = lookupKeys(part, (key) => share(sample, [key]));
  const candidates = sample.texts.length === 0 ? 0 : sample.texts.filter((text) => keys.every((key) => text.includes(key))).length / sample.texts.length;
  return {
    keys,
    matches: share(sample, [part, normalizePinyinQuery(part)]) * sample.total,
    candidates: candidates * sample.total,
    postings: keys.reduce((sum, key) => sum + share(sample, [key]) * sample.total, 0),
  };
}

/** Estimated number of companies whose unified code or registration number starts with `prefix`. */
export function estimateCodeMatches(sample: RegisterSample, prefix: string): number {
  if (sample.codes.length === 0) return 0;
  const hits = sample.codes.filter((codes) => codes.split(" ").some((code) => code.startsWith(prefix))).length;
  return (hits / sample.codes.length) * sample.total;
}
