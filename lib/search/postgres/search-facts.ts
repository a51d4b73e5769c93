import { STATUSES } from "@/lib/dictionaries/statuses";

/**
 * The filter and facet columns of search_entry (prefecture, type, status, list flags, the last
 * day a penalty is public…) are copies of the register, refreshed by this one statement wherever
 * a company's records are written, in the same transaction. A search then reads a single table.
 *
 * A penalty is public through min(publicity end, day before annulment, day before repair)
 * (lib/rules/publicity.ts); `penalty_public_until` keeps the latest such day of a company's
 * penalties, so "penalties in publicity" is `penalty_public_until >= today`.
 */
const LIVE_STATUSES = STATUSES.filter((status) => status.isLive).map((status) => status.code);

/**
 * The two list flags of the enterprise whose id is the column `idColumn`: on the
 * abnormal-operations list / on the serious-violation list while an entry is not removed. Also
 * used by the yearly cycle (lib/annual-cycle), which refreshes them for the enterprises it touched.
 */
export function listFlagsSql(idColumn: string): { isAbnormal: string; isSerious: string } {
  return {
    isAbnormal: `EXISTS (SELECT 1 FROM abnormal_listing a WHERE a.enterprise_id = ${idColumn} AND a.removed_on IS NULL)`,
    isSerious: `EXISTS (SELECT 1 FROM serious_violation v WHERE v.enterprise_id = ${idColumn} AND v.removed_on IS NULL)`,
  };
}

const FLAGS = listFlagsSql("e.id");

const REFRESH = `
UPDATE search_entry s SET
  uscc = e.uscc,
  registration_number = e.registration_number,
  prefecture_code = left(e.region_code, 4) || '00',
  type = e.type,
  status = e.status,
  is_live = e.status = ANY($3::text[]),
  industry_section = left(e.industry_code, 1),
  established_on = e.established_on,
  capital = e.capital,
  penalty_public_until = (SELECT max(least(p.publicity_ends_on, p.annulled_on - 1, p.repaired_on - 1)) FROM penalty p WHERE p.enterprise_id = e.id),
  is_abnormal = ${FLAGS.isAbnormal},
  is_serious = ${FLAGS.isSerious}
FROM enterprise e
WHERE e.id = s.enterprise_id AND s.enterprise_id BETWEEN $1 AND $2`;

const FACT_COLUMNS = [
  "uscc",
  "registration_number",
  "prefecture_code",
  "type",
  "status",
  "is_live",
  "industry_section",
  "established_on",
  "capital",
  "penalty_public_until",
  "is_abnormal",
  "is_serious",
] as const;

/**
 * The same facts for scattered ids, writing only the rows whose facts changed: every update of a
 * search_entry row rewrites its entries in five GIN indexes, so skipping unchanged rows is most
 * of the saving when a batch of records (lib/ingestion) touches a thousand companies.
 */
const REFRESH_OF = `
UPDATE search_entry s SET (${FACT_COLUMNS.join(", ")}) = ROW(${FACT_COLUMNS.map((column) => `f.${column}`).join(", ")})
FROM (
  SELECT e.id,
    e.uscc::char(18) AS uscc,
    e.registration_number,
    (left(e.region_code, 4) || '00')::char(6) AS prefecture_code,
    e.type,
    e.status,
    e.status = ANY($2::text[]) AS is_live,
    left(e.industry_code, 1)::char(1) AS industry_section,
    e.established_on,
    e.capital,
    (SELECT max(least(p.publicity_ends_on, p.annulled_on - 1, p.repaired_on - 1)) FROM penalty p WHERE p.enterprise_id = e.id) AS penalty_public_until,
    ${FLAGS.isAbnormal} AS is_abnormal,
    ${FLAGS.isSerious} AS is_serious
  FROM enterprise e WHERE e.id = ANY($1::int[])
) f
WHERE s.enterprise_id = f.id
  AND ROW(${FACT_COLUMNS.map((column) => `s.${column}`).join(", ")}) IS DISTINCT FROM ROW(${FACT_COLUMNS.map((column) => `f.${column}`).join(", ")})`;

type Queryable = { query: (sql: string, parameters: unknown[]) => Promise<unknown> };

/** Refreshes the search facts of the companies with ids in [fromId, toId]. */
export async function refreshSearchFacts(client: Queryable, { fromId, toId }: { fromId: number; toId: number }): Promise<void> {
  await client.query(REFRESH, [fromId, toId, LIVE_STATUSES]);
}

/** Refreshes the search facts of the companies with these ids (scattered ids, e.g. an ingested batch). */
export async function refreshSearchFactsOf(client: Queryable, enterpriseIds: readonly number[]): Promise<void> {
  if (enterpriseIds.length === 0) return;
  await client.query(REFRESH_OF, [[...enterpriseIds], LIVE_STATUSES]);
}
