import type { Pool } from "pg";
import { getEnv } from "@/lib/env";
import { registerToday } from "@/lib/rules/publicity";
import { exportSnapshot, type ExportResult } from "./export-snapshot";
import { exportDirectory, listSnapshots } from "./snapshots";
import { startRepeatingTask, type RepeatingTask } from "@/lib/scheduling/repeating-task";

/**
 * The daily bulk-data snapshot inside the app (the `npm run serve` primary, EXPORT_DAILY). Every
 * `intervalMs` it looks for today's snapshot (on the register's clock) in EXPORT_DIR and makes it
 * when missing, so the first one appears shortly after the server starts and then one a day
 * after midnight. Several app instances sharing EXPORT_DIR are safe: a PostgreSQL advisory lock
 * lets one export at a time, and the next finds today's snapshot there.
 */

/** The advisory-lock key of the daily export (any fixed bigint; "xj bulk export"). */
export const DAILY_EXPORT_LOCK_KEY = 7_861_190_246;

const DEFAULT_INTERVAL_MS = 10 * 60_000;
const FIRST_RUN_DELAY_MS = 60_000;

export type DailyExport = RepeatingTask<ExportResult | null>;

export function startDailyExport({
  pool,
  dir = exportDirectory(),
  keep = getEnv().EXPORT_KEEP,
  intervalMs = DEFAULT_INTERVAL_MS,
  firstRunDelayMs = FIRST_RUN_DELAY_MS,
  today = () => registerToday(),
  log = (message: string) => console.log(message),
}: {
  pool: Pool;
  dir?: string;
  keep?: number;
  intervalMs?: number;
  firstRunDelayMs?: number;
  today?: () => string;
  log?: (message: string) => void;
}): DailyExport {
  async function runOnce(): Promise<ExportResult | null> {
    const date = today();
    if ((await listSnapshots(dir)).includes(date)) return null;
    const client = await pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [DAILY_EXPORT_LOCK_KEY]);
      if (!rows[0].locked) return null;
      try {
        if ((await listSnapshots(dir)).includes(date)) return null;
        const result = await exportSnapshot({ dir, date, keep });
        log(`data export ${date}: ${result.manifest.companies} companies, ${result.manifest.files.length} files in ${result.seconds.toFixed(1)} s`);
        return result;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1::bigint)", [DAILY_EXPORT_LOCK_KEY]).catch(() => undefined);
      }
    } catch (error) {
      log(`data export ${date} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    } finally {
      client.release();
    }
  }

  return startRepeatingTask(runOnce, { intervalMs, firstRunDelayMs });
}
