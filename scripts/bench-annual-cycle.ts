/**
 * npm run bench:annual-cycle -- [--companies 1000000] [--no-restore]
 * The yearly cycle over a province-sized register in PostgreSQL (DATABASE_URL; emptied and seeded
 * with --companies companies, seed "bench", as of 2026-11-23, when it holds fewer). First what
 * earlier bench runs wrote is undone (found by their audit rows; --no-restore skips this), then
 * the cycle runs as of: 2026-11-23 (the register's own day: little to do), 2027-06-30 (the day
 * before the listing), 2027-07-01 (the listing: no one has filed 2026, so every live enterprise
 * that must file is listed — the worst case), 2027-07-01 again (idempotent: nothing to do) and
 * 2027-07-02 (an ordinary next day). Prints each run's counts and time per step. Target
 * (issue 5): a run over 1,000,000 enterprises ≤ 5 minutes.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import type { Client } from "pg";
import { runAnnualCycle, type AnnualCycleStep } from "@/lib/annual-cycle/run-annual-cycle";
import { listFlagsSql } from "@/lib/search/postgres/search-facts";
import { applyMigrations } from "@/lib/db/migrations";
import { getEnv } from "@/lib/env";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { connect } from "./support/database";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "1000000" },
    "no-restore": { type: "boolean", default: false },
  },
});

const SEED = { seed: "bench", asOf: "2026-11-23" };
const RUNS = ["2026-11-23", "2027-06-30", "2027-07-01", "2027-07-01", "2027-07-02"];
const TARGET_SECONDS = 300;
const ACTOR = "bench:annual-cycle";

/**
 * Undoes what earlier bench runs wrote, found through their audit-log rows, so that every run of
 * the benchmark starts from the seeded register.
 */
async function restoreSeededRegister(client: Client): Promise<number> {
  const started = performance.now();
  const flags = listFlagsSql("t.enterprise_id");
  const written = (action: string) => `SELECT entity_id::int FROM audit_log WHERE actor = '${ACTOR}' AND action = '${action}'`;
  await client.query("BEGIN");
  try {
    await client.query(`CREATE TEMP TABLE bench_touched ON COMMIT DROP AS SELECT DISTINCT enterprise_id FROM audit_log WHERE actor = $1`, [ACTOR]);
    let deleted = 0;
    deleted += (await client.query(`DELETE FROM serious_list_warning WHERE listing_id IN (${written("serious.warn")})`)).rowCount ?? 0;
    deleted += (await client.query(`DELETE FROM serious_violation WHERE id IN (${written("serious.list")})`)).rowCount ?? 0;
    deleted += (await client.query(`DELETE FROM abnormal_listing WHERE id IN (${written("abnormal.list")})`)).rowCount ?? 0;
    await client.query(
      `UPDATE abnormal_listing SET removal_reason = NULL, removed_on = NULL, removed_by_id = NULL WHERE id IN (${written("abnormal.remove")})`,
    );
    deleted += (await client.query("DELETE FROM audit_log WHERE actor = $1", [ACTOR])).rowCount ?? 0;
    deleted += (await client.query("DELETE FROM search_outbox")).rowCount ?? 0;
    // The bench register is the benchmark's own: the seed writes no feed rows, the runs wrote them all.
    deleted += (await client.query("DELETE FROM public_change")).rowCount ?? 0;
    deleted += (await client.query("DELETE FROM annual_cycle_run")).rowCount ?? 0;
    await client.query(
      `UPDATE search_entry s SET is_abnormal = f.is_abnormal, is_serious = f.is_serious
       FROM (SELECT t.enterprise_id AS id, ${flags.isAbnormal} AS is_abnormal, ${flags.isSerious} AS is_serious FROM bench_touched t) f
       WHERE s.enterprise_id = f.id AND (s.is_abnormal <> f.is_abnormal OR s.is_serious <> f.is_serious)`,
    );
    await client.query("COMMIT");
    if (deleted > 0) {
      await client.query("VACUUM ANALYZE abnormal_listing, serious_violation, serious_list_warning, audit_log, search_outbox, search_entry, public_change");
      console.log(`Restored the seeded register: deleted ${deleted.toLocaleString("en")} rows earlier runs wrote (${((performance.now() - started) / 1000).toFixed(1)} s).`);
    }
    return deleted;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function main() {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database the benchmark may empty and fill, e.g. postgresql://postgres@127.0.0.1:5432/bench_cycle");
  const companies = Number(values.companies);
  if (!Number.isInteger(companies) || companies < 1) throw new Error("--companies must be a positive whole number");
  const client = await connect(url);
  try {
    await applyMigrations(client);
    const existing = await countEnterprises(client);
    if (existing < companies) {
      if (existing > 0) await resetRegister(client);
      const progress = createProgress({ total: companies, label: "seeding" });
      const result = await seedRegister(client, { count: companies, ...SEED, batchSize: 1000, onProgress: progress.tick });
      progress.finish();
      console.log(`Seeded ${companies.toLocaleString("en")} companies (${result.rows.toLocaleString("en")} rows) in ${result.seconds.toFixed(1)} s.`);
    } else if (!values["no-restore"]) {
      await restoreSeededRegister(client);
    }

    const { rows: facts } = await client.query<{ version: string; shared_buffers: string; max_wal_size: string; enterprises: string; listings: string; reports: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('max_wal_size') AS max_wal_size,
         (SELECT count(*) FROM enterprise) AS enterprises, (SELECT count(*) FROM abnormal_listing) AS listings,
         (SELECT count(*) FROM annual_report) AS reports`,
    );
    const fact = facts[0];
    console.log(
      `PostgreSQL ${fact.version} (shared_buffers ${fact.shared_buffers}, max_wal_size ${fact.max_wal_size}), ${os.availableParallelism()} CPU(s), load ${os.loadavg()[0].toFixed(1)}: ` +
        `${Number(fact.enterprises).toLocaleString("en")} enterprises, ${Number(fact.reports).toLocaleString("en")} annual reports, ` +
        `${Number(fact.listings).toLocaleString("en")} abnormal listings.\n`,
    );

    let worst = 0;
    const rows: string[] = [];
    const walPosition = async () => (await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0].lsn;
    for (const asOf of RUNS) {
      const steps: Partial<Record<AnnualCycleStep, string>> = {};
      const walBefore = await walPosition();
      const result = await runAnnualCycle({
        client,
        asOf,
        actor: ACTOR,
        autoRemoval: true,
        onProgress: (progress) => {
          if (progress.kind === "done") steps[progress.step] = `${progress.count.toLocaleString("en")} in ${progress.seconds.toFixed(1)} s`;
          if (progress.kind === "start") process.stderr.write(`  ${asOf}: ${progress.step}…\n`);
        },
      });
      if (result.status !== "done") throw new Error(`The cycle did not run (${result.status})`);
      worst = Math.max(worst, result.seconds);
      const wal = await client.query<{ bytes: string }>("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::bigint AS bytes", [walBefore]);
      rows.push(
        `${asOf}  ${result.seconds.toFixed(1).padStart(6)} s   listed ${steps.list ?? "—"}; warned ${steps.warn ?? "—"}; moved ${steps.move ?? "—"}; removed ${steps.remove ?? "—"}; ` +
          `server WAL meanwhile ${(Number(wal.rows[0].bytes) / 1e6).toFixed(0)} MB`,
      );
      console.log(rows.at(-1));
    }
    console.log(`\nSlowest run: ${worst.toFixed(1)} s (target ≤ ${TARGET_SECONDS} s): ${worst <= TARGET_SECONDS ? "PASS" : "FAIL"}`);
    if (worst > TARGET_SECONDS) process.exitCode = 1;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
