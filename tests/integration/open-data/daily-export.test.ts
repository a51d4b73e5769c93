import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAILY_EXPORT_LOCK_KEY, startDailyExport } from "@/lib/open-data/daily-export";
import { listSnapshots } from "@/lib/open-data/snapshots";
import { requireDatabaseUrl } from "../../support/database";

describe("the daily export of npm run serve", () => {
  let dir: string;
  let pool: pg.Pool;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "open-data-daily-"));
    pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  });

  afterAll(async () => {
    await pool.end();
    await rm(dir, { recursive: true, force: true });
  });

  it("makes today's snapshot once, and nothing while another server holds the lock", async () => {
    const logs: string[] = [];
    let day = "2026-11-21";
    const daily = startDailyExport({ pool, dir, keep: 2, today: () => day, firstRunDelayMs: 3_600_000, intervalMs: 3_600_000, log: (line) => logs.push(line) });
    try {
      const { rows } = await pool.query<{ version: string }>("SELECT version()");
      // PGlite serves every connection in one session, where advisory locks cannot exclude each other.
      if (!rows[0].version.includes("PGlite")) {
        const other = await pool.connect();
        try {
          await other.query("SELECT pg_advisory_lock($1::bigint)", [DAILY_EXPORT_LOCK_KEY]);
          expect(await daily.tick()).toBeNull();
          expect(await listSnapshots(dir)).toEqual([]);
          await other.query("SELECT pg_advisory_unlock($1::bigint)", [DAILY_EXPORT_LOCK_KEY]);
        } finally {
          other.release();
        }
      }
      const first = await daily.tick();
      expect(first?.snapshot).toBe("2026-11-21");
      expect(await daily.tick()).toBeNull();
      day = "2026-11-22";
      expect((await daily.tick())?.snapshot).toBe("2026-11-22");
      expect(await listSnapshots(dir)).toEqual(["2026-11-22", "2026-11-21"]);
      expect((await readdir(dir)).sort()).toEqual(["2026-11-21", "2026-11-22"]);
      expect(logs.filter((line) => line.startsWith("data export"))).toHaveLength(2);
    } finally {
      daily.stop();
    }
  }, 120_000);
});
