import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES } from "@/lib/dictionaries/statuses";
import { registerToday } from "@/lib/rules/publicity";
import type { SearchDocument } from "./contract";
import { namePinyin } from "./pinyin";

/**
 * Search documents for engines that keep their own copy (Meilisearch): public values only —
 * the same fields the public projection shows (no ID numbers, no withheld annual-report values),
 * plus pinyin and the list flags (from search_entry's copies, lib/search/postgres/search-facts.ts).
 * Read in bulk, in id order, for reindexing and the outbox.
 */
const LIVE = new Set(STATUSES.filter((status) => status.isLive).map((status) => status.code));

type DocumentRow = {
  id: number;
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  formerNames: string[];
  legalRepName: string;
  type: string;
  status: string;
  regionCode: string;
  industryCode: string;
  establishedOn: Date;
  capital: Prisma.Decimal | null;
  hasPenalties: boolean;
  isAbnormal: boolean;
  isSerious: boolean;
};

function toDocument(row: DocumentRow): SearchDocument {
  const { pinyin, initials } = namePinyin(row.nameZh);
  const establishedOn = row.establishedOn.toISOString().slice(0, 10);
  return {
    uscc: row.uscc.trim(),
    registrationNumber: row.registrationNumber,
    nameZh: row.nameZh,
    nameUg: row.nameUg,
    formerNames: row.formerNames,
    legalRepName: row.legalRepName,
    type: row.type,
    status: row.status,
    isLive: LIVE.has(row.status),
    regionCode: row.regionCode,
    prefectureCode: `${row.regionCode.slice(0, 4)}00`,
    industryCode: row.industryCode,
    industrySection: row.industryCode.slice(0, 1),
    establishedOn,
    establishedYear: Number(establishedOn.slice(0, 4)),
    capital: row.capital === null ? null : Number(row.capital.toString()),
    hasPenaltiesInPublicity: row.hasPenalties,
    isOnAbnormalList: row.isAbnormal,
    isOnSeriousViolationList: row.isSerious,
    pinyin,
    pinyinInitials: initials,
  };
}

async function readDocuments(condition: Prisma.Sql, limit: number, today: string): Promise<DocumentRow[]> {
  return db.$queryRaw<DocumentRow[]>`
    SELECT e.id, e.uscc, e.registration_number AS "registrationNumber", e.name_zh AS "nameZh", e.name_ug AS "nameUg",
           ARRAY(SELECT c.before FROM change_record c WHERE c.enterprise_id = e.id AND c.item = 'name' ORDER BY c.changed_on DESC) AS "formerNames",
           e.legal_rep_name AS "legalRepName", e.type, e.status, e.region_code AS "regionCode", e.industry_code AS "industryCode",
           e.established_on AS "establishedOn", e.capital,
           COALESCE(s.penalty_public_until >= ${today}::date, false) AS "hasPenalties",
           COALESCE(s.is_abnormal, false) AS "isAbnormal", COALESCE(s.is_serious, false) AS "isSerious"
      FROM enterprise e LEFT JOIN search_entry s ON s.enterprise_id = e.id WHERE ${condition} ORDER BY e.id LIMIT ${limit}`;
}

export async function countSearchDocuments(): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM enterprise`;
  return Number(n);
}

/** Every company's document, in batches (keyset pagination by id: resumable, constant memory). */
export async function* iterateSearchDocuments({ batchSize, today = registerToday() }: { batchSize: number; today?: string }): AsyncIterable<SearchDocument[]> {
  let after = 0;
  for (;;) {
    const rows = await readDocuments(Prisma.sql`e.id > ${after}`, batchSize, today);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    yield rows.map(toDocument);
  }
}

/** Documents for the given enterprise ids; null for an id that no longer exists (delete it). */
export async function loadSearchDocuments(enterpriseIds: number[], today = registerToday()): Promise<Map<number, SearchDocument | null>> {
  const rows = await readDocuments(Prisma.sql`e.id = ANY(${enterpriseIds}::int[])`, Math.max(enterpriseIds.length, 1), today);
  const documents = new Map<number, SearchDocument | null>(enterpriseIds.map((id) => [id, null]));
  for (const row of rows) documents.set(row.id, toDocument(row));
  return documents;
}
