import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkUscc, normalizeCode } from "@/lib/codes/credit-code";
import { registerToday } from "@/lib/rules/publicity";
import { MAX_COUNTED_HITS, type FacetCounts, type SearchDocument, type SearchFilters, type SearchHit, type SearchIndex, type SearchQuery, type SearchResult, type Suggestion } from "../contract";
import { highlightSegments } from "../highlight";
import { normalizePinyinQuery } from "../pinyin";
import { buildSearchEntry, characterBigrams } from "./search-entry";

/**
 * The default search engine: the register's own PostgreSQL (or PGlite). Name fragments of 2+
 * characters are found through the character-bigram GIN indexes of search_entry, confirmed with
 * LIKE; pinyin and Uyghur names through pg_trgm; codes through the primary keys' btree ranges.
 * Always consistent with the data: search_entry is written in the same transaction as the names.
 */

const MAX_PARTS = 5;
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
const CODE_LIKE = /^(?=.*\d)[0-9A-Z]{6,18}$/;

/**
 * Bigrams found in a large share of all names (legal forms, the region). A GIN containment test
 * with them intersects posting lists of hundreds of thousands of rows; leaving them out of the
 * index test (LIKE still checks the whole fragment) keeps a full-name query on the rare bigrams.
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

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** The query split into parts, each normalised the way the index rows are. */
function queryParts(q: string): string[] {
  return q
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, MAX_PARTS);
}

type CodeMatch = { kind: "uscc" | "registration-number" | "prefix"; code: string };

function codeMatch(q: string): CodeMatch | null {
  const code = normalizeCode(q);
  if (!CODE_LIKE.test(code)) return null;
  if (code.length === 18) return { kind: "uscc", code };
  if (code.length === 15 && /^\d+$/.test(code)) return { kind: "registration-number", code };
  return { kind: "prefix", code };
}

function partCondition(part: string): Sql {
  const like = `%${escapeLike(part)}%`;
  if (ARABIC.test(part)) return Prisma.sql`(e.name_ug ILIKE ${like})`;
  if (HAN.test(part) || !/^[a-z0-9]+$/.test(part)) {
    const bigrams = indexedBigrams(part);
    if (bigrams.length === 0) return Prisma.sql`(s.names LIKE ${like} OR s.person LIKE ${like})`;
    return Prisma.sql`((s.name_bigrams @> ${bigrams}::text[] AND s.names LIKE ${like})
      OR (s.person_bigrams @> ${bigrams}::text[] AND s.person LIKE ${like}))`;
  }
  const pinyin = `%${escapeLike(normalizePinyinQuery(part))}%`;
  return Prisma.sql`(s.pinyin LIKE ${pinyin} OR s.pinyin_initials LIKE ${pinyin} OR s.names LIKE ${like})`;
}

function textCondition(q: string): { condition: Sql; code: CodeMatch | null } {
  const code = codeMatch(q);
  if (code) {
    if (code.kind === "uscc") return { condition: Prisma.sql`e.uscc = ${code.code}`, code };
    if (code.kind === "registration-number") return { condition: Prisma.sql`e.registration_number = ${code.code}`, code };
    // Codes use only 0-9 and A-Z: a prefix is the btree range [prefix, prefix + ZZZ…].
    const usccHigh = code.code.padEnd(18, "Z");
    const numberHigh = code.code.padEnd(15, "9");
    return {
      condition: Prisma.sql`(e.uscc BETWEEN ${code.code} AND ${usccHigh} OR e.registration_number BETWEEN ${code.code} AND ${numberHigh})`,
      code,
    };
  }
  const parts = queryParts(q);
  if (parts.length === 0) return { condition: Prisma.sql`TRUE`, code: null };
  return { condition: Prisma.join(parts.map(partCondition), " AND "), code: null };
}

/** The list flags, from the copies in search_entry (lib/search/postgres/search-facts.ts). */
function flagExpressions(today: string) {
  return {
    penalties: Prisma.sql`(s.penalty_public_until IS NOT NULL AND s.penalty_public_until >= ${today}::date)`,
    abnormal: Prisma.sql`s.is_abnormal`,
    serious: Prisma.sql`s.is_serious`,
  };
}

type Facet = "prefectures" | "types" | "statuses" | "industrySections";

const PREFECTURE = Prisma.sql`s.prefecture_code`;
const SECTION = Prisma.sql`s.industry_section`;

function filterConditions(filters: SearchFilters, today: string, { except }: { except?: Facet } = {}): Sql[] {
  const flags = flagExpressions(today);
  const conditions: Sql[] = [];
  if (except !== "prefectures" && filters.prefectures?.length) conditions.push(Prisma.sql`${PREFECTURE} = ANY(${filters.prefectures}::text[])`);
  if (except !== "types" && filters.types?.length) conditions.push(Prisma.sql`s.type = ANY(${filters.types}::text[])`);
  if (except !== "statuses" && filters.statuses?.length) conditions.push(Prisma.sql`s.status = ANY(${filters.statuses}::text[])`);
  if (except !== "industrySections" && filters.industrySections?.length) conditions.push(Prisma.sql`${SECTION} = ANY(${filters.industrySections}::text[])`);
  if (filters.establishedFromYear !== undefined) conditions.push(Prisma.sql`s.established_on >= make_date(${filters.establishedFromYear}::int, 1, 1)`);
  if (filters.establishedToYear !== undefined) conditions.push(Prisma.sql`s.established_on < make_date(${filters.establishedToYear}::int + 1, 1, 1)`);
  if (filters.capitalMin !== undefined) conditions.push(Prisma.sql`s.capital >= ${filters.capitalMin}::numeric`);
  if (filters.capitalMax !== undefined) conditions.push(Prisma.sql`s.capital <= ${filters.capitalMax}::numeric`);
  if (filters.hasPenaltiesInPublicity) conditions.push(flags.penalties);
  if (filters.isOnAbnormalList) conditions.push(flags.abnormal);
  if (filters.isOnSeriousViolationList) conditions.push(flags.serious);
  return conditions;
}

function where(conditions: Sql[]): Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

function orderBy(query: SearchQuery, code: CodeMatch | null): Sql {
  const live = Prisma.sql`s.is_live DESC`;
  switch (query.sort) {
    case "established-desc":
      return Prisma.sql`e.established_on DESC, e.id`;
    case "established-asc":
      return Prisma.sql`e.established_on ASC, e.id`;
    case "capital-desc":
      return Prisma.sql`e.capital DESC NULLS LAST, e.id`;
    case "capital-asc":
      return Prisma.sql`e.capital ASC NULLS LAST, e.id`;
    case "name":
      return Prisma.sql`s.pinyin, e.id`;
    case "relevance": {
      if (code) return Prisma.sql`(e.uscc = ${code.code} OR e.registration_number = ${code.code}) IS TRUE DESC, ${live}, e.uscc`;
      const q = query.q.normalize("NFKC").trim();
      const first = queryParts(q)[0] ?? "";
      // IS TRUE: a comparison with a NULL column (no Uyghur name) is NULL, which DESC sorts first.
      return Prisma.sql`(e.name_zh = ${q} OR e.name_ug = ${q}) IS TRUE DESC,
        (strpos(lower(e.name_zh), ${first}) = 1) DESC,
        ${live},
        (strpos(lower(e.name_zh), ${first}) > 0) DESC,
        length(e.name_zh), e.id`;
    }
  }
}

type HitRow = {
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  type: string;
  status: string;
  regionCode: string;
  industryCode: string;
  legalRepName: string;
  establishedOn: Date;
  capital: Prisma.Decimal | null;
  pinyin: string;
  formerNames: string[];
  hasPenalties: boolean;
  isAbnormal: boolean;
  isSerious: boolean;
};

function toHit(row: HitRow, parts: string[], code: CodeMatch | null, hasQuery: boolean): SearchHit {
  const uscc = row.uscc.trim();
  const contains = (text: string | null) => text !== null && parts.length > 0 && parts.every((part) => text.normalize("NFKC").toLowerCase().includes(part));
  const formerName = parts.length > 0 && !contains(row.nameZh) ? row.formerNames.find((name) => contains(name)) ?? null : null;
  const matchedBy: SearchHit["matchedBy"] = !hasQuery
    ? "filters"
    : code
      ? code.kind === "registration-number" || row.registrationNumber?.startsWith(code.code)
        ? "registration-number"
        : "code"
      : contains(row.nameZh)
        ? "name"
        : contains(row.nameUg)
          ? "uyghur-name"
          : formerName
            ? "former-name"
            : parts.some((part) => row.legalRepName.normalize("NFKC").toLowerCase().includes(part))
              ? "legal-representative"
              : "pinyin";
  return {
    uscc,
    registrationNumber: row.registrationNumber,
    nameZh: row.nameZh,
    nameUg: row.nameUg,
    type: row.type,
    status: row.status,
    regionCode: row.regionCode,
    prefectureCode: `${row.regionCode.slice(0, 4)}00`,
    industryCode: row.industryCode,
    legalRepName: row.legalRepName,
    establishedOn: row.establishedOn.toISOString().slice(0, 10),
    capital: row.capital === null ? null : row.capital.toString(),
    alerts: { hasPenaltiesInPublicity: row.hasPenalties, isOnAbnormalList: row.isAbnormal, isOnSeriousViolationList: row.isSerious },
    matchedBy,
    highlights: {
      nameZh: highlightSegments(row.nameZh, parts),
      nameUg: row.nameUg === null ? null : highlightSegments(row.nameUg, parts),
      legalRepName: highlightSegments(row.legalRepName, parts),
      formerName: formerName === null ? null : highlightSegments(formerName, parts),
    },
  };
}

const FROM = Prisma.sql`enterprise e JOIN search_entry s ON s.enterprise_id = e.id`;

/**
 * Matching companies' ids, at most MAX_COUNTED_HITS + 1: broad queries ("公司") match most of
 * the register, and counting, ranking and faceting all of it would take seconds. Beyond the cap
 * the result says "more than 10,000", as Meilisearch does with maxTotalHits.
 */
async function candidateIds(condition: Sql): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT e.id FROM ${FROM} WHERE ${condition} LIMIT ${MAX_COUNTED_HITS + 1}`;
  return rows.map((row) => row.id);
}

const FACET_KEYS: Record<Facet, Sql> = {
  prefectures: PREFECTURE,
  types: Prisma.sql`s.type`,
  statuses: Prisma.sql`s.status`,
  industrySections: SECTION,
};

/**
 * Counts per facet value among the candidates. A facet with an active filter is counted under
 * the other filters only, so its other values still show how many companies they would give.
 */
async function countFacets({ ids, text, filters, today }: { ids: number[]; text: Sql; filters: SearchFilters; today: string }): Promise<FacetCounts> {
  const flags = flagExpressions(today);
  const grouped = async (facet: Facet) => {
    const isFiltered = (filters[facet]?.length ?? 0) > 0;
    const scope = isFiltered ? await candidateIds(Prisma.sql`${text} AND ${where(filterConditions(filters, today, { except: facet }))}`) : ids;
    const rows = await db.$queryRaw<{ key: string; n: bigint }[]>`
      SELECT ${FACET_KEYS[facet]} AS key, count(*) AS n FROM search_entry s WHERE s.enterprise_id = ANY(${scope}::int[]) GROUP BY 1`;
    return Object.fromEntries(rows.map((row) => [row.key, Number(row.n)]));
  };
  const [prefectures, types, statuses, industrySections, flagCounts] = await Promise.all([
    grouped("prefectures"),
    grouped("types"),
    grouped("statuses"),
    grouped("industrySections"),
    db.$queryRaw<{ penalties: bigint; abnormal: bigint; serious: bigint }[]>`
      SELECT count(*) FILTER (WHERE ${flags.penalties}) AS penalties, count(*) FILTER (WHERE ${flags.abnormal}) AS abnormal,
             count(*) FILTER (WHERE ${flags.serious}) AS serious
        FROM search_entry s WHERE s.enterprise_id = ANY(${ids}::int[])`,
  ]);
  return {
    prefectures,
    types,
    statuses,
    industrySections,
    hasPenaltiesInPublicity: Number(flagCounts[0].penalties),
    isOnAbnormalList: Number(flagCounts[0].abnormal),
    isOnSeriousViolationList: Number(flagCounts[0].serious),
  };
}

async function runSearch(query: SearchQuery, { withFacets, today }: { withFacets: boolean; today: string }): Promise<SearchResult> {
  const q = query.q.trim();
  const { condition: text, code } = textCondition(q);
  const filtered = Prisma.sql`${text} AND ${where(filterConditions(query.filters, today))}`;
  let ids = await candidateIds(filtered);
  const isTotalCapped = ids.length > MAX_COUNTED_HITS;
  if (isTotalCapped) {
    ids = ids.slice(0, MAX_COUNTED_HITS);
    // The cap must never hide the company whose exact name or code was typed.
    if (q) {
      const exact = await db.$queryRaw<{ id: number }[]>`
        SELECT e.id FROM ${FROM} WHERE ${filtered} AND (e.name_zh = ${q} OR e.name_ug = ${q}) IS TRUE LIMIT 20`;
      ids = [...new Set([...exact.map((row) => row.id), ...ids])];
    }
  }
  const flags = flagExpressions(today);
  const offset = (Math.max(1, query.page) - 1) * query.pageSize;
  const [rows, facets] = await Promise.all([
    db.$queryRaw<HitRow[]>`
      SELECT e.uscc, e.registration_number AS "registrationNumber", e.name_zh AS "nameZh", e.name_ug AS "nameUg", e.type, e.status,
             e.region_code AS "regionCode", e.industry_code AS "industryCode", e.legal_rep_name AS "legalRepName",
             e.established_on AS "establishedOn", e.capital, s.pinyin,
             ARRAY(SELECT c.before FROM change_record c WHERE c.enterprise_id = e.id AND c.item = 'name' ORDER BY c.changed_on DESC) AS "formerNames",
             ${flags.penalties} AS "hasPenalties", ${flags.abnormal} AS "isAbnormal", ${flags.serious} AS "isSerious"
        FROM ${FROM}
       WHERE e.id = ANY(${ids}::int[])
       ORDER BY ${orderBy(query, code)}
       LIMIT ${query.pageSize} OFFSET ${offset}`,
    withFacets ? countFacets({ ids, text, filters: query.filters, today }) : Promise.resolve(null),
  ]);
  const check = code?.kind === "uscc" ? checkUscc(code.code) : null;
  const parts = code ? [] : queryParts(q);
  return {
    total: isTotalCapped ? MAX_COUNTED_HITS : ids.length,
    isTotalCapped,
    page: query.page,
    pageSize: query.pageSize,
    hits: rows.map((row) => toHit(row, parts, code, q.length > 0)),
    facets: facets ?? emptyFacets(),
    codeHint: check && !check.ok && check.reason === "check-character" ? { kind: "check-character", code: check.code, expected: check.expected } : null,
    engine: "postgres",
    isDegraded: false,
  };
}

export function emptyFacets(): FacetCounts {
  return { prefectures: {}, types: {}, statuses: {}, industrySections: {}, hasPenaltiesInPublicity: 0, isOnAbnormalList: 0, isOnSeriousViolationList: 0 };
}

export function createPostgresIndex({ today = registerToday }: { today?: () => string } = {}): SearchIndex {
  return {
    engine: "postgres",
    // The indexes are part of the schema (prisma/migrations): nothing to set up.
    async ensureSettings() {},
    async upsert(documents: SearchDocument[]) {
      for (const document of documents) {
        const entry = buildSearchEntry(document);
        await db.$executeRaw`
          INSERT INTO search_entry (enterprise_id, names, person, name_bigrams, person_bigrams, pinyin, pinyin_initials)
          SELECT id, ${entry.names}, ${entry.person}, ${entry.nameBigrams}::text[], ${entry.personBigrams}::text[], ${entry.pinyin}, ${entry.pinyinInitials}
            FROM enterprise WHERE uscc = ${document.uscc}
          ON CONFLICT (enterprise_id) DO UPDATE SET names = EXCLUDED.names, person = EXCLUDED.person, name_bigrams = EXCLUDED.name_bigrams,
            person_bigrams = EXCLUDED.person_bigrams, pinyin = EXCLUDED.pinyin, pinyin_initials = EXCLUDED.pinyin_initials`;
      }
    },
    async remove(usccs: string[]) {
      await db.$executeRaw`DELETE FROM search_entry WHERE enterprise_id IN (SELECT id FROM enterprise WHERE uscc = ANY(${usccs}::text[]))`;
    },
    search(query: SearchQuery) {
      return runSearch(query, { withFacets: true, today: today() });
    },
    async suggest(q: string, limit: number): Promise<Suggestion[]> {
      if (!q.trim()) return [];
      const result = await runSearch(
        { q, filters: {}, sort: "relevance", page: 1, pageSize: Math.min(Math.max(limit, 1), 10) },
        { withFacets: false, today: today() },
      );
      return result.hits.map((hit) => ({ uscc: hit.uscc, nameZh: hit.nameZh, nameUg: hit.nameUg, status: hit.status, highlights: hit.highlights.nameZh }));
    },
  };
}
