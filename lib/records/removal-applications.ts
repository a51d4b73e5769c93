import type { ClientBase } from "pg";
import { inTransaction, withConnection, type Database } from "@/lib/annual-cycle/connection";
import { writeStep } from "@/lib/annual-cycle/run-annual-cycle";
import { removeStep } from "@/lib/annual-cycle/statements";
import { seriousDueOn } from "@/lib/annual-cycle/timeline";
import { getPool } from "@/lib/db";
import { registerToday } from "@/lib/rules/publicity";
import type { AuthorityRef } from "./company-profile";

/**
 * Applications for removal from the abnormal-operations list (移出经营异常名录申请).
 *
 * A filer applies for one open listing of their enterprise once its ground is cured: for a
 * "no annual report" listing, when that year's report is filed (late filing is how it is cured).
 * A regulator of the enterprise's area approves — the listing is removed with reason
 * "annual-report-filed", on that day, by the regulator's authority, published at once — or rejects
 * with a note the filer sees. Where configured the yearly cycle approves cured applications itself
 * (lib/annual-cycle). Every write runs in one transaction with its audit-log row; a removal also
 * writes the search outbox and refreshes the search facts (the same statement as the cycle's).
 *
 * Functions run on the app's pool unless given a `database` (scripts, tests on their own database).
 */

export type ListingEligibility = "eligible" | "pending" | "report-not-filed" | "other-reason";

export type RemovalRefusal = "listing-not-found" | "listing-removed" | "other-reason" | "report-not-filed" | "already-pending";

export type RemovalDecisionRefusal = "application-not-found" | "already-decided" | "listing-removed" | "report-not-filed";

export type OpenListing = {
  id: number;
  reason: string;
  reportYear: number | null;
  listedOn: string;
  listedBy: AuthorityRef;
  /** For a no-annual-report listing: whether that year's report is filed now. */
  isReportFiled: boolean;
  eligibility: ListingEligibility;
  /** The warning notice of the move to the serious-violation list, when one was published. */
  seriousWarning: { noticeOn: string; dueOn: string } | null;
  /** The day it would move to the serious-violation list (3 years after listing). */
  seriousDueOn: string;
};

export type RemovalApplicationView = {
  id: number;
  listingId: number;
  reason: string;
  reportYear: number | null;
  listedOn: string;
  appliedAt: string;
  state: "pending" | "approved" | "rejected";
  decidedAt: string | null;
  /** The regulator's reason for a rejection (shown to the filer only). */
  rejectionNote: string | null;
};

export type RemovalOverview = { listings: OpenListing[]; applications: RemovalApplicationView[] };

export type FiledYear = { year: number; state: string; submittedOn: string };

export type PendingRemoval = {
  id: number;
  appliedAt: string;
  enterprise: { uscc: string; nameZh: string; nameUg: string | null };
  listing: { id: number; reason: string; reportYear: number | null; listedOn: string; listedBy: AuthorityRef };
  /** The enterprise's filed annual reports, oldest first. */
  yearsFiled: FiledYear[];
  /** Report years of its other open no-annual-report listings (still missing). */
  yearsStillListed: number[];
  /** The ground is cured: the listing's year is filed and the listing still open. */
  isCured: boolean;
};

type AuthorityColumns = { authority_id: string; authority_zh: string; authority_ug: string; authority_en: string };

function authorityRef(row: AuthorityColumns): AuthorityRef {
  return { id: row.authority_id, names: { zh: row.authority_zh, ug: row.authority_ug, en: row.authority_en } };
}

function eligibilityOf(row: { reason: string; is_report_filed: boolean; is_pending: boolean }): ListingEligibility {
  if (row.is_pending) return "pending";
  if (row.reason !== "no-annual-report") return "other-reason";
  return row.is_report_filed ? "eligible" : "report-not-filed";
}

const LISTING_FACTS = `
  l.id, l.reason, l.report_year, l.listed_on::text AS listed_on, l.removed_on::text AS removed_on,
  EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = l.enterprise_id AND r.year = l.report_year) AS is_report_filed,
  EXISTS (SELECT 1 FROM removal_application p WHERE p.listing_id = l.id AND p.state = 'pending') AS is_pending`;

type ListingFactsRow = {
  id: number;
  reason: string;
  report_year: number | null;
  listed_on: string;
  removed_on: string | null;
  is_report_filed: boolean;
  is_pending: boolean;
};

/** The filer's view: the enterprise's open listings (and which can be applied for), and its applications. */
export async function getRemovalOverview({ enterpriseId, database = getPool() }: { enterpriseId: number; database?: Database }): Promise<RemovalOverview> {
  return withConnection(database, async (client) => {
    const listings = await client.query<ListingFactsRow & AuthorityColumns & { notice_on: string | null; due_on: string | null }>(
      `SELECT ${LISTING_FACTS}, t.id AS authority_id, t.name_zh AS authority_zh, t.name_ug AS authority_ug, t.name_en AS authority_en,
         w.notice_on::text AS notice_on, w.due_on::text AS due_on
       FROM abnormal_listing l
       JOIN authority t ON t.id = l.listed_by_id
       LEFT JOIN serious_list_warning w ON w.listing_id = l.id
       WHERE l.enterprise_id = $1 AND l.removed_on IS NULL
       ORDER BY l.listed_on, l.id`,
      [enterpriseId],
    );
    const applications = await client.query<{
      id: number;
      listing_id: number;
      reason: string;
      report_year: number | null;
      listed_on: string;
      applied_at: Date;
      state: RemovalApplicationView["state"];
      decided_at: Date | null;
      rejection_note: string | null;
    }>(
      `SELECT a.id, a.listing_id, l.reason, l.report_year, l.listed_on::text AS listed_on, a.applied_at, a.state, a.decided_at, a.rejection_note
       FROM removal_application a JOIN abnormal_listing l ON l.id = a.listing_id
       WHERE a.enterprise_id = $1
       ORDER BY a.applied_at DESC, a.id DESC`,
      [enterpriseId],
    );
    return {
      listings: listings.rows.map((row) => ({
        id: row.id,
        reason: row.reason,
        reportYear: row.report_year,
        listedOn: row.listed_on,
        listedBy: authorityRef(row),
        isReportFiled: row.is_report_filed,
        eligibility: eligibilityOf(row),
        seriousWarning: row.notice_on !== null && row.due_on !== null ? { noticeOn: row.notice_on, dueOn: row.due_on } : null,
        seriousDueOn: seriousDueOn(row.listed_on),
      })),
      applications: applications.rows.map((row) => ({
        id: row.id,
        listingId: row.listing_id,
        reason: row.reason,
        reportYear: row.report_year,
        listedOn: row.listed_on,
        appliedAt: row.applied_at.toISOString(),
        state: row.state,
        decidedAt: row.decided_at === null ? null : row.decided_at.toISOString(),
        rejectionNote: row.rejection_note,
      })),
    };
  });
}

/**
 * A filer applies for the removal of one open listing of their enterprise. Refused, with the
 * reason, unless the listing is theirs and open, is a no-annual-report listing whose year's report
 * is now filed, and has no application pending.
 */
export async function applyForRemoval({
  enterpriseId,
  listingId,
  actor,
  now = new Date(),
  database = getPool(),
}: {
  enterpriseId: number;
  listingId: number;
  /** filer:<uscc> */
  actor: string;
  now?: Date;
  database?: Database;
}): Promise<{ ok: true; applicationId: number } | { ok: false; reason: RemovalRefusal }> {
  return withConnection(database, (client) =>
    inTransaction(client, async () => {
      const { rows } = await client.query<ListingFactsRow>(
        `SELECT ${LISTING_FACTS} FROM abnormal_listing l WHERE l.id = $1 AND l.enterprise_id = $2 FOR UPDATE OF l`,
        [listingId, enterpriseId],
      );
      const listing = rows[0];
      if (!listing) return { ok: false, reason: "listing-not-found" } as const;
      if (listing.removed_on !== null) return { ok: false, reason: "listing-removed" } as const;
      const eligibility = eligibilityOf(listing);
      if (eligibility === "pending") return { ok: false, reason: "already-pending" } as const;
      if (eligibility !== "eligible") return { ok: false, reason: eligibility } as const;
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO removal_application (listing_id, enterprise_id, applied_at, state) VALUES ($1, $2, $3, 'pending') RETURNING id`,
        [listingId, enterpriseId, now],
      );
      const applicationId = inserted.rows[0].id;
      await audit(client, {
        at: now,
        actor,
        action: "removal.apply",
        entityId: applicationId,
        enterpriseId,
        detail: { listingId, reportYear: listing.report_year },
      });
      return { ok: true, applicationId } as const;
    }),
  );
}

/**
 * The county, prefecture or whole region a regulator's authority covers, as a prefix of the
 * enterprises' county codes: 650000 (the region) → "65", 650100 (a prefecture) → "6501",
 * 650102 (a county) → "650102".
 */
export function regionPrefix(regionCode: string): string {
  if (regionCode.endsWith("0000")) return regionCode.slice(0, 2);
  if (regionCode.endsWith("00")) return regionCode.slice(0, 4);
  return regionCode;
}

/** Enterprises a regulator decides for: those registered in their authority's area. $1 is the authority id. */
const IN_REGULATOR_AREA = `e.region_code LIKE (SELECT CASE
    WHEN ra.region_code LIKE '%0000' THEN left(ra.region_code, 2)
    WHEN ra.region_code LIKE '%00' THEN left(ra.region_code, 4)
    ELSE ra.region_code END FROM authority ra WHERE ra.id = $1) || '%'`;

const PENDING_COLUMNS = `
  a.id, a.applied_at, e.id AS enterprise_id, e.uscc, e.name_zh, e.name_ug,
  l.id AS listing_id, l.reason, l.report_year, l.listed_on::text AS listed_on,
  t.id AS authority_id, t.name_zh AS authority_zh, t.name_ug AS authority_ug, t.name_en AS authority_en,
  l.removed_on IS NULL AND EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = l.report_year) AS is_cured,
  coalesce((SELECT json_agg(json_build_object('year', r.year, 'state', r.state, 'submittedOn', r.submitted_on::text) ORDER BY r.year)
            FROM annual_report r WHERE r.enterprise_id = e.id), '[]'::json) AS years_filed,
  coalesce((SELECT array_agg(o.report_year ORDER BY o.report_year) FROM abnormal_listing o
            WHERE o.enterprise_id = e.id AND o.removed_on IS NULL AND o.report_year IS NOT NULL AND o.id <> l.id), '{}') AS years_still_listed`;

const PENDING_FROM = `
  FROM removal_application a
  JOIN abnormal_listing l ON l.id = a.listing_id
  JOIN enterprise e ON e.id = a.enterprise_id
  JOIN authority t ON t.id = l.listed_by_id`;

type PendingRow = AuthorityColumns & {
  id: number;
  applied_at: Date;
  enterprise_id: number;
  uscc: string;
  name_zh: string;
  name_ug: string | null;
  listing_id: number;
  reason: string;
  report_year: number | null;
  listed_on: string;
  is_cured: boolean;
  years_filed: FiledYear[];
  years_still_listed: number[];
};

function pendingRemoval(row: PendingRow): PendingRemoval {
  return {
    id: row.id,
    appliedAt: row.applied_at.toISOString(),
    enterprise: { uscc: row.uscc, nameZh: row.name_zh, nameUg: row.name_ug },
    listing: { id: row.listing_id, reason: row.reason, reportYear: row.report_year, listedOn: row.listed_on, listedBy: authorityRef(row) },
    yearsFiled: row.years_filed,
    yearsStillListed: row.years_still_listed,
    isCured: row.is_cured,
  };
}

/** Pending applications of enterprises in the regulator's area, oldest first. */
export async function listPendingRemovalApplications({
  authorityId,
  limit = 50,
  offset = 0,
  database = getPool(),
}: {
  authorityId: string;
  limit?: number;
  offset?: number;
  database?: Database;
}): Promise<{ total: number; applications: PendingRemoval[] }> {
  return withConnection(database, async (client) => {
    const total = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count ${PENDING_FROM} WHERE a.state = 'pending' AND ${IN_REGULATOR_AREA}`,
      [authorityId],
    );
    const { rows } = await client.query<PendingRow>(
      `SELECT ${PENDING_COLUMNS} ${PENDING_FROM} WHERE a.state = 'pending' AND ${IN_REGULATOR_AREA}
       ORDER BY a.applied_at, a.id LIMIT $2 OFFSET $3`,
      [authorityId, limit, offset],
    );
    return { total: total.rows[0].count, applications: rows.map(pendingRemoval) };
  });
}

/** One pending application of an enterprise in the regulator's area, or null. */
export async function getPendingRemovalApplication({
  applicationId,
  authorityId,
  database = getPool(),
}: {
  applicationId: number;
  authorityId: string;
  database?: Database;
}): Promise<PendingRemoval | null> {
  return withConnection(database, async (client) => {
    const { rows } = await client.query<PendingRow>(
      `SELECT ${PENDING_COLUMNS} ${PENDING_FROM} WHERE a.state = 'pending' AND a.id = $2 AND ${IN_REGULATOR_AREA}`,
      [authorityId, applicationId],
    );
    return rows[0] ? pendingRemoval(rows[0]) : null;
  });
}

export type RemovalDecision = { decision: "approve" } | { decision: "reject"; note: string };

/**
 * A regulator decides a pending application of an enterprise in their area. Approval removes the
 * listing (reason annual-report-filed, today, by the regulator's authority) with the audit log,
 * search outbox and search facts; it is refused if the listing was removed meanwhile or the
 * report is not filed. Rejection keeps the listing and records the note for the filer.
 */
export async function decideRemovalApplication({
  applicationId,
  decision,
  regulator,
  now = new Date(),
  database = getPool(),
}: {
  applicationId: number;
  decision: RemovalDecision;
  regulator: { actor: string; authorityId: string };
  now?: Date;
  database?: Database;
}): Promise<{ ok: true; uscc: string } | { ok: false; reason: RemovalDecisionRefusal }> {
  return withConnection(database, (client) =>
    inTransaction(client, async () => {
      const { rows } = await client.query<{ id: number; state: string; enterprise_id: number; uscc: string; removed_on: string | null; is_report_filed: boolean }>(
        `SELECT a.id, a.state, e.id AS enterprise_id, e.uscc, l.removed_on::text AS removed_on,
           EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = l.report_year) AS is_report_filed
         FROM removal_application a
         JOIN abnormal_listing l ON l.id = a.listing_id
         JOIN enterprise e ON e.id = a.enterprise_id
         WHERE a.id = $2 AND ${IN_REGULATOR_AREA}
         FOR UPDATE OF a, l`,
        [regulator.authorityId, applicationId],
      );
      const application = rows[0];
      if (!application) return { ok: false, reason: "application-not-found" } as const;
      if (application.state !== "pending") return { ok: false, reason: "already-decided" } as const;

      if (decision.decision === "reject") {
        await client.query(
          `UPDATE removal_application SET state = 'rejected', decided_at = $2, decided_by = $3, rejection_note = $4 WHERE id = $1`,
          [applicationId, now, regulator.actor, decision.note],
        );
        await audit(client, {
          at: now,
          actor: regulator.actor,
          action: "removal.reject",
          entityId: applicationId,
          enterpriseId: application.enterprise_id,
          detail: { note: decision.note },
        });
        return { ok: true, uscc: application.uscc } as const;
      }

      if (application.removed_on !== null) return { ok: false, reason: "listing-removed" } as const;
      if (!application.is_report_filed) return { ok: false, reason: "report-not-filed" } as const;
      const step = removeStep({ applicationId, decidedBy: regulator.actor, removedById: regulator.authorityId });
      await writeStep(client, step, { asOf: registerToday(now), actor: regulator.actor, now });
      return { ok: true, uscc: application.uscc } as const;
    }),
  );
}

async function audit(
  client: ClientBase,
  entry: { at: Date; actor: string; action: string; entityId: number; enterpriseId: number; detail: Record<string, unknown> },
): Promise<void> {
  await client.query(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail) VALUES ($1, $2, $3, 'removal_application', $4, $5, $6)`,
    [entry.at, entry.actor, entry.action, String(entry.entityId), entry.enterpriseId, JSON.stringify(entry.detail)],
  );
}
