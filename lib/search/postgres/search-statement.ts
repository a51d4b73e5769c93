import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeCode } from "@/lib/codes/credit-code";
import { MAX_COUNTED_HITS, type SearchFilters, type SearchQuery } from "../contract";
import { normalizePinyinQuery } from "../pinyin";
import { hasArabicScript } from "@/lib/uyghur/normalize";
import { foldUyghurLatin, uyghurQueryForm } from "@/lib/uyghur/search-forms";
import { arabicToLatin } from "@/lib/uyghur/transliteration";
import { characterBigrams } from "./search-entry";

/**
 * The postgres engine's one SQL statement per search: candidates, count, facet counts and the
 * page of hits in a single round trip, so the candidate ids never leave the database.
 *
 *   broad    — with one facet filter: the matches under the other filters (at most the cap + 1),
 *              which give that facet's counts and, when under the cap, the matches too;
 *   matched  — companies matching the text and every filter, at most MAX_COUNTED_HITS + 1
 *              (broad queries like "公司" match most of the register; beyond the cap the result
 *              says "more than 1,000", as Meilisearch does with maxTotalHits);
 *   exact    — companies whose name is exactly the query (never hidden by the cap);
 *   pool     — both, with the columns ranking and facets need (all from search_entry);
 *   page     — the requested page of the pool, joined to the register for display.
 *
 * Name fragments of 2+ characters are found through the character-bigram GIN indexes of
 * search_entry (or a scan, for common text: see TextPlan) and confirmed with strpos; pinyin and
 * Uyghur names (both scripts) through pg_trgm; codes through btree ranges. Everything searched is
 * a copy in search_entry; the register is read for the exact-name test and the page of hits.
 *
 * A query part is matched by its script (partKind):
 *   Arabic — the Uyghur name, both sides in the canonical Arabic form (lib/uyghur/normalize.ts);
 *   Latin  — pinyin, pinyin initials, the names as written, or the Uyghur name's Latin form (ULY,
 *            folded: lib/uyghur/search-forms.ts), so "qeshqer", "ürümchi" and "urumchi" find
 *            companies registered as قەشقەر… and ئۈرۈمچى…;
 *   other  — the names and the legal representative (Chinese), by character bigrams.
 */

const MAX_PARTS = 5;
const HAN = /\p{Script=Han}/u;
/** Latin letters and digits, with the apostrophes and hyphens ULY and pinyin are typed with. */
const LATIN_PART = /^(?=.*[\p{Script=Latin}0-9])[\p{Script=Latin}0-9'’ʼ‘`´-]+$/u;
const CODE_LIKE = /^(?=.*\d)[0-9A-Z]{6,18}$/;

/**
 * Bigrams found in a large share of all names (legal forms, the region). A GIN containment test
 * with them intersects posting lists of hundreds of thousands of rows; leaving them out of the
 * index test (strpos still checks the whole fragment) keeps a full-name query on the rare bigrams.
 * Used only until a process has its sample of the register (TextPlan).
 */
const COMMON_BIGRAMS = new Set([
  "有限", "限公", "公司", "限责", "责任", "任公", "股份", "份有", "分公", "合作", "作社", "专业", "业合", "农民", "民专",
  "新疆", "疆维", "维吾", "吾尔", "尔自", "自治", "治区", "乌鲁", "鲁木", "木齐", "齐市", "个人", "人独", "独资", "资企",
  "企业", "合伙", "伙企", "贸有", "技有", "科技", "商贸", "有限公司",
]);

function indexedBigrams(part: string): string[] {
  const all = characterBigrams(part);
  const rare = all.filter((bigram) => !COMMON_BIGRAMS.has(bigram));
  return rare.length > 0 ? rare : all;
}

type Sql = Prisma.Sql;
const sql = Prisma.sql;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** The query split into parts, each normalised the way the index rows are. */
export function queryParts(q: string): string[] {
  return q
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, MAX_PARTS);
}

export type CodeMatch = { kind: "uscc" | "registration-number" | "prefix"; code: string };

export function codeMatch(q: string): CodeMatch | null {
  const code = normalizeCode(q);
  if (!CODE_LIKE.test(code)) return null;
  if (code.length === 18) return { kind: "uscc", code };
  if (code.length === 15 && /^\d+$/.test(code)) return { kind: "registration-number", code };
  return { kind: "prefix", code };
}

/**
 * How each part of a text query is found, chosen from a sample of the register
 * (./register-sample.ts), one entry per part:
 * - index keys: the part is looked up by these character bigrams (name and person bigram GIN
 *   indexes) or pinyin trigrams (pg_trgm), and strpos confirms the whole part;
 * - null: plain strpos tests the planner cannot use an index for, applied to the candidates of
 *   another part or of a filter's index, or to the table read until the cap.
 * Only the rarest part is looked up, by its rarer keys: a common key's posting list (有限 is in
 * 90% of names) costs more to read than checking the part on a rare key's candidates.
 * Parts without an entry use defaultKeys (no sample yet).
 */
export type TextPlan = (string[] | null)[];

/** Relative costs measured on PostgreSQL 15, µs per row: reading the table, a GIN posting entry, a random heap row. */
const COST = { scanRow: 0.5, postingEntry: 0.1, heapRow: 1.5 };
const RARE_KEY_SHARE = 0.05;
const MAX_LOOKUP_KEYS = 8;

export type PartKind = "arabic" | "latin" | "text";

/** How a query part is matched (see the top of this file). */
export function partKind(part: string): PartKind {
  if (hasArabicScript(part)) return "arabic";
  if (LATIN_PART.test(part)) return "latin";
  return "text";
}

/** The Uyghur-name form a part is compared in: canonical Arabic, or folded Latin. */
function uyghurForm(part: string): string {
  return uyghurQueryForm(part)?.text ?? "";
}

/** What a part matches in a search_entry text, for the sample's estimates (./register-sample.ts). */
export function matchForms(part: string): string[] {
  switch (partKind(part)) {
    case "arabic":
      return [uyghurForm(part)];
    case "latin":
      return [part, normalizePinyinQuery(part), foldUyghurLatin(part)];
    case "text":
      return [part, normalizePinyinQuery(part)];
  }
}

function trigrams(text: string): string[] {
  const characters = Array.from(text);
  const keys = new Set<string>();
  for (let index = 0; index + 3 <= characters.length; index++) keys.add(characters.slice(index, index + 3).join(""));
  return [...keys];
}

/**
 * Every key a part could be looked up by: its character bigrams; or the trigrams of its folded
 * Latin form (for ASCII letters and digits the same as its pinyin's), looked up in the pinyin and
 * the Uyghur Latin trigram indexes; or the trigrams of its Arabic form, in the Uyghur one.
 */
export function candidateKeys(part: string): string[] {
  switch (partKind(part)) {
    case "arabic":
      return trigrams(uyghurForm(part));
    case "latin":
      return trigrams(foldUyghurLatin(part));
    case "text":
      return characterBigrams(part);
  }
}

/** Without a sample: the bigrams that are not known to be common; trigrams all. */
function defaultKeys(part: string): string[] {
  return partKind(part) === "text" ? indexedBigrams(part) : candidateKeys(part);
}

/** From the sample, in companies: matches of the whole part, rows holding all `keys`, and their posting entries. */
export type PartEstimate = { keys: string[]; matches: number; candidates: number; postings: number };

/**
 * Estimated cost (µs) of each way: `filterShare` is the share of companies passing the filters,
 * which a scan must also read past (or read through a filter's own index) to fill the cap.
 */
export function estimateCost({ matches, candidates, postings }: PartEstimate, total: number, filterShare = 1): { index: number; scan: number } {
  const cap = MAX_COUNTED_HITS + 1;
  const wanted = Math.max(matches * filterShare, 1);
  const share = wanted / Math.max(total, 1);
  return {
    // The bitmap of the keys' postings, then heap rows until the cap's worth of matches.
    index: postings * COST.postingEntry + Math.min(candidates, (cap * candidates) / wanted) * COST.heapRow,
    // The table until the cap, or the rows a selective filter's index gives.
    scan: Math.min(Math.min(total, cap / share) * COST.scanRow, filterShare * total * COST.heapRow),
  };
}

/** Index the rarest part by its rarest keys, or scan, whichever is estimated cheaper. */
export function choosePlan(estimates: PartEstimate[], total: number, filterShare = 1): TextPlan {
  if (estimates.length === 0) return [];
  const rarest = estimates.reduce((best, estimate, index) => (estimate.matches < estimates[best].matches ? index : best), 0);
  const cost = estimateCost(estimates[rarest], total, filterShare);
  return estimates.map((estimate, index) => (index === rarest && cost.index <= cost.scan && estimate.keys.length > 0 ? estimate.keys : null));
}

/**
 * The keys of `part` to look it up by, rarest first (`share`: the share of companies holding a
 * key): every key held by under 5% of companies (their intersection is what the heap is read
 * for), or the rarest one when all are common.
 */
export function lookupKeys(part: string, share: (key: string) => number): string[] {
  const ranked = candidateKeys(part)
    .map((key) => ({ key, share: share(key) }))
    .sort((a, b) => a.share - b.share);
  return ranked
    .filter((entry, index) => index === 0 || entry.share < RARE_KEY_SHARE)
    .slice(0, MAX_LOOKUP_KEYS)
    .map(({ key }) => key);
}

const contains = (column: Sql, text: string) => sql`strpos(${column}, ${text}) > 0`;
const like = (text: string) => `%${escapeLike(text)}%`;

/**
 * `column` contains `text`: with keys, each as its own LIKE (pg_trgm looks up just that trigram's
 * posting list) and strpos to confirm; without, strpos alone (no index).
 */
function keyedContains(column: Sql, text: string, keys: string[] | null): Sql {
  if (!keys || keys.length === 0) return contains(column, text);
  const keyTests = Prisma.join(
    keys.map((key) => sql`${column} LIKE ${like(key)}`),
    " AND ",
  );
  return sql`(${keyTests} AND ${contains(column, text)})`;
}

/** One part of a text query. */
function partCondition(part: string, keys: string[] | null): Sql {
  const kind = partKind(part);
  if (kind === "arabic") {
    const arabic = uyghurForm(part);
    // Nothing left after normalising (a lone tatweel or diacritic): the part asks for nothing.
    return arabic ? keyedContains(sql`s.name_ug`, arabic, keys) : sql`TRUE`;
  }
  if (kind === "text") {
    if (!keys || keys.length === 0) {
      return sql`(${contains(sql`s.names`, part)} OR ${contains(sql`s.person`, part)})`;
    }
    // A text containing the part holds all its bigrams, so this equals "names or person contains
    // the part". Written this way the bigram tests are only the index conditions: PostgreSQL
    // does not repeat them on each candidate (array containment cost more than the row itself).
    return sql`((s.name_bigrams @> ${keys}::text[] OR s.person_bigrams @> ${keys}::text[])
        AND (${contains(sql`s.names`, part)} OR ${contains(sql`s.person`, part)}))`;
  }
  // Latin: pinyin, initials, the names as written, or the Uyghur name in Latin script. The keys
  // are trigrams of the folded Latin form, which for ASCII letters and digits is also the pinyin.
  const pinyin = normalizePinyinQuery(part);
  const latin = foldUyghurLatin(part);
  if (!keys || keys.length === 0) {
    return sql`(${contains(sql`s.pinyin`, pinyin)} OR ${contains(sql`s.pinyin_initials`, pinyin)} OR ${contains(sql`s.names`, part)}
        OR ${contains(sql`s.name_ug_latin`, latin)})`;
  }
  const pinyinTest = pinyin === latin ? keyedContains(sql`s.pinyin`, pinyin, keys) : sql`s.pinyin LIKE ${like(pinyin)}`;
  return sql`(${pinyinTest} OR s.pinyin_initials LIKE ${like(pinyin)} OR s.names LIKE ${like(part)}
      OR ${keyedContains(sql`s.name_ug_latin`, latin, keys)})`;
}

type TextCondition = { condition: Sql; code: CodeMatch | null };

function textCondition(q: string, plan: TextPlan): TextCondition {
  const code = codeMatch(q);
  if (code) {
    if (code.kind === "uscc") return { condition: sql`s.uscc = ${code.code}`, code };
    if (code.kind === "registration-number") return { condition: sql`s.registration_number = ${code.code}`, code };
    // Codes use only 0-9 and A-Z: a prefix is the btree range [prefix, prefix + ZZZ…].
    const usccHigh = code.code.padEnd(18, "Z");
    const numberHigh = code.code.padEnd(15, "9");
    return {
      condition: sql`(s.uscc BETWEEN ${code.code} AND ${usccHigh} OR s.registration_number BETWEEN ${code.code} AND ${numberHigh})`,
      code,
    };
  }
  const parts = queryParts(q).map((part, index) => partCondition(part, plan[index] === undefined ? defaultKeys(part) : plan[index]));
  if (parts.length === 0) return { condition: sql`TRUE`, code: null };
  return { condition: Prisma.join(parts, " AND "), code: null };
}

/**
 * The test for "the whole name is the query": the Chinese name; for a query in Arabic script or
 * all in Latin script, the Uyghur name (looked up by its Latin form's btree index, the Arabic
 * form confirming an Arabic query). A Latin query equal to a Chinese name written in Latin
 * letters only is not ranked first by this; it is still found.
 */
function exactNameCondition(q: string): Sql | null {
  if (!q) return null;
  // Every word, not only the MAX_PARTS that are matched.
  const parts = q.normalize("NFKC").toLowerCase().split(/\s+/u).filter(Boolean);
  if (parts.some((part) => partKind(part) === "arabic")) {
    const forms = uyghurQueryForm(q);
    const latin = forms ? foldUyghurLatin(arabicToLatin(q)) : "";
    return forms ? sql`(s.name_ug_latin = ${latin} AND s.name_ug = ${forms.text})` : null;
  }
  if (parts.length > 0 && parts.every((part) => partKind(part) === "latin")) return sql`s.name_ug_latin = ${foldUyghurLatin(parts.join(" "))}`;
  return sql`e.name_zh = ${q.normalize("NFKC")}`;
}

/** The list flags, from the copies in search_entry (lib/search/postgres/search-facts.ts). */
function penaltiesFlag(today: string): Sql {
  return sql`(s.penalty_public_until IS NOT NULL AND s.penalty_public_until >= ${today}::date)`;
}

export const FACETS = ["prefectures", "types", "statuses", "industrySections"] as const;
export type Facet = (typeof FACETS)[number];

const FACET_COLUMNS: Record<Facet, Sql> = {
  prefectures: sql`prefecture_code`,
  types: sql`type`,
  statuses: sql`status`,
  industrySections: sql`industry_section`,
};

function facetFilter(facet: Facet, values: readonly string[]): Sql {
  return sql`s.${FACET_COLUMNS[facet]} = ANY(${values}::text[])`;
}

function filterConditions(filters: SearchFilters, today: string, { except }: { except?: Facet } = {}): Sql[] {
  const conditions: Sql[] = [];
  for (const facet of FACETS) {
    const values = filters[facet];
    if (facet !== except && values?.length) conditions.push(facetFilter(facet, values));
  }
  if (filters.establishedFromYear !== undefined) conditions.push(sql`s.established_on >= make_date(${filters.establishedFromYear}::int, 1, 1)`);
  if (filters.establishedToYear !== undefined) conditions.push(sql`s.established_on < make_date(${filters.establishedToYear}::int + 1, 1, 1)`);
  if (filters.capitalMin !== undefined) conditions.push(sql`s.capital >= ${filters.capitalMin}::numeric`);
  if (filters.capitalMax !== undefined) conditions.push(sql`s.capital <= ${filters.capitalMax}::numeric`);
  if (filters.hasPenaltiesInPublicity) conditions.push(penaltiesFlag(today));
  if (filters.isOnAbnormalList) conditions.push(sql`s.is_abnormal`);
  if (filters.isOnSeriousViolationList) conditions.push(sql`s.is_serious`);
  return conditions;
}

function allOf(conditions: Sql[]): Sql {
  return conditions.length === 0 ? sql`TRUE` : Prisma.join(conditions, " AND ");
}

/** Ranking over the pool's columns (all copies in search_entry; `name` is the lower-cased current name). */
function orderBy(query: SearchQuery, text: TextCondition): Sql {
  switch (query.sort) {
    case "established-desc":
      return sql`established_on DESC, id`;
    case "established-asc":
      return sql`established_on ASC, id`;
    case "capital-desc":
      return sql`capital DESC NULLS LAST, id`;
    case "capital-asc":
      return sql`capital ASC NULLS LAST, id`;
    case "name":
      return sql`pinyin, id`;
    case "relevance": {
      if (text.code) return sql`is_exact DESC, is_live DESC, uscc, id`;
      const first = queryParts(query.q)[0] ?? "";
      return sql`is_exact DESC, (strpos(name, ${first}) = 1) DESC, is_live DESC, (strpos(name, ${first}) > 0) DESC, length(name), id`;
    }
  }
}

/** The statement for one search, returning one row (see SearchStatementRow). */
export function searchStatement(
  query: SearchQuery,
  {
    today,
    withFacets,
    plan = [],
    facetPlans = {},
    countCap = MAX_COUNTED_HITS,
  }: {
    today: string;
    /** Matches counted at most (MAX_COUNTED_HITS; smaller in tests, to reach it on a small register). */
    countCap?: number;
    withFacets: boolean;
    plan?: TextPlan;
    /** For a facet with an active filter, the plan of its count under the other filters. */
    facetPlans?: Partial<Record<Facet, TextPlan>>;
  },
): { statement: Sql; code: CodeMatch | null } {
  const q = query.q.trim();
  const text = textCondition(q, plan);
  const filters = allOf(filterConditions(query.filters, today));
  // A code query's exact match is the code itself; a name query's, the whole name.
  const exactCondition = text.code ? (text.code.kind === "prefix" ? null : text.condition) : exactNameCondition(q);
  const poolColumns = sql`s.enterprise_id AS id, s.prefecture_code, s.type, s.status, s.industry_section, s.is_live,
    s.established_on, s.capital, s.pinyin, split_part(s.names, E'\n', 1) AS name,
    s.uscc,
    ${penaltiesFlag(today)} AS has_penalties, s.is_abnormal, s.is_serious`;
  const offset = (Math.max(1, query.page) - 1) * query.pageSize;

  const filteredFacets = FACETS.filter((facet) => withFacets && (query.filters[facet]?.length ?? 0) > 0);
  const matchedFrom = (condition: Sql, conditions: Sql) => sql`
      SELECT ${poolColumns}, false AS is_exact FROM search_entry s
       WHERE ${condition} AND ${conditions}
       LIMIT ${countCap + 1}`;
  // A filtered facet is counted under the other filters only (its scope, with its own plan).
  const scopeOf = (facet: Facet) => ({
    text: textCondition(q, facetPlans[facet] ?? plan).condition,
    filters: allOf(filterConditions(query.filters, today, { except: facet })),
  });
  // With one filtered facet, its scope ("broad") also holds every match when it is under the cap:
  // the matches are then picked from it rather than looked up a second time.
  const shared = filteredFacets.length === 1 ? filteredFacets[0] : null;
  const matchedCte = (): Sql => {
    if (!shared) return sql`matched AS MATERIALIZED (${matchedFrom(text.condition, filters)})`;
    const scope = scopeOf(shared);
    const broadIsWhole = sql`(SELECT count(*) FROM broad) <= ${countCap}`;
    return sql`broad AS MATERIALIZED (${matchedFrom(scope.text, scope.filters)}),
    matched AS MATERIALIZED (
      SELECT * FROM broad s WHERE ${facetFilter(shared, query.filters[shared] ?? [])} AND ${broadIsWhole}
      UNION ALL
      (${matchedFrom(text.condition, sql`${filters} AND NOT ${broadIsWhole}`)})
    )`;
  };

  const otherFacetCounts = filteredFacets.map((facet) => {
    if (facet === shared) {
      return sql`, (SELECT json_object_agg(coalesce(key, ''), n) FROM (
          SELECT ${FACET_COLUMNS[facet]} AS key, count(*) AS n FROM broad GROUP BY key) counted) AS "${Prisma.raw(facet)}"`;
    }
    const scope = scopeOf(facet);
    return sql`, (SELECT json_object_agg(coalesce(key, ''), n) FROM (
        SELECT key, count(*) AS n FROM (
          SELECT s.${FACET_COLUMNS[facet]} AS key FROM search_entry s
           WHERE ${scope.text} AND ${scope.filters}
           LIMIT ${countCap + 1}) scoped
         GROUP BY key) counted) AS "${Prisma.raw(facet)}"`;
  });

  const facetColumns = withFacets
    ? sql`,
      (SELECT json_agg(json_build_array(g, prefecture_code, type, status, industry_section, n)) FROM (
        SELECT GROUPING(prefecture_code, type, status, industry_section) AS g, prefecture_code, type, status, industry_section, count(*) AS n
          FROM pool GROUP BY GROUPING SETS ((prefecture_code), (type), (status), (industry_section))) grouped) AS "facetRows",
      (SELECT json_build_array(count(*) FILTER (WHERE has_penalties), count(*) FILTER (WHERE is_abnormal), count(*) FILTER (WHERE is_serious))
         FROM pool) AS "flagCounts"
      ${otherFacetCounts.length > 0 ? Prisma.join(otherFacetCounts, " ") : sql``}`
    : sql``;

  const statement = sql`
    WITH ${matchedCte()},
    exact AS MATERIALIZED (
      SELECT ${poolColumns}, true AS is_exact FROM search_entry s JOIN enterprise e ON e.id = s.enterprise_id
       WHERE ${exactCondition ?? sql`FALSE`} AND ${filters} LIMIT 20
    ),
    pool AS MATERIALIZED (
      SELECT * FROM exact
      UNION ALL
      SELECT * FROM matched WHERE id NOT IN (SELECT id FROM exact)
    ),
    page AS (
      SELECT ordered.*, row_number() OVER () AS position FROM (
        SELECT id, has_penalties, is_abnormal, is_serious
          FROM pool ORDER BY ${orderBy(query, text)} LIMIT ${query.pageSize} OFFSET ${offset}) ordered
    )
    SELECT
      (SELECT count(*) FROM matched)::int AS "matchedCount",
      (SELECT count(*) FROM pool)::int AS "poolCount",
      (SELECT json_agg(json_build_object(
          'uscc', e.uscc, 'registrationNumber', e.registration_number, 'nameZh', e.name_zh, 'nameUg', e.name_ug,
          'type', e.type, 'status', e.status, 'regionCode', e.region_code, 'industryCode', e.industry_code,
          'legalRepName', e.legal_rep_name, 'establishedOn', to_char(e.established_on, 'YYYY-MM-DD'), 'capital', e.capital::text,
          'formerNames', ARRAY(SELECT c.before FROM change_record c WHERE c.enterprise_id = e.id AND c.item = 'name' ORDER BY c.changed_on DESC),
          'hasPenalties', p.has_penalties, 'isAbnormal', p.is_abnormal, 'isSerious', p.is_serious) ORDER BY p.position)
         FROM page p JOIN enterprise e ON e.id = p.id) AS hits
      ${facetColumns}`;
  return { statement, code: text.code };
}

/** The row the statement returns (json columns arrive parsed). */
export type SearchStatementRow = {
  matchedCount: number;
  poolCount: number;
  hits: HitRow[] | null;
  /** [GROUPING bits, prefecture, type, status, section, count] per facet value. */
  facetRows?: [number, string | null, string | null, string | null, string | null, number][] | null;
  flagCounts?: [number, number, number];
} & Partial<Record<Facet, Record<string, number> | null>>;

export type HitRow = {
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  type: string;
  status: string;
  regionCode: string;
  industryCode: string;
  legalRepName: string;
  establishedOn: string;
  capital: string | null;
  formerNames: string[];
  hasPenalties: boolean;
  isAbnormal: boolean;
  isSerious: boolean;
};
