/**
 * npm run bench:reports -- [--companies 1000] [--reports 60] [--no-http] [--no-build]
 * Credit-report speed (issue 4), on DATABASE_URL (emptied and seeded when it holds fewer than
 * --companies) or the embedded PGlite:
 *   1. in this process: one report of a company with 200 public records (prisma/seed/busy-company.ts),
 *      generated, recorded and hashed --reports times in each language: p50/p95 time and size
 *      (targets: p95 ≤ 300 ms, ≤ 300 KB); how many times the font files were read (once each);
 *   2. over HTTP (`next start`): GET /{locale}/companies/{code}/report.pdf of that company;
 *   3. a batch of 200 companies through POST /api/v1/reports/batch, polled until its ZIP is ready
 *      (target ≤ 60 s), while another client keeps asking for company pages: their response
 *      times during the batch against before it show whether the site keeps answering.
 */
import { parseArgs } from "node:util";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { generateCreditReport } from "@/lib/report/credit-reports";
import { fontFileReads } from "@/lib/report/fonts";
import { makeBusyCompany } from "@/prisma/seed/busy-company";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { getPage, percentile } from "./support/bench";
import { connect, freePort, openDatabase } from "./support/database";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "1000" },
    reports: { type: "string", default: "60" },
    "no-http": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const LOCALES: AppLocale[] = ["zh", "ug", "en"];
const BATCH_SIZE = 200;

function summary(timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (n=${sorted.length})`;
}

async function inProcess(uscc: string): Promise<void> {
  const count = Number(values.reports);
  console.log(`\n1. In process: ${count} reports per language of ${uscc} (200 public records)`);
  const started = performance.now();
  const first = await generateCreditReport(uscc, "zh");
  console.log(`   first report in this process (fonts read and parsed, code warmed up): ${(performance.now() - started).toFixed(0)} ms, ${(first!.pdf.length / 1000).toFixed(1)} kB`);
  for (const locale of LOCALES) {
    for (let index = 0; index < 5; index++) await generateCreditReport(uscc, locale); // warm-up
    const timings: number[] = [];
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const t0 = performance.now();
      const report = await generateCreditReport(uscc, locale);
      timings.push(performance.now() - t0);
      sizes.push(report!.pdf.length);
    }
    const pages = (await generateCreditReport(uscc, locale))!.pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
    console.log(
      `   ${locale}: ${summary(timings)}; size ${(Math.min(...sizes) / 1000).toFixed(1)}–${(Math.max(...sizes) / 1000).toFixed(1)} kB ` +
        `(${(Math.max(...sizes) / 1024).toFixed(1)} KiB), ${pages} pages  [targets: p95 ≤ 300 ms, ≤ 300 KB]`,
    );
  }
  console.log(`   font files read in this process: ${fontFileReads()} (the report uses 2: each read and parsed once)`);
}

async function overHttp(url: string, uscc: string, batchCodes: string[]): Promise<void> {
  if (!values["no-build"]) await runCommand(bin("next"), ["build"], { DATABASE_URL: url });
  const port = await freePort();
  const site = startSite({ port, host: "127.0.0.1", env: { DATABASE_URL: url }, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/zh`, 60_000);
    console.log(`\n2. Over HTTP (next start, ${base})`);
    for (const locale of LOCALES) {
      const reportUrl = `${base}/${locale}/companies/${uscc}/report.pdf`;
      for (let index = 0; index < 5; index++) await getPage(reportUrl);
      const timings: number[] = [];
      for (let index = 0; index < 30; index++) {
        const t0 = performance.now();
        const response = await getPage(reportUrl);
        if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${reportUrl}`);
        timings.push(performance.now() - t0);
      }
      console.log(`   ${locale} report.pdf: ${summary(timings)}`);
    }

    // Other people's requests: company pages, one after another, before and during the batch.
    const pageUrls = batchCodes.slice(0, 50).map((code, index) => `${base}/${LOCALES[index % 3]}/companies/${code}`);
    for (const pageUrl of pageUrls) await getPage(pageUrl); // rendered once, then served from Next's cache
    const sample = async (until: () => boolean): Promise<number[]> => {
      const timings: number[] = [];
      for (let index = 0; !until(); index++) {
        const t0 = performance.now();
        await getPage(pageUrls[index % pageUrls.length]);
        timings.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return timings;
    };
    const baselineEnd = performance.now() + 3000;
    const baseline = await sample(() => performance.now() > baselineEnd);

    console.log(`\n3. A batch of ${batchCodes.length} companies (POST /api/v1/reports/batch), company pages requested meanwhile`);
    const t0 = performance.now();
    const response = await fetch(`${base}/api/v1/reports/batch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ codes: batchCodes, locale: "zh" }),
    });
    if (response.status !== 202) throw new Error(`POST batch: HTTP ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    let state = "running";
    let done = 0;
    const progress = createProgress({ total: batchCodes.length, label: "batch" });
    const poll = (async () => {
      while (state === "running") {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const status = (await (await fetch(`${base}/api/v1/reports/batch/${id}`)).json()) as { state: string; done: number };
        state = status.state;
        done = status.done;
        progress.tick(done);
      }
    })();
    const during = await sample(() => state !== "running");
    await poll;
    progress.finish();
    const seconds = (performance.now() - t0) / 1000;
    const zip = await fetch(`${base}/api/v1/reports/batch/${id}/download`);
    const bytes = (await zip.arrayBuffer()).byteLength;
    console.log(`   batch ${id}: ${state}, ${done} of ${batchCodes.length} in ${seconds.toFixed(1)} s, ZIP ${(bytes / 1e6).toFixed(1)} MB  [target ≤ 60 s]`);
    console.log(`   company pages before the batch: ${summary(baseline)}`);
    console.log(`   company pages during the batch: ${summary(during)}`);
  } finally {
    site.stop();
  }
}

async function main() {
  const database = await openDatabase();
  const client = await connect(database.url);
  let uscc: string;
  let batchCodes: string[];
  try {
    await applyMigrations(client);
    const companies = Number(values.companies);
    const existing = await countEnterprises(client);
    if (existing < companies) {
      if (existing > 0) await resetRegister(client);
      const progress = createProgress({ total: companies, label: "seeding" });
      await seedRegister(client, { count: companies, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
      progress.finish();
    }
    uscc = await makeBusyCompany(client);
    // Live head offices, as a bank's list would hold; the busy company among them.
    const { rows } = await client.query<{ uscc: string }>(
      `SELECT uscc FROM enterprise WHERE status = 'active' AND uscc <> $1 ORDER BY id LIMIT $2`,
      [uscc, BATCH_SIZE - 1],
    );
    batchCodes = [uscc, ...rows.map((row) => row.uscc.trim())];
    console.log(`Database: ${database.embedded || !process.env.DATABASE_URL ? "embedded PGlite" : database.url.replace(/\/\/[^@]*@/, "//…@")}, ${await countEnterprises(client)} companies`);
  } finally {
    await client.end();
  }
  await inProcess(uscc);
  await db.$disconnect();
  if (!values["no-http"]) await overHttp(database.url, uscc, batchCodes);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
