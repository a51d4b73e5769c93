import type { ClientBase } from "pg";
import { LOCK_PUBLIC_CHANGES_SQL } from "@/lib/changes/public-changes";
import { getEnv } from "@/lib/env";
import { inTransaction, withConnection, type Database } from "./connection";
import {
  AFFECTED_TABLE_SQL,
  CHANGES_SQL,
  CHANGES_TABLE_SQL,
  OUTBOX_SQL,
  REFRESH_FACTS_SQL,
  countDueSql,
  listStep,
  moveStep,
  removeStep,
  warnStep,
  type StepStatement,
} from "./statements";
import { isIsoDate, listingYears } from "./timeline";

/**
 * The yearly abnormal-list cycle (npm run annual-cycle, and daily in the `npm run serve` primary):
 *   a. list  — enterprises that must file and have not filed a year whose deadline has passed
 *              are put on the abnormal-operations list (from 1 July for last year's report);
 *   b. warn  — listings that reach 3 years within 60 days get their public warning notice;
 *      move  — listings 3 years old move their enterprise to the serious-violation list;
 *   c. remove — where configured (ANNUAL_CYCLE_AUTO_REMOVAL), pending applications for removal
 *              whose ground is cured are approved.
 * Each step is one transaction with its audit-log rows, search-outbox rows, search facts and
 * public-changes feed rows.
 * Everything is decided by the data on the as-of date, so a second run changes nothing. A
 * PostgreSQL advisory lock keeps two runs (the CLI, several app instances) from overlapping.
 */

export type AnnualCycleStep = "list" | "warn" | "move" | "remove";

export type AnnualCycleCounts = { listed: number; warned: number; moved: number; removed: number };

export type AnnualCycleProgress =
  | { kind: "start"; step: AnnualCycleStep }
  | { kind: "done"; step: AnnualCycleStep; count: number; seconds: number }
  | { kind: "skipped"; step: AnnualCycleStep; why: "no-year-due" | "auto-removal-off" };

export type AnnualCycleOptions = {
  client: Database;
  /** The day the cycle runs as of ("YYYY-MM-DD", the register's clock). */
  asOf: string;
  /** Who runs it, for the run record and the audit log: "system:annual-cycle", "cli:<user>". */
  actor: string;
  /** Count what is due without writing anything. */
  dryRun?: boolean;
  onProgress?: (progress: AnnualCycleProgress) => void;
  /** Approve cured applications for removal (default: ANNUAL_CYCLE_AUTO_REMOVAL). */
  autoRemoval?: boolean;
  /** Do nothing when a run for this as-of date has already finished (the daily schedule). */
  oncePerDay?: boolean;
  /** The moment of the run (audit rows, decisions); default now. */
  now?: Date;
};

export type AnnualCycleResult =
  | { status: "done"; runId: number | null; asOf: string; dryRun: boolean; counts: AnnualCycleCounts; seconds: number }
  | { status: "busy" }
  | { status: "already-run"; runId: number };

/** The advisory-lock key every run takes (any fixed bigint; "xj annual cycle"). */
export const ANNUAL_CYCLE_LOCK_KEY = 7_846_650_000;

/** Who approves a cured application when the cycle removes it automatically. */
export const AUTO_REMOVAL_DECIDER = "system:auto-removal";

const COUNT_OF: Record<AnnualCycleStep, keyof AnnualCycleCounts> = { list: "listed", warn: "warned", move: "moved", remove: "removed" };

export type StepContext = { asOf: string; actor: string; now: Date };

/**
 * Writes one step inside the caller's open transaction: its statement (rows and audit log), then
 * the search outbox and search facts of the enterprises it touched and, last (the caller commits
 * next), its rows of the public changes feed under the feed's lock. Returns how many rows it
 * wrote. Also used for a single regulator decision (lib/records/removal-applications.ts).
 * The enterprise row itself is not touched (its `updated_at` is when the registration record
 * changed, as for penalties and reports written elsewhere): rewriting 800,000 enterprise rows on
 * listing day cost a fifth of the run.
 */
export async function writeStep(client: ClientBase, step: StepStatement, { asOf, actor, now }: StepContext): Promise<number> {
  await client.query(AFFECTED_TABLE_SQL);
  await client.query(CHANGES_TABLE_SQL);
  const { rows } = await client.query<{ count: number }>(step.apply, [asOf, actor, now, ...step.parameters]);
  const count = rows[0]?.count ?? 0;
  if (count > 0) {
    await client.query("ANALYZE annual_cycle_affected");
    if (step.isSearchable) {
      await client.query(OUTBOX_SQL);
      await client.query(REFRESH_FACTS_SQL);
    }
    await client.query(LOCK_PUBLIC_CHANGES_SQL);
    await client.query(CHANGES_SQL, [now]);
  }
  await client.query("DROP TABLE annual_cycle_affected, annual_cycle_changes");
  return count;
}

async function countStep(client: ClientBase, step: StepStatement, { asOf, actor, now }: StepContext): Promise<number> {
  const { rows } = await client.query<{ count: number }>(countDueSql(step), [asOf, actor, now, ...step.parameters]);
  return rows[0]?.count ?? 0;
}

function plannedSteps(asOf: string, autoRemoval: boolean): { step: AnnualCycleStep; statement: StepStatement | null; why?: "no-year-due" | "auto-removal-off" }[] {
  const years = listingYears(asOf);
  return [
    years ? { step: "list", statement: listStep({ fromYear: years.from, toYear: years.to }) } : { step: "list", statement: null, why: "no-year-due" },
    { step: "warn", statement: warnStep() },
    { step: "move", statement: moveStep() },
    autoRemoval
      ? { step: "remove", statement: removeStep({ applicationId: null, decidedBy: AUTO_REMOVAL_DECIDER, removedById: null }) }
      : { step: "remove", statement: null, why: "auto-removal-off" },
  ];
}

export async function runAnnualCycle(options: AnnualCycleOptions): Promise<AnnualCycleResult> {
  const { asOf, actor, dryRun = false, onProgress, oncePerDay = false, now = new Date() } = options;
  if (!isIsoDate(asOf)) throw new Error(`The as-of date must be a date like 2027-07-01, not "${asOf}"`);
  const autoRemoval = options.autoRemoval ?? getEnv().ANNUAL_CYCLE_AUTO_REMOVAL;

  return withConnection(options.client, async (client) => {
    const { rows: lock } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [ANNUAL_CYCLE_LOCK_KEY]);
    if (!lock[0]?.locked) return { status: "busy" } as const;
    try {
      if (oncePerDay && !dryRun) {
        const { rows } = await client.query<{ id: number }>(
          "SELECT id FROM annual_cycle_run WHERE as_of = $1::date AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
          [asOf],
        );
        if (rows[0]) return { status: "already-run", runId: rows[0].id } as const;
      }
      const started = performance.now();
      const context: StepContext = { asOf, actor, now };
      let runId: number | null = null;
      if (!dryRun) {
        const { rows } = await client.query<{ id: number }>(
          "INSERT INTO annual_cycle_run (as_of, actor) VALUES ($1::date, $2) RETURNING id",
          [asOf, actor],
        );
        runId = rows[0].id;
      }
      const counts: AnnualCycleCounts = { listed: 0, warned: 0, moved: 0, removed: 0 };
      for (const { step, statement, why } of plannedSteps(asOf, autoRemoval)) {
        if (statement === null) {
          onProgress?.({ kind: "skipped", step, why: why ?? "no-year-due" });
          continue;
        }
        onProgress?.({ kind: "start", step });
        const stepStarted = performance.now();
        const count = dryRun ? await countStep(client, statement, context) : await inTransaction(client, () => writeStep(client, statement, context));
        counts[COUNT_OF[step]] = count;
        if (runId !== null) {
          await client.query(`UPDATE annual_cycle_run SET ${COUNT_OF[step]} = $2 WHERE id = $1`, [runId, count]);
        }
        onProgress?.({ kind: "done", step, count, seconds: (performance.now() - stepStarted) / 1000 });
      }
      if (runId !== null) await client.query("UPDATE annual_cycle_run SET finished_at = now() WHERE id = $1", [runId]);
      return { status: "done", runId, asOf, dryRun, counts, seconds: (performance.now() - started) / 1000 } as const;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [ANNUAL_CYCLE_LOCK_KEY]).catch(() => undefined);
    }
  });
}
