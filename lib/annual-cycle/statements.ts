import { ENTERPRISE_TYPES } from "@/lib/dictionaries/enterprise-types";
import { STATUSES } from "@/lib/dictionaries/statuses";
import { ANNUAL_REPORTING } from "@/lib/rules/annual-reporting";
import { listFlagsSql } from "@/lib/search/postgres/search-facts";

/**
 * The yearly cycle as set-based SQL: each step is one statement that finds what is due and writes
 * it with its audit-log rows (data-modifying CTEs), then one statement for the search outbox, one
 * for the search facts of the enterprises it touched and, last before the commit, one for the
 * public changes feed (lib/changes/public-changes.ts). No step makes a round trip per row, so the
 * cost is a few scans and joins whatever the size of the register.
 *
 * Parameters shared by the steps: $1 the as-of date ("YYYY-MM-DD"), $2 the actor for the audit
 * log, $3 the timestamp of the run (audit `at`, decisions' `decided_at`).
 * Every step re-checks what it writes (NOT EXISTS, unique keys), so running twice changes nothing.
 */

/** Statuses whose entities still exist on the register (lib/dictionaries/statuses.ts isLive). */
export const LIVE_STATUSES: string[] = STATUSES.filter((status) => status.isLive).map((status) => status.code);

/** Kinds that file an annual report (annualReportForm not null: every kind but branches). */
export const FILING_TYPES: string[] = ENTERPRISE_TYPES.filter((type) => type.annualReportForm !== null).map((type) => type.code);

/** Kinds never moved to the serious-violation list (个体工商户: they are only marked abnormal). */
export const NEVER_MOVED_TYPES: string[] = ["individual-business"];

const SERIOUS_INTERVAL = `interval '${ANNUAL_REPORTING.seriousAfterYears} years'`;
const WARNING_DAYS = ANNUAL_REPORTING.seriousWarningDays;

/** The enterprises a step touched: filled by its statement, read by the outbox and facts statements. */
export const AFFECTED_TABLE_SQL = `CREATE TEMP TABLE annual_cycle_affected (enterprise_id int PRIMARY KEY) ON COMMIT DROP`;

/**
 * What a step made public, one row per changed record (the feed's kind and action, the record's
 * id in its table), filled by its statement next to annual_cycle_affected.
 */
export const CHANGES_TABLE_SQL = `CREATE TEMP TABLE annual_cycle_changes (enterprise_id int NOT NULL, kind text NOT NULL, action text NOT NULL, record_id bigint NOT NULL) ON COMMIT DROP`;

/**
 * The step's changes into the public changes feed, in the order of the records' ids (as numbers:
 * `c.` is the bigint column, not the text output column). Runs last in
 * the step's transaction, right after the feed's lock (LOCK_PUBLIC_CHANGES_SQL), which is held
 * from there to the commit: the feed's ids follow the commit order. $1 the timestamp of the run.
 */
export const CHANGES_SQL = `
INSERT INTO public_change (at, enterprise_id, kind, action, record_id)
SELECT $1::timestamptz, c.enterprise_id, c.kind, c.action, c.record_id::text FROM annual_cycle_changes c ORDER BY c.record_id`;

/** One search-outbox row per touched enterprise (op "upsert"): the search engine reloads it. */
export const OUTBOX_SQL = `INSERT INTO search_outbox (enterprise_id, op) SELECT enterprise_id, 'upsert' FROM annual_cycle_affected`;

/**
 * The list flags of search_entry, computed as lib/search/postgres/search-facts.ts computes them,
 * for the touched enterprises only, and written only where they changed.
 */
const FLAGS = listFlagsSql("t.enterprise_id");
export const REFRESH_FACTS_SQL = `
UPDATE search_entry s SET is_abnormal = f.is_abnormal, is_serious = f.is_serious
FROM (SELECT t.enterprise_id AS id, ${FLAGS.isAbnormal} AS is_abnormal, ${FLAGS.isSerious} AS is_serious FROM annual_cycle_affected t) f
WHERE s.enterprise_id = f.id AND (s.is_abnormal <> f.is_abnormal OR s.is_serious <> f.is_serious)`;

/** The serious-list rule's condition on the enterprise: live, a kind that is moved, not moved before. */
const MOVABLE_ENTERPRISE = `
    e.status = ANY($4::text[]) AND NOT (e.type = ANY($5::text[]))
    AND NOT EXISTS (
      SELECT 1 FROM serious_violation v
      WHERE v.enterprise_id = l.enterprise_id AND (v.removed_on IS NULL OR v.reason = 'abnormal-three-years'))`;

export type StepStatement = {
  /** What is due on the as-of date (a SELECT), counted by a dry run. */
  due: string;
  /** Writes what is due with its audit rows, fills annual_cycle_affected and annual_cycle_changes, returns `count`. */
  apply: string;
  /** Parameters after the shared $1–$3, and their SQL types. */
  parameters: unknown[];
  parameterTypes: string[];
  /** Whether what it writes changes the search facts (outbox row, search_entry refresh). */
  isSearchable: boolean;
};

/**
 * a. No annual report: every live enterprise of a filing kind with neither a report nor a listing
 * for a year from its first report year (the year it was established, at the earliest 2013) up to
 * the latest year whose deadline has passed is listed for that year (missed years are caught up:
 * a year the cycle did not list at the time is listed on the as-of date). $4 live statuses,
 * $5 filing kinds, $6 first year, $7 last year.
 */
export function listStep({ fromYear, toYear }: { fromYear: number; toYear: number }): StepStatement {
  const due = `
  SELECT e.id AS enterprise_id, y.year AS report_year, e.authority_id
  FROM enterprise e
  CROSS JOIN LATERAL generate_series(greatest($6::int, extract(year FROM e.established_on)::int), $7::int) AS y(year)
  WHERE e.status = ANY($4::text[]) AND e.type = ANY($5::text[])
    AND e.established_on < make_date($7::int + 1, 1, 1)
    AND NOT EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = y.year)
    AND NOT EXISTS (SELECT 1 FROM abnormal_listing l WHERE l.enterprise_id = e.id AND l.report_year = y.year)`;
  const apply = `
WITH due AS (${due}),
listed AS (
  INSERT INTO abnormal_listing (enterprise_id, reason, report_year, listed_on, listed_by_id)
  SELECT enterprise_id, 'no-annual-report', report_year, $1::date, authority_id FROM due
  ON CONFLICT (enterprise_id, report_year) DO NOTHING
  RETURNING id, enterprise_id, report_year, listed_by_id
),
audit AS (
  INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail)
  SELECT $3, $2, 'abnormal.list', 'abnormal_listing', id::text, enterprise_id,
    jsonb_build_object('reason', 'no-annual-report', 'reportYear', report_year, 'listedOn', $1::text, 'listedBy', listed_by_id)
  FROM listed
),
affected AS (INSERT INTO annual_cycle_affected (enterprise_id) SELECT DISTINCT enterprise_id FROM listed),
changes AS (INSERT INTO annual_cycle_changes (enterprise_id, kind, action, record_id) SELECT enterprise_id, 'abnormal-listing', 'created', id FROM listed)
SELECT count(*)::int AS count FROM listed`;
  return { due, apply, parameters: [LIVE_STATUSES, FILING_TYPES, fromYear, toYear], parameterTypes: ["text[]", "text[]", "int", "int"], isSearchable: true };
}

/**
 * b1. Warning notice: an open listing that reaches 3 years within the next 60 days, of an
 * enterprise the move would apply to, gets its warning (once per listing). A listing already due
 * gets none: it moves. $4 live statuses, $5 kinds never moved.
 */
export function warnStep(): StepStatement {
  const due = `
  SELECT l.id AS listing_id, l.enterprise_id, (l.listed_on + ${SERIOUS_INTERVAL})::date AS due_on
  FROM abnormal_listing l JOIN enterprise e ON e.id = l.enterprise_id
  WHERE l.removed_on IS NULL
    AND l.listed_on BETWEEN $1::date - ${SERIOUS_INTERVAL} - interval '2 days' AND $1::date + ${WARNING_DAYS} - ${SERIOUS_INTERVAL} + interval '2 days'
    AND (l.listed_on + ${SERIOUS_INTERVAL})::date > $1::date
    AND (l.listed_on + ${SERIOUS_INTERVAL})::date - ${WARNING_DAYS} <= $1::date
    AND NOT EXISTS (SELECT 1 FROM serious_list_warning w WHERE w.listing_id = l.id)
    AND ${MOVABLE_ENTERPRISE}`;
  const apply = `
WITH due AS (${due}),
warned AS (
  INSERT INTO serious_list_warning (listing_id, enterprise_id, notice_on, due_on)
  SELECT listing_id, enterprise_id, $1::date, due_on FROM due
  ON CONFLICT (listing_id) DO NOTHING
  RETURNING listing_id, enterprise_id, due_on
),
audit AS (
  INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail)
  SELECT $3, $2, 'serious.warn', 'serious_list_warning', listing_id::text, enterprise_id,
    jsonb_build_object('abnormalListingId', listing_id, 'noticeOn', $1::text, 'dueOn', due_on::text)
  FROM warned
),
affected AS (INSERT INTO annual_cycle_affected (enterprise_id) SELECT DISTINCT enterprise_id FROM warned),
changes AS (INSERT INTO annual_cycle_changes (enterprise_id, kind, action, record_id) SELECT enterprise_id, 'serious-list-warning', 'created', listing_id FROM warned)
SELECT count(*)::int AS count FROM warned`;
  return { due, apply, parameters: [LIVE_STATUSES, NEVER_MOVED_TYPES], parameterTypes: ["text[]", "text[]"], isSearchable: false };
}

/**
 * b2. The move: an enterprise with an open listing 3 years old or more goes on the
 * serious-violation list (reason abnormal-three-years, by the authority that listed it), once:
 * its oldest such listing is the one recorded. $4 live statuses, $5 kinds never moved.
 */
export function moveStep(): StepStatement {
  const due = `
  SELECT DISTINCT ON (l.enterprise_id) l.enterprise_id, l.id AS listing_id, l.listed_on, l.listed_by_id
  FROM abnormal_listing l JOIN enterprise e ON e.id = l.enterprise_id
  WHERE l.removed_on IS NULL
    AND l.listed_on <= $1::date - ${SERIOUS_INTERVAL} + interval '2 days'
    AND (l.listed_on + ${SERIOUS_INTERVAL})::date <= $1::date
    AND ${MOVABLE_ENTERPRISE}
  ORDER BY l.enterprise_id, l.listed_on, l.id`;
  const apply = `
WITH due AS (${due}),
moved AS (
  INSERT INTO serious_violation (enterprise_id, reason, listed_on, listed_by_id)
  SELECT enterprise_id, 'abnormal-three-years', $1::date, listed_by_id FROM due
  RETURNING id, enterprise_id, listed_by_id
),
audit AS (
  INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail)
  SELECT $3, $2, 'serious.list', 'serious_violation', m.id::text, m.enterprise_id,
    jsonb_build_object('reason', 'abnormal-three-years', 'listedOn', $1::text, 'listedBy', m.listed_by_id,
      'abnormalListingId', d.listing_id, 'abnormalListedOn', d.listed_on::text)
  FROM moved m JOIN due d ON d.enterprise_id = m.enterprise_id
),
affected AS (INSERT INTO annual_cycle_affected (enterprise_id) SELECT enterprise_id FROM moved),
changes AS (INSERT INTO annual_cycle_changes (enterprise_id, kind, action, record_id) SELECT enterprise_id, 'serious-violation', 'created', id FROM moved)
SELECT count(*)::int AS count FROM moved`;
  return { due, apply, parameters: [LIVE_STATUSES, NEVER_MOVED_TYPES], parameterTypes: ["text[]", "text[]"], isSearchable: true };
}

/**
 * c. Removal on application: a pending application whose listing is still open and whose ground
 * is cured (a no-annual-report listing whose year's report is now filed) is approved and the
 * listing removed (reason annual-report-filed, on the as-of date). Used by the cycle for all
 * pending applications (automatic removal, where configured) and by the regulator's approval for
 * one. $4 one application id or null for all, $5 who decided ("system:auto-removal",
 * "regulator:<username>"), $6 the removing authority or null for the enterprise's registration
 * authority.
 */
export function removeStep({ applicationId, decidedBy, removedById }: { applicationId: number | null; decidedBy: string; removedById: string | null }): StepStatement {
  const due = `
  SELECT a.id AS application_id, a.listing_id, l.enterprise_id, l.report_year, coalesce($6::text, e.authority_id) AS removed_by_id
  FROM removal_application a
  JOIN abnormal_listing l ON l.id = a.listing_id
  JOIN enterprise e ON e.id = l.enterprise_id
  WHERE a.state = 'pending' AND ($4::int IS NULL OR a.id = $4::int)
    AND l.removed_on IS NULL AND l.reason = 'no-annual-report'
    AND EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = l.enterprise_id AND r.year = l.report_year)`;
  const apply = `
WITH due AS (${due}),
removed AS (
  UPDATE abnormal_listing l
  SET removal_reason = 'annual-report-filed', removed_on = $1::date, removed_by_id = d.removed_by_id
  FROM due d WHERE l.id = d.listing_id AND l.removed_on IS NULL
  RETURNING l.id, l.enterprise_id, l.report_year, l.removed_by_id
),
approved AS (
  UPDATE removal_application a SET state = 'approved', decided_at = $3, decided_by = $5
  FROM due d WHERE a.id = d.application_id AND a.state = 'pending'
  RETURNING a.id, a.listing_id
),
audit AS (
  INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail)
  SELECT $3, $2, 'abnormal.remove', 'abnormal_listing', r.id::text, r.enterprise_id,
    jsonb_build_object('removalReason', 'annual-report-filed', 'removedOn', $1::text, 'removedBy', r.removed_by_id,
      'reportYear', r.report_year, 'removalApplicationId', p.id, 'decidedBy', $5::text)
  FROM removed r LEFT JOIN approved p ON p.listing_id = r.id
),
affected AS (INSERT INTO annual_cycle_affected (enterprise_id) SELECT DISTINCT enterprise_id FROM removed),
changes AS (INSERT INTO annual_cycle_changes (enterprise_id, kind, action, record_id) SELECT enterprise_id, 'abnormal-listing', 'removed', id FROM removed)
SELECT count(*)::int AS count FROM removed`;
  return { due, apply, parameters: [applicationId, decidedBy, removedById], parameterTypes: ["int", "text", "text"], isSearchable: true };
}

/** Counts what a step would write (a dry run); every parameter is typed so unused ones bind too. */
export function countDueSql(step: StepStatement): string {
  const types = ["date", "text", "timestamptz", ...step.parameterTypes];
  const parameters = types.map((type, index) => `$${index + 1}::${type}`).join(", ");
  return `WITH run AS (SELECT ${parameters}) SELECT count(*)::int AS count FROM (${step.due}) due, run`;
}
