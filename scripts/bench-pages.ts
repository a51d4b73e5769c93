/**
 * npm run bench:pages -- [--companies 100000] [--clients 8] [--requests 800] [--workers N] [--no-build]
 * Measures the company page as a user gets it: a register of 100,000 companies in PostgreSQL
 * (DATABASE_URL; seeded here when it holds fewer — the database is emptied first), one company
 * with 200 public records (prisma/seed/busy-company.ts), `next start`, then 8 concurrent clients fetching that page.
 * Prints p50/p95/p99 of the full response time. Target (issue 2): p95 ≤ 50 ms.
 * The production server (npm run serve) runs with --workers processes (default: cores − 1, so
 * the load generator on the same machine keeps a core); the client is a lean keep-alive one.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrations";
import { makeBusyCompany } from "@/prisma/seed/busy-company";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { freePort } from "./support/database";
import { getPage, percentile } from "./support/bench";
import { createProgress } from "./support/progress";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "100000" },
    clients: { type: "string", default: "8" },
    requests: { type: "string", default: "800" },
    "no-build": { type: "boolean", default: false },
    // The load generator runs on the same machine: by default leave it one core.
    workers: { type: "string", default: String(Math.max(1, os.availableParallelism() - 1)) },
  },
});

async function main() {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database the benchmark may empty, e.g. postgresql://postgres@127.0.0.1:5432/test");
  const companies = Number(values.companies);
  const client = new Client({ connectionString: url });
  await client.connect();
  let uscc: string;
  let unvisited: string[] = [];
  try {
    await applyMigrations(client);
    const existing = await countEnterprises(client);
    if (existing < companies) {
      if (existing > 0) await resetRegister(client);
      const progress = createProgress({ total: companies, label: "seeding" });
      const result = await seedRegister(client, { count: companies, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
      progress.finish();
      console.log(`Seeded ${companies.toLocaleString("en")} companies (${result.rows.toLocaleString("en")} rows) in ${result.seconds.toFixed(1)} s = ${Math.round((companies / result.seconds) * 60).toLocaleString("en")}/min`);
      await client.query("ANALYZE");
    }
    uscc = await makeBusyCompany(client);
    // Random companies, so that earlier runs are unlikely to have cached their pages.
    const { rows } = await client.query<{ uscc: string }>(`SELECT uscc FROM enterprise TABLESAMPLE SYSTEM (1) LIMIT 40`);
    unvisited = rows.map((row) => row.uscc.trim());
  } finally {
    await client.end();
  }

  const env = { DATABASE_URL: url };
  if (!values["no-build"]) await runCommand(bin("next"), ["build"], env);
  const port = await freePort();
  const site = startSite({ port, host: "127.0.0.1", env: { ...env, WEB_CONCURRENCY: String(values.workers) }, quiet: true });
  const pageUrl = `http://127.0.0.1:${port}/zh/companies/${uscc}`;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/zh`, 60_000);
    // A page is rendered on its first request, then served from the cache (ISR) until it is
    // revalidated. First: what an uncached render costs, on companies no one has asked for yet.
    const renders: number[] = [];
    for (const uscc of unvisited) {
      const t0 = performance.now();
      const response = await getPage(`http://127.0.0.1:${port}/en/companies/${uscc}`);
      if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${uscc}`);
      renders.push(performance.now() - t0);
    }
    renders.sort((a, b) => a - b);
    console.log(`uncached render of ${renders.length} ordinary company pages: p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms`);
    const first = await getPage(pageUrl);
    console.log(`Page ${pageUrl}: ${(first.bytes / 1024).toFixed(0)} KB of HTML`);
    for (let i = 0; i < 50; i++) await getPage(pageUrl); // warm-up
    const single: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await getPage(pageUrl);
      single.push(performance.now() - t0);
    }
    single.sort((a, b) => a - b);
    console.log(`one client: p50 ${percentile(single, 50).toFixed(1)} ms, p95 ${percentile(single, 95).toFixed(1)} ms`);
    const clients = Number(values.clients);
    const total = Number(values.requests);
    const timings: number[] = [];
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (issued < total) {
          issued++;
          const t0 = performance.now();
          const response = await getPage(pageUrl);
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
          timings.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    timings.sort((a, b) => a - b);
    console.log(
      `company page with 200 records, ${clients} concurrent clients, ${timings.length} requests: ` +
        `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms, ` +
        `${(timings.length / seconds).toFixed(0)} req/s, ${values.workers} server worker(s) (target p95 ≤ 50 ms)`,
    );
  } finally {
    site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
