/**
 * npm run bench:search -- [--companies 1000000] [--queries 400] [--clients 8] [--workers N] [--no-build] [--no-http] [--no-vacuum] [--slowest N]
 * Search speed on a realistic register: DATABASE_URL (PostgreSQL; seeded here when it holds fewer
 * companies — it is emptied first), or with --embedded an on-disk PGlite (default 100,000).
 * A mixed query set drawn from the data (full names, 2–4 character fragments, code prefixes, legal
 * representatives, pinyin and initials, multi-part queries, half of them with filters):
 *   - engine calls (lib/search, facets included): p50 and p95 per kind and overall;
 *   - the search page over HTTP (production server) from 1 client, then from 8: p50/p95, pages/s
 *     and the machine's CPU time per page (server, database and this load generator together);
 *   - the same page without a query from 8 clients: the framework's own floor on this machine.
 * Targets (issue 3): engine p50 ≤ 5 ms, p95 ≤ 30 ms; page p95 ≤ 60 ms at 8 clients.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { embeddedDatabaseUrl, getEnv } from "@/lib/env";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import type { SearchFilters } from "@/lib/search/contract";
import { namePinyin } from "@/lib/search/pinyin";
import { createRandom } from "@/prisma/seed/generate/random";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { freePort } from "./support/database";
import { getPage, summarizeTimings } from "./support/bench";
import { createProgress } from "./support/progress";
import { bin, runCommand, startSite, waitForHttp } from "./support/processes";

const { values } = parseArgs({
  options: {
    companies: { type: "string" },
    queries: { type: "string", default: "400" },
    clients: { type: "string", default: "8" },
    embedded: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
    /** Skip the VACUUM ANALYZE before measuring (a database already vacuumed: saves a minute at 1,000,000). */
    "no-vacuum": { type: "boolean", default: false },
    /** Also list the N slowest engine calls (to see which queries need work). */
    slowest: { type: "string", default: "0" },
    workers: { type: "string", default: String(Math.max(1, os.availableParallelism() - 1)) },
  },
});

type BenchQuery = { kind: string; q: string; filters: SearchFilters };

async function buildQueries(client: Client, count: number): Promise<BenchQuery[]> {
  const { rows } = await client.query<{ uscc: string; name_zh: string; legal_rep_name: string; region_code: string }>(
    `SELECT uscc, name_zh, legal_rep_name, region_code FROM enterprise TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT ${Math.ceil(count / 4)}`,
  );
  const next = createRandom(42).source;
  const fragment = (name: string, length: number) => {
    const characters = Array.from(name);
    const start = Math.floor(next() * Math.max(1, characters.length - length));
    return characters.slice(start, start + length).join("");
  };
  const queries: BenchQuery[] = [];
  for (const row of rows) {
    const { pinyin, initials } = namePinyin(row.name_zh);
    const candidates: BenchQuery[] = [
      { kind: "full name", q: row.name_zh, filters: {} },
      { kind: "fragment", q: fragment(row.name_zh, 2 + Math.floor(next() * 3)), filters: {} },
      { kind: "code prefix", q: row.uscc.slice(0, 8 + Math.floor(next() * 6)).toLowerCase(), filters: {} },
      { kind: "legal representative", q: row.legal_rep_name, filters: {} },
      { kind: "pinyin", q: next() < 0.5 ? initials.slice(0, 4) : pinyin.slice(0, 10), filters: {} },
      { kind: "multi-part", q: `${fragment(row.name_zh, 2)} ${fragment(row.name_zh, 2)}`, filters: {} },
    ];
    for (const candidate of candidates) {
      if (next() < 0.5) candidate.filters = next() < 0.5 ? { statuses: ["active"] } : { prefectures: [`${row.region_code.slice(0, 4)}00`], isOnAbnormalList: next() < 0.3 };
    }
    queries.push(...candidates);
  }
  return queries.slice(0, count);
}

function searchUrl(base: string, query: BenchQuery): string {
  const params = new URLSearchParams({ q: query.q });
  for (const prefecture of query.filters.prefectures ?? []) params.append("prefecture", prefecture);
  for (const status of query.filters.statuses ?? []) params.append("status", status);
  if (query.filters.isOnAbnormalList) params.set("abnormal", "1");
  return `${base}/zh/search?${params}`;
}

/** Every URL once, from `clients` concurrent clients; the timings. */
async function loadPages(urls: string[], clients: number): Promise<number[]> {
  const timings: number[] = [];
  let issued = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < urls.length) {
        const url = urls[issued++];
        const started = performance.now();
        const { status } = await getPage(url);
        if (status !== 200 && status !== 307) throw new Error(`HTTP ${status} for ${url}`);
        timings.push(performance.now() - started);
      }
    }),
  );
  return timings;
}

/** CPU time the whole machine has spent busy (all cores, every process), in ms (/proc/stat). */
function machineCpuMs(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq] = fields;
  return ((user + nice + system + irq + softirq) * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * A live server has the search tables in shared_buffers (README: PostgreSQL settings); a freshly
 * started one does not. Loads search_entry and its indexes with pg_prewarm when there is room, and
 * says what the figures were measured with.
 */
async function describeMemory(client: Client): Promise<string> {
  const { rows } = await client.query<{ shared: string; needed: string; shared_bytes: string; needed_bytes: string }>(
    `SELECT current_setting('shared_buffers') AS shared, pg_size_pretty(pg_total_relation_size('search_entry')) AS needed,
            (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers') AS shared_bytes,
            pg_total_relation_size('search_entry') AS needed_bytes`,
  );
  const [{ shared, needed, shared_bytes, needed_bytes }] = rows;
  if (Number(shared_bytes) < Number(needed_bytes) * 1.2) {
    return `shared_buffers ${shared}, search_entry with its indexes ${needed}: searches read from the OS cache (README: PostgreSQL settings)`;
  }
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
    await client.query(
      `SELECT pg_prewarm(c.oid) FROM pg_class c WHERE c.oid = 'search_entry'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'search_entry'::regclass)`,
    );
    return `shared_buffers ${shared}, search_entry with its indexes ${needed}: loaded into shared_buffers (pg_prewarm)`;
  } catch (error) {
    return `shared_buffers ${shared}, search_entry with its indexes ${needed}; pg_prewarm unavailable (${error instanceof Error ? error.message : error}): the first searches warm the cache`;
  }
}

async function main() {
  let embedded: EmbeddedServer | null = null;
  if (values.embedded) {
    const port = await freePort();
    embedded = await startEmbeddedServer({ port, dataDir: mkdtempSync(path.join(os.tmpdir(), "bench-search-")) });
    // Before anything reads the environment (lib/env.ts reads it once).
    process.env.DATABASE_URL = embeddedDatabaseUrl(port);
  }
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database the benchmark may empty, or pass --embedded");
  const companies = Number(values.companies ?? (values.embedded ? 100_000 : 1_000_000));
  const client = new Client({ connectionString: url });
  await client.connect();
  let queries: BenchQuery[];
  try {
    await applyMigrations(client);
    if ((await countEnterprises(client)) < companies) {
      await resetRegister(client);
      const progress = createProgress({ total: companies, label: "seeding" });
      await seedRegister(client, { count: companies, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
      progress.finish();
    }
    // Flushes the GIN indexes' pending lists (fast-update inserts), as autovacuum does on a live site.
    if (!values["no-vacuum"]) await client.query("VACUUM ANALYZE");
    if (!values.embedded) console.log(await describeMemory(client));
    queries = await buildQueries(client, Number(values.queries));
  } finally {
    await client.end();
  }
  const { searchCompanies } = await import("@/lib/search");
  console.log(`${companies.toLocaleString("en")} companies on ${values.embedded ? "PGlite" : "PostgreSQL"}, ${queries.length} queries`);

  for (const query of queries.slice(0, 20)) await searchCompanies({ q: query.q, filters: query.filters, sort: "relevance", page: 1, pageSize: 20 });
  const byKind = new Map<string, number[]>();
  const timed: { query: BenchQuery; elapsed: number }[] = [];
  for (const query of queries) {
    const started = performance.now();
    await searchCompanies({ q: query.q, filters: query.filters, sort: "relevance", page: 1, pageSize: 20 });
    const elapsed = performance.now() - started;
    timed.push({ query, elapsed });
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), elapsed]);
  }
  for (const [kind, timings] of byKind) console.log(`  engine, ${kind}: ${summarizeTimings(timings)}`);
  console.log(`engine call (with facets), all queries: ${summarizeTimings(timed.map(({ elapsed }) => elapsed))} (target p50 ≤ 5 ms, p95 ≤ 30 ms)`);
  for (const { query, elapsed } of [...timed].sort((a, b) => b.elapsed - a.elapsed).slice(0, Number(values.slowest))) {
    console.log(`  ${elapsed.toFixed(1)} ms  ${query.kind}: ${JSON.stringify(query.q)} ${JSON.stringify(query.filters)}`);
  }

  if (!values["no-http"]) {
    const env = { DATABASE_URL: url };
    if (!values["no-build"]) await runCommand(bin("next"), ["build"], env);
    const port = await freePort();
    const site = startSite({ port, host: "127.0.0.1", env: { ...env, WEB_CONCURRENCY: String(values.workers) }, quiet: true });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(`${base}/zh`, 60_000);
      for (const query of queries.slice(0, 20)) await getPage(searchUrl(base, query));
      // One client alone: what a single request costs. Then the target's 8 clients: on a machine
      // with fewer cores than clients, requests queue for CPU, so the machine's CPU time per
      // request (server, database and this load generator together) bounds the latency.
      for (const clients of [...new Set([1, Number(values.clients)])]) {
        const cpuBefore = machineCpuMs();
        const started = performance.now();
        const timings = await loadPages(
          queries.map((query) => searchUrl(base, query)),
          clients,
        );
        const wallMs = performance.now() - started;
        const cpuPerRequest = (machineCpuMs() - cpuBefore) / timings.length;
        console.log(
          `search page over HTTP, ${clients} concurrent client(s), ${values.workers} server worker(s): ${summarizeTimings(timings)}; ` +
            `${((timings.length / wallMs) * 1000).toFixed(0)} pages/s, ${cpuPerRequest.toFixed(1)} ms of machine CPU per page on ${os.availableParallelism()} cores` +
            (clients > 1 ? " (target p95 ≤ 60 ms)" : ""),
        );
      }
      // The floor: the same page without a query (no database work at all), from as many clients.
      const cpuBefore = machineCpuMs();
      const started = performance.now();
      const empty = await loadPages(Array.from({ length: queries.length }, () => `${base}/zh/search`), Number(values.clients));
      const wallMs = performance.now() - started;
      console.log(
        `search page without a query (no database), ${values.clients} concurrent client(s): ${summarizeTimings(empty)}; ` +
          `${((empty.length / wallMs) * 1000).toFixed(0)} pages/s, ${((machineCpuMs() - cpuBefore) / empty.length).toFixed(1)} ms of machine CPU per page`,
      );
    } finally {
      site.stop();
    }
  }
  await embedded?.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
