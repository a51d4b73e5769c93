/**
 * npm run bench:filing -- [--companies 10000] [--reports 100] [--no-http] [--no-build]
 * Annual-report submission speed (issue 5: ≤ 200 ms p95 server time), on DATABASE_URL (seeded to
 * --companies when it holds fewer) or the embedded PGlite. Each submission is a complete company
 * report (every page answered, rows in every table; prisma/seed/filing-fixtures.ts) of a fresh
 * enterprise, whose draft is prepared untimed:
 *   1. in this process: submitAnnualReport (check in full, write, publish, audit) --reports times;
 *   2. over HTTP (`next start`): POST /zh/filing/{code}/reports/{year}/submit as a signed-in
 *      filer, to the 303 answer (session, origin check, submission and cache revalidation).
 */
import { parseArgs } from "node:util";
import type { Client } from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { openDraft, saveDraftStep, submitAnnualReport } from "@/lib/records/annual-report-filing";
import { registerToday } from "@/lib/rules/publicity";
import type { StepId } from "@/lib/validation/annual-report";
import { createFilerSession, createFilingCompany, sampleCompanyAnswers, type FilingCompany } from "@/prisma/seed/filing-fixtures";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { percentile } from "./support/bench";
import { connect, freePort, openDatabase } from "./support/database";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "10000" },
    reports: { type: "string", default: "100" },
    "no-http": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const WARM_UP = 10;

function summary(timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (n=${sorted.length})`;
}

/** Fresh enterprises established in `year`, each with a complete draft of that year's report. */
async function prepare(client: Client, count: number, { year, today, label }: { year: number; today: string; label: string }): Promise<FilingCompany[]> {
  const progress = createProgress({ total: count, label: `preparing ${label}` });
  const companies: FilingCompany[] = [];
  for (let index = 0; index < count; index++) {
    const company = await createFilingCompany(client, { establishedOn: `${year}-03-01`, label: `${label}${index}` });
    const draft = await openDraft({ enterpriseId: company.id, year, today });
    if (!draft.ok) throw new Error(`cannot open a draft for ${company.uscc}: ${draft.problem}`);
    for (const [step, answers] of Object.entries(sampleCompanyAnswers(year))) await saveDraftStep({ enterpriseId: company.id, year, step: step as StepId, answers });
    companies.push(company);
    progress.tick(index + 1);
  }
  progress.finish();
  return companies;
}

async function inProcess(client: Client, count: number): Promise<void> {
  const year = 2025;
  const today = "2026-03-01";
  const companies = await prepare(client, count + WARM_UP, { year, today, label: "进程" });
  const timings: number[] = [];
  for (const [index, company] of companies.entries()) {
    const started = performance.now();
    const result = await submitAnnualReport({ enterpriseId: company.id, year, actor: `filer:${company.uscc}`, today });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`submission refused: ${JSON.stringify(result)}`);
    if (index >= WARM_UP) timings.push(elapsed);
  }
  console.log(`\n1. In process, submitAnnualReport: ${summary(timings)}  [target p95 ≤ 200 ms]`);
}

async function overHttp(client: Client, url: string, count: number): Promise<void> {
  if (!values["no-build"]) await runCommand(bin("next"), ["build"], { DATABASE_URL: url });
  const today = registerToday();
  const year = Number(today.slice(0, 4)) - 1;
  const companies = await prepare(client, count + WARM_UP, { year, today, label: "网络" });
  const tokens = [];
  for (const company of companies) tokens.push(await createFilerSession(client, company.id));
  const port = await freePort();
  const site = startSite({ port, host: "127.0.0.1", env: { DATABASE_URL: url }, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/zh`, 60_000);
    const timings: number[] = [];
    for (const [index, company] of companies.entries()) {
      const started = performance.now();
      const response = await fetch(`${base}/zh/filing/${company.uscc}/reports/${year}/submit`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: `xj_session=${tokens[index]}`, origin: base, "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      const elapsed = performance.now() - started;
      const location = response.headers.get("location") ?? "";
      if (response.status !== 303 || !location.endsWith("/confirmation")) throw new Error(`unexpected answer ${response.status} ${location}`);
      if (index >= WARM_UP) timings.push(elapsed);
    }
    console.log(`2. Over HTTP (next start), POST …/reports/${year}/submit to its 303: ${summary(timings)}  [target p95 ≤ 200 ms]`);
  } finally {
    site.stop();
  }
}

async function main() {
  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    await applyMigrations(client);
    const wanted = Number(values.companies);
    const existing = await countEnterprises(client);
    if (existing < wanted) {
      console.log(`Seeding ${wanted} companies (the register holds ${existing}; emptied first)…`);
      await resetRegister(client);
      const progress = createProgress({ total: wanted, label: "seeding" });
      await seedRegister(client, { count: wanted, seed: "bench", asOf: "2026-11-23", onProgress: (done) => progress.tick(done) });
      progress.finish();
    }
    console.log(`Register: ${await countEnterprises(client)} companies (${database.embedded ? "embedded PGlite" : "PostgreSQL"})`);
    await inProcess(client, Number(values.reports));
    if (!values["no-http"]) await overHttp(client, database.url, Number(values.reports));
  } finally {
    await client.end();
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
