/**
 * npm run bench:ingest -- [--companies 100000] [--batches 30] [--no-build] [--no-http]
 * Ingestion speed (issue 6: ≥ 2,000 records/s over HTTP in batches of 1,000 on PostgreSQL), on
 * DATABASE_URL (seeded to --companies when it holds fewer) or the embedded PGlite.
 *   1. in this process: ingestRecords, new penalties in batches of 1,000;
 *   2. over HTTP (`next start`): POST /api/v1/ingest/penalties with a department key, batches of
 *      1,000 new penalties for companies spread over the register from one department (its
 *      requests take turns), then from two departments at once; then the same batches again
 *      (replays: nothing written) and changed (supersessions).
 * Each penalty carries a decision document of about 1.5 KB, as real ones do. Where the server runs
 * without autovacuum, the written tables are vacuumed first (see vacuumIfNoAutovacuum).
 */
import { parseArgs } from "node:util";
import type { Client } from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createApiKey } from "@/lib/ingestion/api-keys";
import { ingestRecords } from "@/lib/ingestion/ingest-records";
import { MAX_BATCH_RECORDS } from "@/lib/ingestion/kinds";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { percentile } from "./support/bench";
import { connect, freePort, openDatabase } from "./support/database";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "100000" },
    batches: { type: "string", default: "30" },
    "no-http": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const RUN = Date.now().toString(36).toUpperCase();
const AUTHORITY = "amr-650000";
const OTHER_AUTHORITY = "tax-650100";
const DOCUMENT_TEXT = "当事人在经营活动中发布的广告内容与实际情况不符，对商品的性能、质量作虚假或者引人误解的宣传，欺骗、误导消费者。".repeat(10);

type Penalty = Record<string, unknown>;

function penaltyBatch(codes: string[], label: string, batch: number, change = ""): Penalty[] {
  return Array.from({ length: MAX_BATCH_RECORDS }, (_, n) => ({
    documentNumber: `新市监罚〔2026〕${RUN}-${label}-${batch}-${n}号`,
    uscc: codes[(batch * MAX_BATCH_RECORDS + n) % codes.length],
    violationType: "false-advertising",
    kinds: ["warning", "fine"],
    content: `警告，罚款人民币${5000 + (n % 50) * 100}元${change}`,
    fineYuan: String(5000 + (n % 50) * 100),
    decidedOn: "2026-11-02",
    documentText: DOCUMENT_TEXT,
  }));
}

function describe(label: string, records: number, seconds: number, batchTimes: number[]): string {
  const sorted = [...batchTimes].sort((a, b) => a - b);
  return (
    `${label}: ${records.toLocaleString("en")} records in ${seconds.toFixed(2)} s = ${Math.round(records / seconds).toLocaleString("en")} records/s; ` +
    `per batch of 1,000 p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`
  );
}

async function inProcess(codes: string[], batches: number): Promise<void> {
  const times: number[] = [];
  const started = performance.now();
  for (let batch = 0; batch < batches; batch++) {
    const begun = performance.now();
    const { results } = await ingestRecords({ kind: "penalties", authorityId: AUTHORITY, payloads: penaltyBatch(codes, "P", batch), source: "bench" });
    times.push(performance.now() - begun);
    const accepted = results.filter((result) => result.outcome === "created").length;
    if (accepted !== MAX_BATCH_RECORDS) throw new Error(`only ${accepted} of a batch were created: ${JSON.stringify(results.find((result) => result.status === "rejected"))}`);
  }
  console.log(`\n1. ${describe("In process, ingestRecords (new penalties)", batches * MAX_BATCH_RECORDS, (performance.now() - started) / 1000, times)}`);
}

async function send(base: string, key: string, records: Penalty[], expected: string): Promise<number> {
  const begun = performance.now();
  const response = await fetch(`${base}/api/v1/ingest/penalties`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ records }),
  });
  const body = (await response.json()) as { accepted?: number; results?: { outcome?: string }[] };
  const elapsed = performance.now() - begun;
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const matching = body.results?.filter((result) => result.outcome === expected).length ?? 0;
  if (matching !== records.length) throw new Error(`expected ${records.length} ${expected}, got ${matching}: ${JSON.stringify(body.results?.find((result) => result.outcome !== expected))}`);
  return elapsed;
}

/** Sends the batches from one client per key (a department's requests take turns; different departments' run side by side). */
async function round(label: string, base: string, keys: string[], batches: Penalty[][], expected: string): Promise<void> {
  const times: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    keys.map(async (key) => {
      while (next < batches.length) {
        const batch = batches[next++];
        times.push(await send(base, key, batch, expected));
      }
    }),
  );
  console.log(describe(label, batches.length * MAX_BATCH_RECORDS, (performance.now() - started) / 1000, times));
}

async function overHttp(url: string, codes: string[], batches: number): Promise<void> {
  if (!values["no-build"]) await runCommand(bin("next"), ["build"], { DATABASE_URL: url });
  const { key } = await createApiKey({ authorityId: AUTHORITY, kinds: ["penalties"], createdBy: "bench" });
  const { key: otherKey } = await createApiKey({ authorityId: OTHER_AUTHORITY, kinds: ["penalties"], createdBy: "bench" });
  const port = await freePort();
  const site = startSite({ port, host: "127.0.0.1", env: { DATABASE_URL: url, API_KEY_RATE_LIMIT_PER_MINUTE: "1000000" }, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/zh`, 60_000);
    await send(base, key, penaltyBatch(codes, "WARM", 0), "created");
    const sequential = Array.from({ length: batches }, (_, batch) => penaltyBatch(codes, "H1", batch));
    const parallel = Array.from({ length: batches }, (_, batch) => penaltyBatch(codes, "H2", batch));
    console.log("\n2. Over HTTP (next start), POST /api/v1/ingest/penalties, batches of 1,000:  [target ≥ 2,000 records/s]");
    await round("   new penalties, one department", base, [key], sequential, "created");
    await round("   new penalties, two departments at once", base, [key, otherKey], parallel, "created");
    await round("   the same batches again (replays)", base, [key], sequential, "unchanged");
    await round("   changed records (supersessions)", base, [key], sequential.map((batch, index) => penaltyBatch(codes, "H1", index, "（更正）")), "superseded");
  } finally {
    site.stop();
  }
}

async function companyCodes(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ uscc: string }>(`SELECT uscc FROM enterprise ORDER BY md5(uscc) LIMIT 20000`);
  return rows.map((row) => row.uscc);
}

/** The tables a batch of penalties writes (dead rows of earlier runs slow every later one). */
const WRITTEN_TABLES = ["penalty", "ingested_record", "ingested_record_version", "search_entry", "enterprise", "audit_log", "search_outbox", "public_change"];

/**
 * Production servers run autovacuum; some test machines have it off, and then every earlier run's
 * dead rows stay in the tables and indexes (a register benchmarked thirty times measured half the
 * speed). Vacuum first, as autovacuum would have by then.
 */
async function vacuumIfNoAutovacuum(client: Client): Promise<void> {
  const { rows } = await client.query<{ autovacuum: string }>("SHOW autovacuum");
  if (rows[0].autovacuum !== "off") return;
  console.log(`autovacuum is off on this server: VACUUM (ANALYZE) of ${WRITTEN_TABLES.join(", ")} first…`);
  await client.query(`VACUUM (ANALYZE) ${WRITTEN_TABLES.join(", ")}`);
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
    await vacuumIfNoAutovacuum(client);
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM penalty`);
    console.log(`Register: ${await countEnterprises(client)} companies, ${rows[0].n} penalties (${database.embedded ? "embedded PGlite" : "PostgreSQL"})`);
    const codes = await companyCodes(client);
    const batches = Number(values.batches);
    await inProcess(codes, Math.min(batches, 10));
    if (!values["no-http"]) await overHttp(database.url, codes, batches);
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
