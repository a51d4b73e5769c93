import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPenaltyInPublicity } from "@/lib/rules/publicity";
import type { AuthorityRef, CompanyRef, Penalty } from "./company-profile";

/**
 * What the Atom feeds (lib/feeds) list: the newest public penalties and abnormal-list entries,
 * for the whole register, one prefecture or one company. Penalties follow the public
 * projection's rule (lib/rules/publicity.ts isPenaltyInPublicity): only those still in publicity,
 * not annulled, not repaired — filtered in SQL (the last public day, as search-facts.ts computes
 * it) and checked again on each row. Newest first by publication (listing) date; read through
 * the (published_on, id) and (listed_on, id) indexes, so a feed costs the same on any register.
 */

export type FeedScope = { prefectureCode?: string; enterpriseId?: number };

/** A penalty as the company page shows it (without its decision document), with its company. */
export type FeedPenalty = Omit<Penalty, "documentText"> & {
  id: number;
  company: CompanyRef;
  source: string;
  /** The last time the public changes feed recorded a change of this penalty (ISO), if any. */
  changedAt: string | null;
};

export type FeedListing = {
  id: number;
  company: CompanyRef;
  reason: string;
  listedOn: string;
  listedBy: AuthorityRef;
  removalReason: string | null;
  removedOn: string | null;
  removedBy: AuthorityRef | null;
  changedAt: string | null;
};

type AuthorityColumns = { id: string; zh: string; ug: string; en: string };

function authority(columns: AuthorityColumns): AuthorityRef {
  return { id: columns.id, names: { zh: columns.zh, ug: columns.ug, en: columns.en } };
}

function scopeCondition(scope: FeedScope, alias: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // enterprise.region_code is county-level; its prefecture is the first four digits + "00".
  // As a range of codes, so the planner can estimate it from the column's statistics.
  if (scope.prefectureCode !== undefined) {
    const stem = scope.prefectureCode.slice(0, 4);
    conditions.push(Prisma.sql`e.region_code BETWEEN ${`${stem}00`} AND ${`${stem}99`}`);
  }
  if (scope.enterpriseId !== undefined) conditions.push(Prisma.sql`${alias}.enterprise_id = ${scope.enterpriseId}`);
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

type PenaltyRow = {
  id: number;
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  status: string;
  source: string;
  decisionNumber: string;
  violationType: string;
  kinds: string[];
  content: string;
  fineYuan: string | null;
  authority: AuthorityColumns;
  decidedOn: string;
  publishedOn: string;
  publicityEndsOn: string;
  repairedOn: string | null;
  annulledOn: string | null;
  changedAt: Date | null;
};

export async function findFeedPenalties({ scope, today, limit }: { scope: FeedScope; today: string; limit: number }): Promise<FeedPenalty[]> {
  const rows = await sqlRows<PenaltyRow>(Prisma.sql`
    SELECT p.id, e.uscc, e.name_zh AS "nameZh", e.name_ug AS "nameUg", e.status, p.source,
           p.decision_number AS "decisionNumber", p.violation_type AS "violationType", p.kinds, p.content,
           p.fine_yuan::text AS "fineYuan",
           json_build_object('id', a.id, 'zh', a.name_zh, 'ug', a.name_ug, 'en', a.name_en) AS authority,
           to_char(p.decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(p.published_on, 'YYYY-MM-DD') AS "publishedOn",
           to_char(p.publicity_ends_on, 'YYYY-MM-DD') AS "publicityEndsOn",
           to_char(p.repaired_on, 'YYYY-MM-DD') AS "repairedOn", to_char(p.annulled_on, 'YYYY-MM-DD') AS "annulledOn",
           (SELECT max(c.at) FROM public_change c
             WHERE c.enterprise_id = p.enterprise_id AND c.kind = 'penalty' AND c.record_id = p.id::text) AS "changedAt"
      FROM penalty p
      JOIN enterprise e ON e.id = p.enterprise_id
      JOIN authority a ON a.id = p.authority_id
     WHERE least(p.publicity_ends_on, p.annulled_on - 1, p.repaired_on - 1) >= ${today}::date
       AND ${scopeCondition(scope, Prisma.sql`p`)}
     ORDER BY p.published_on DESC, p.id DESC
     LIMIT ${limit}`);
  return rows
    .filter((row) => isPenaltyInPublicity(row, today))
    .map((row) => ({
      id: row.id,
      company: { uscc: row.uscc, nameZh: row.nameZh, nameUg: row.nameUg, status: row.status },
      source: row.source,
      decisionNumber: row.decisionNumber,
      violationType: row.violationType,
      kinds: row.kinds,
      content: row.content,
      fineYuan: row.fineYuan,
      authority: authority(row.authority),
      decidedOn: row.decidedOn,
      publishedOn: row.publishedOn,
      publicityEndsOn: row.publicityEndsOn,
      changedAt: row.changedAt === null ? null : new Date(row.changedAt).toISOString(),
    }));
}

type ListingRow = {
  id: number;
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  status: string;
  reason: string;
  listedOn: string;
  listedBy: AuthorityColumns;
  removalReason: string | null;
  removedOn: string | null;
  removedBy: AuthorityColumns | null;
  changedAt: Date | null;
};

/** Abnormal-operations listings, newest listed first; a removal is part of its listing's entry. */
export async function findFeedAbnormalListings({ scope, limit }: { scope: FeedScope; limit: number }): Promise<FeedListing[]> {
  const rows = await sqlRows<ListingRow>(Prisma.sql`
    SELECT l.id, e.uscc, e.name_zh AS "nameZh", e.name_ug AS "nameUg", e.status, l.reason,
           to_char(l.listed_on, 'YYYY-MM-DD') AS "listedOn",
           json_build_object('id', lb.id, 'zh', lb.name_zh, 'ug', lb.name_ug, 'en', lb.name_en) AS "listedBy",
           l.removal_reason AS "removalReason", to_char(l.removed_on, 'YYYY-MM-DD') AS "removedOn",
           CASE WHEN rb.id IS NULL THEN NULL
                ELSE json_build_object('id', rb.id, 'zh', rb.name_zh, 'ug', rb.name_ug, 'en', rb.name_en) END AS "removedBy",
           (SELECT max(c.at) FROM public_change c
             WHERE c.enterprise_id = l.enterprise_id AND c.kind = 'abnormal-listing' AND c.record_id = l.id::text) AS "changedAt"
      FROM abnormal_listing l
      JOIN enterprise e ON e.id = l.enterprise_id
      JOIN authority lb ON lb.id = l.listed_by_id
      LEFT JOIN authority rb ON rb.id = l.removed_by_id
     WHERE ${scopeCondition(scope, Prisma.sql`l`)}
     ORDER BY l.listed_on DESC, l.id DESC
     LIMIT ${limit}`);
  return rows.map((row) => ({
    id: row.id,
    company: { uscc: row.uscc, nameZh: row.nameZh, nameUg: row.nameUg, status: row.status },
    reason: row.reason,
    listedOn: row.listedOn,
    listedBy: authority(row.listedBy),
    removalReason: row.removalReason,
    removedOn: row.removedOn,
    removedBy: row.removedBy === null ? null : authority(row.removedBy),
    changedAt: row.changedAt === null ? null : new Date(row.changedAt).toISOString(),
  }));
}

/** The enterprise id and names behind a code, for a company's own feed; null when not on the register. */
export async function findFeedCompany(uscc: string): Promise<(CompanyRef & { id: number }) | null> {
  const rows = await sqlRows<CompanyRef & { id: number }>(Prisma.sql`
    SELECT id, uscc, name_zh AS "nameZh", name_ug AS "nameUg", status FROM enterprise WHERE uscc = ${uscc}`);
  return rows[0] ?? null;
}
