/**
 * The public changes feed (GET /api/v1/changes): every change the public can see, one row per
 * change, written by the writer in the same transaction as the change itself.
 *
 * Ordering. A reader resumes "after cursor N", so a row with a smaller id must never become
 * visible after a row with a larger one. Sequence values are handed out at insert time, not at
 * commit, so two writers could commit out of order. Every writer therefore takes one
 * transaction-scoped advisory lock just before inserting its rows (the last thing it does before
 * committing): the ids of committed rows then increase in commit order. The lock is held only
 * from that insert to the commit.
 */

/** What changed (the public section of the company it appears in). */
export const PUBLIC_CHANGE_KINDS = [
  "registration",
  "licence",
  "penalty",
  "spot-check",
  "abnormal-listing",
  "serious-violation",
  "serious-list-warning",
  "annual-report",
  "contribution",
  "equity-change",
  "ip-pledge",
] as const;
export type PublicChangeKind = (typeof PUBLIC_CHANGE_KINDS)[number];

/** created: newly public; updated: superseded or amended; removed: taken off a list; revoked: withdrawn by its authority. */
export const PUBLIC_CHANGE_ACTIONS = ["created", "updated", "removed", "revoked"] as const;
export type PublicChangeAction = (typeof PUBLIC_CHANGE_ACTIONS)[number];

export type PublicChangeInput = {
  enterpriseId: number;
  kind: PublicChangeKind;
  action: PublicChangeAction;
  /** The changed row's id in its table (the year, for an annual report). */
  recordId: string | number | null;
};

/** Anything that runs SQL with $1… parameters: a pg client, or a Prisma transaction wrapped as `{ query: (sql, p) => tx.$executeRawUnsafe(sql, ...p) }`. */
export type Queryable = { query: (sql: string, parameters: unknown[]) => Promise<unknown> };

/** The advisory-lock key that orders the feed ("xj public changes"; any fixed bigint). */
export const PUBLIC_CHANGE_LOCK_KEY = 7_861_190_245;

/**
 * The time limit of a Prisma transaction that ends with recordPublicChanges (Prisma's default is
 * 5 s). It may wait for the lock behind a large set-based writer: on 1 July the yearly cycle adds
 * one feed row per listing, 800,000 on a province-sized register, holding the lock for seconds.
 */
export const FEED_WRITER_TRANSACTION_TIMEOUT_MS = 60_000;

/** For set-based writers (lib/annual-cycle): take this lock, then run their own INSERT … SELECT into public_change. */
export const LOCK_PUBLIC_CHANGES_SQL = `SELECT pg_advisory_xact_lock(${PUBLIC_CHANGE_LOCK_KEY}::bigint)`;

const INSERT_SQL = `
INSERT INTO public_change (at, enterprise_id, kind, action, record_id)
SELECT $1::timestamptz, c.enterprise_id, c.kind, c.action, c.record_id
FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS c(enterprise_id, kind, action, record_id, n)
ORDER BY c.n`;

/**
 * Adds `changes` to the feed inside the caller's transaction. Call it last, just before the
 * commit: it takes the feed's lock until then.
 */
export async function recordPublicChanges(client: Queryable, changes: readonly PublicChangeInput[], at: Date = new Date()): Promise<void> {
  if (changes.length === 0) return;
  await client.query(LOCK_PUBLIC_CHANGES_SQL, []);
  await client.query(INSERT_SQL, [
    at,
    changes.map((change) => change.enterpriseId),
    changes.map((change) => change.kind),
    changes.map((change) => change.action),
    changes.map((change) => (change.recordId === null ? null : String(change.recordId))),
  ]);
}
