import { db, sqlRows } from "@/lib/db";
import { checkUscc } from "@/lib/codes/credit-code";
import { registerToday } from "@/lib/rules/publicity";
import { MAX_COUNTED_HITS, type FacetCounts, type SearchDocument, type SearchFilters, type SearchHit, type SearchIndex, type SearchQuery, type SearchResult, type Suggestion } from "../contract";
import { highlightSegments, highlightUyghurName } from "../highlight";
import { uyghurFormsContain, uyghurSearchForms } from "@/lib/uyghur/search-forms";
import { buildSearchEntry } from "./search-entry";
import { estimateFilterShare, estimatePart, registerSample } from "./register-sample";
import { FACETS, choosePlan, codeMatch, queryParts, type Facet, searchStatement, type CodeMatch, type HitRow, type SearchStatementRow, type TextPlan } from "./search-statement";

/**
 * The default search engine: the register's own PostgreSQL (or PGlite), one SQL statement per
 * search (./search-statement.ts). Always consistent with the data: search_entry is written in the
 * same transaction as the names.
 */

function toHit(row: HitRow, parts: string[], code: CodeMatch | null, hasQuery: boolean): SearchHit {
  const uscc = row.uscc.trim();
  const contains = (text: string | null) => text !== null && parts.length > 0 && parts.every((part) => text.normalize("NFKC").toLowerCase().includes(part));
  const formerName = parts.length > 0 && !contains(row.nameZh) ? row.formerNames.find((name) => contains(name)) ?? null : null;
  // The Uyghur name is compared in the script of each part (lib/uyghur/search-forms.ts).
  const uyghurForms = row.nameUg === null ? null : uyghurSearchForms(row.nameUg);
  const isUyghurMatch = uyghurForms !== null && parts.length > 0 && parts.every((part) => uyghurFormsContain(uyghurForms, part));
  const matchedBy: SearchHit["matchedBy"] = !hasQuery
    ? "filters"
    : code
      ? code.kind === "registration-number" || row.registrationNumber?.startsWith(code.code)
        ? "registration-number"
        : "code"
      : contains(row.nameZh)
        ? "name"
        : isUyghurMatch
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
    establishedOn: row.establishedOn,
    capital: row.capital,
    alerts: { hasPenaltiesInPublicity: row.hasPenalties, isOnAbnormalList: row.isAbnormal, isOnSeriousViolationList: row.isSerious },
    matchedBy,
    highlights: {
      nameZh: highlightSegments(row.nameZh, parts),
      nameUg: row.nameUg === null ? null : highlightUyghurName(row.nameUg, parts),
      legalRepName: highlightSegments(row.legalRepName, parts),
      formerName: formerName === null ? null : highlightSegments(formerName, parts),
    },
  };
}

/**
 * How the text is found: "sampled" (the default) picks per query from a sample of the register
 * (./register-sample.ts); "indexes" and "scan" force one way, so tests can prove both give the
 * same companies.
 */
export type PlanChoice = "sampled" | "indexes" | "scan";

/**
 * The plan of the search, and for each facet with an active filter the plan of its count under
 * the other filters (other companies pass them, so the cheaper way may differ). The text is
 * estimated once; only the filters' share changes.
 */
async function textPlans(query: SearchQuery, choice: PlanChoice, today: string, withFacets: boolean): Promise<{ plan: TextPlan; facetPlans: Partial<Record<Facet, TextPlan>> }> {
  const parts = queryParts(query.q);
  if (choice === "indexes" || parts.length === 0 || codeMatch(query.q)) return { plan: [], facetPlans: {} };
  if (choice === "scan") return { plan: parts.map(() => null), facetPlans: {} };
  const sample = await registerSample();
  if (!sample) return { plan: [], facetPlans: {} };
  const estimates = parts.map((part) => estimatePart(sample, part));
  const planFor = (filters: SearchFilters) => choosePlan(estimates, sample.total, estimateFilterShare(sample, filters, today));
  const facetPlans: Partial<Record<Facet, TextPlan>> = {};
  for (const facet of FACETS) {
    if (withFacets && query.filters[facet]?.length) facetPlans[facet] = planFor({ ...query.filters, [facet]: undefined });
  }
  return { plan: planFor(query.filters), facetPlans };
}

async function runSearch(
  query: SearchQuery,
  { withFacets, today, plan, countCap }: { withFacets: boolean; today: string; plan: PlanChoice; countCap: number },
): Promise<SearchResult> {
  const q = query.q.trim();
  const { statement, code } = searchStatement(query, { today, withFacets, countCap, ...(await textPlans(query, plan, today, withFacets)) });
  const [row] = await sqlRows<SearchStatementRow>(statement);
  const isTotalCapped = row.matchedCount > countCap;
  const check = code?.kind === "uscc" ? checkUscc(code.code) : null;
  const parts = code ? [] : queryParts(q);
  return {
    total: isTotalCapped ? countCap : row.poolCount,
    isTotalCapped,
    page: query.page,
    pageSize: query.pageSize,
    hits: (row.hits ?? []).map((hit) => toHit(hit, parts, code, q.length > 0)),
    facets: withFacets ? facetCounts(row, query.filters) : emptyFacets(),
    codeHint: check && !check.ok && check.reason === "check-character" ? { kind: "check-character", code: check.code, expected: check.expected } : null,
    engine: "postgres",
    isDegraded: false,
  };
}

/**
 * Counts per facet value among the candidates. A facet with an active filter is counted under
 * the other filters only (its own column of the statement), so its other values still show how
 * many companies they would give.
 */
function facetCounts(row: SearchStatementRow, filters: SearchFilters): FacetCounts {
  const counts = emptyFacets();
  for (const [grouping, ...rest] of row.facetRows ?? []) {
    const values = rest.slice(0, 4) as (string | null)[];
    const count = Number(rest[4]);
    // GROUPING(a, b, c, d) sets the bit of every column the row is not grouped by (a is the highest).
    const position = FACETS.findIndex((_, index) => (grouping & (1 << (3 - index))) === 0);
    const value = values[position];
    if (position >= 0 && value !== null) counts[FACETS[position]][value] = count;
  }
  for (const facet of FACETS) {
    if ((filters[facet]?.length ?? 0) > 0) counts[facet] = Object.fromEntries(Object.entries(row[facet] ?? {}).filter(([key]) => key !== ""));
  }
  const [penalties, abnormal, serious] = row.flagCounts ?? [0, 0, 0];
  return { ...counts, hasPenaltiesInPublicity: Number(penalties), isOnAbnormalList: Number(abnormal), isOnSeriousViolationList: Number(serious) };
}

export function emptyFacets(): FacetCounts {
  return { prefectures: {}, types: {}, statuses: {}, industrySections: {}, hasPenaltiesInPublicity: 0, isOnAbnormalList: 0, isOnSeriousViolationList: 0 };
}

export function createPostgresIndex({
  today = registerToday,
  plan = "sampled",
  countCap = MAX_COUNTED_HITS,
}: {
  today?: () => string;
  plan?: PlanChoice;
  /** Matches counted at most; tests lower it to reach the cap on a small register. */
  countCap?: number;
} = {}): SearchIndex {
  return {
    engine: "postgres",
    // The indexes are part of the schema (prisma/migrations): nothing to set up.
    async ensureSettings() {},
    async upsert(documents: SearchDocument[]) {
      for (const document of documents) {
        const entry = buildSearchEntry(document);
        await db.$executeRaw`
          INSERT INTO search_entry (enterprise_id, names, person, name_bigrams, person_bigrams, pinyin, pinyin_initials, name_ug, name_ug_latin)
          SELECT id, ${entry.names}, ${entry.person}, ${entry.nameBigrams}::text[], ${entry.personBigrams}::text[], ${entry.pinyin}, ${entry.pinyinInitials},
                 ${entry.nameUg}, ${entry.nameUgLatin}
            FROM enterprise WHERE uscc = ${document.uscc}
          ON CONFLICT (enterprise_id) DO UPDATE SET names = EXCLUDED.names, person = EXCLUDED.person, name_bigrams = EXCLUDED.name_bigrams,
            person_bigrams = EXCLUDED.person_bigrams, pinyin = EXCLUDED.pinyin, pinyin_initials = EXCLUDED.pinyin_initials,
            name_ug = EXCLUDED.name_ug, name_ug_latin = EXCLUDED.name_ug_latin`;
      }
    },
    async remove(usccs: string[]) {
      await db.$executeRaw`DELETE FROM search_entry WHERE enterprise_id IN (SELECT id FROM enterprise WHERE uscc = ANY(${usccs}::text[]))`;
    },
    search(query: SearchQuery) {
      return runSearch(query, { withFacets: true, today: today(), plan, countCap });
    },
    async suggest(q: string, limit: number): Promise<Suggestion[]> {
      if (!q.trim()) return [];
      const result = await runSearch(
        { q, filters: {}, sort: "relevance", page: 1, pageSize: Math.min(Math.max(limit, 1), 10) },
        { withFacets: false, today: today(), plan, countCap },
      );
      return result.hits.map((hit) => ({ uscc: hit.uscc, nameZh: hit.nameZh, nameUg: hit.nameUg, status: hit.status, highlights: hit.highlights.nameZh }));
    },
  };
}
