/**
 * npm run bench:changes -- [--rows 1000000] [--pages 300] [--no-build] [--no-http]
 * The changes feed (GET /api/v1/changes) on a realistic feed: DATABASE_URL (PostgreSQL; a
 * database the benchmark may fill) gets public_change rows over its companies until it holds
 * --rows (seeding 10,000 companies first when it has none). Then pages of 100 and of 1,000
 * changes, from cursors spread over the whole feed and at its end:
 *   - in process (lib/api/changes-page.ts: the one statement and the JSON body): p50/p95;
 *   - over HTTP (production server, one client): p50/p95.
 * Target (issue 6): a page ≤ 50 ms.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrations";
import { LOCK_PUBLIC_CHANGES_SQL, PUBLIC_CHANGE_ACTIONS, PUBLIC_CHANGE_KINDS } from "@/lib/changes/public-changes";
import { countEnterprises, seedRegister } from "@/prisma/seed/seed-register";
import { createRandom } from "@/prisma/seed/generate/random";
import { freePort } from "./support/database";
import { getPage, percentile, summarizeTimings } from "./support/bench";
import { createProgress } from "./support/progress";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    pages: { type: "string", default: "300" },
    "no-build": { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
  },
});

const INSERT_BATCH = 100_000;
const TARGET_MS = 50;

/**
 * Adds rows until the feed holds `rows`, as the writers do (under the feed's lock, in batches):
 * spread over every company, kinds weighted like a register's (penalties and licences most),
 * one change a few seconds apart over the past years.
 */
async function fillFeed(client: Client, rows: number): Promise<void> {
  const existing = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM public_change")).rows[0].n);
  if (existing >= rows) {
    console.log(`public_change already holds ${existing.toLocaleString("en")} rows`);
    return;
  }
  const kinds = ["penalty", "penalty", "licence", "licence", "licence", "spot-check", "abnormal-listing", "annual-report", "registration", "contribution", "equity-change"];
  for (const kind of kinds) if (!(PUBLIC_CHANGE_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown kind ${kind}`);
  const progress = createProgress({ total: rows - existing, label: "public_change" });
  for (let done = 0; done < rows - existing; done += INSERT_BATCH) {
    const count = Math.min(INSERT_BATCH, rows - existing - done);
    await client.query("BEGIN");
    await client.query(LOCK_PUBLIC_CHANGES_SQL);
    await client.query(
      `WITH ids AS (SELECT array_agg(id ORDER BY id) AS ids FROM enterprise)
       INSERT INTO public_change (at, enterprise_id, kind, action, record_id)
       SELECT timestamptz '2022-01-01' + (($1::bigint + g) * interval '3 seconds'),
              ids[1 + ((g * 7919) % cardinality(ids))],
              ($2::text[])[1 + (g % cardinality($2::text[]))],
              ($3::text[])[1 + ((g / 7) % cardinality($3::text[]))],
              (g % 100000)::text
         FROM ids, generate_series(1, $4::int) AS g`,
      [existing + done, kinds, PUBLIC_CHANGE_ACTIONS, count],
    );
    await client.query("COMMIT");
    progress.tick(done + count);
  }
  progress.finish();
}

/** Cursors spread evenly over the feed, and a tenth at its very end (a client that has caught up). */
function cursors({ min, max, count }: { min: bigint; max: bigint; count: number }): bigint[] {
  const random = createRandom(6).source;
  const span = Number(max - min);
  return Array.from({ length: count }, (_, i) => (i % 10 === 9 ? max : min + BigInt(Math.floor(random() * span))));
}

async function main() {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database the benchmark may fill");
  const rows = Number(values.rows);
  const pages = Number(values.pages);
  const client = new Client({ connectionString: url });
  await client.connect();
  let range: { min: bigint; max: bigint };
  try {
    await applyMigrations(client);
    if ((await countEnterprises(client)) === 0) {
      const progress = createProgress({ total: 10_000, label: "seeding" });
      await seedRegister(client, { count: 10_000, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
      progress.finish();
    }
    await fillFeed(client, rows);
    await client.query("VACUUM ANALYZE public_change");
    const { rows: bounds } = await client.query<{ min: string; max: string; n: string; companies: string }>(
      "SELECT min(id)::text AS min, max(id)::text AS max, count(*)::text AS n, (SELECT count(*) FROM enterprise)::text AS companies FROM public_change",
    );
    range = { min: BigInt(bounds[0].min), max: BigInt(bounds[0].max) };
    console.log(`${Number(bounds[0].n).toLocaleString("en")} changes over ${Number(bounds[0].companies).toLocaleString("en")} companies on PostgreSQL`);
  } finally {
    await client.end();
  }

  const { getChangesPage } = await import("@/lib/api/changes-page");
  const results: string[] = [];
  for (const limit of [100, 1000]) {
    const points = cursors({ ...range, count: pages });
    for (const after of points.slice(0, 20)) await getChangesPage({ after, limit });
    const timings: number[] = [];
    for (const after of points) {
      const started = performance.now();
      JSON.stringify(await getChangesPage({ after, limit }));
      timings.push(performance.now() - started);
    }
    const line = `in process, limit ${limit}: ${summarizeTimings(timings)} (target ≤ ${TARGET_MS} ms)`;
    console.log(line);
    results.push(line);
  }

  if (!values["no-http"]) {
    const env = { DATABASE_URL: url };
    if (!values["no-build"]) await runCommand(bin("next"), ["build"], env);
    const port = await freePort();
    const site = startSite({ port, host: "127.0.0.1", env: { ...env, WEB_CONCURRENCY: "1", API_RATE_LIMIT_PER_MINUTE: "1000000" }, quiet: true });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(`${base}/api/v1/changes?limit=1`, 90_000);
      for (const limit of [100, 1000]) {
        const points = cursors({ ...range, count: pages });
        for (const after of points.slice(0, 20)) await getPage(`${base}/api/v1/changes?after=${after}&limit=${limit}`);
        const timings: number[] = [];
        let bytes = 0;
        for (const after of points) {
          const started = performance.now();
          const page = await getPage(`${base}/api/v1/changes?after=${after}&limit=${limit}`);
          if (page.status !== 200) throw new Error(`HTTP ${page.status} for after=${after}`);
          timings.push(performance.now() - started);
          bytes += page.bytes;
        }
        const sorted = [...timings].sort((a, b) => a - b);
        const line =
          `over HTTP, limit ${limit}, 1 client, 1 server worker: ${summarizeTimings(timings)}; ${Math.round(bytes / timings.length / 1024)} KiB a page` +
          ` (target ≤ ${TARGET_MS} ms: ${percentile(sorted, 95) <= TARGET_MS ? "met" : "NOT met"} at p95)`;
        console.log(line);
        results.push(line);
      }
    } finally {
      site.stop();
    }
  }
  console.log(`\nSummary (${os.availableParallelism()} cores):\n  ${results.join("\n  ")}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
