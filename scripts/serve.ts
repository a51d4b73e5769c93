/**
 * npm run serve — the production server: one Next.js worker per CPU core (WEB_CONCURRENCY to
 * choose), all listening on PORT (default 3000). Workers share nothing but the database and the
 * on-disk page cache, like the stateless app instances of the architecture; a worker that dies
 * is replaced. With MEILI_URL set, the primary also drains the search outbox into Meilisearch; it
 * also runs the yearly abnormal-list cycle once a day (ANNUAL_CYCLE_DAILY) and makes the day's
 * bulk-data snapshot (EXPORT_DAILY). Bulk downloads are answered ahead of Next, with their
 * Content-Length (lib/open-data/bulk-node-handler.ts).
 * Needs `next build` first.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import next from "next";
import pg from "pg";
import { getDatabaseUrl, getEnv } from "@/lib/env";
import { startDailyAnnualCycle } from "@/lib/annual-cycle/daily-schedule";
import { handleBulkRequest } from "@/lib/open-data/bulk-node-handler";
import { startDailyExport } from "@/lib/open-data/daily-export";
import { readBuiltSiteOrigin } from "@/lib/seo/built-site-url";
import { createMeilisearchIndexFromEnv } from "@/lib/search/meilisearch/adapter";
import { drainOutbox } from "@/lib/search/meilisearch/outbox-worker";
import { loadSearchDocuments } from "@/lib/search/search-document";

const OUTBOX_INTERVAL_MS = 2000;

/**
 * With Meilisearch configured, the primary process drains the search outbox every 2 s: changes
 * committed to the database reach the index even if it was down when they happened. One drainer
 * per server is enough; several (more servers) are safe, as rows are claimed with SKIP LOCKED.
 */
function startOutboxDrain(): void {
  const index = createMeilisearchIndexFromEnv();
  if (!index) return;
  const pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: 2 });
  let isRunning = false;
  setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    drainOutbox({ pool, index, loadDocuments: (ids) => loadSearchDocuments(ids) })
      .then(({ processed, failed }) => {
        if (processed + failed > 0) console.log(`search outbox: ${processed} sent, ${failed} to retry`);
      })
      .catch((error: unknown) => console.error("search outbox:", error instanceof Error ? error.message : error))
      .finally(() => {
        isRunning = false;
      });
  }, OUTBOX_INTERVAL_MS).unref();
}

/**
 * The yearly abnormal-list cycle (lib/annual-cycle), run once a day by the primary process
 * (ANNUAL_CYCLE_DAILY, on by default). Several servers on one database are safe: a PostgreSQL
 * advisory lock lets one run at a time, and a day's run is recorded so it is not repeated.
 */
function startAnnualCycle(): void {
  if (!getEnv().ANNUAL_CYCLE_DAILY) return;
  const pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: 1 });
  pool.on("error", (error) => console.error("annual cycle: database connection lost:", error.message));
  startDailyAnnualCycle({ pool });
}

/**
 * The daily bulk-data snapshot (lib/open-data/daily-export.ts, EXPORT_DAILY, on by default): the
 * primary makes today's snapshot in EXPORT_DIR when it is missing.
 */
function startDataExport(): void {
  if (!getEnv().EXPORT_DAILY) return;
  const pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: 1 });
  pool.on("error", (error) => console.error("data export: database connection lost:", error.message));
  startDailyExport({ pool });
}

/** The start pages were prerendered with the build's SITE_URL: say so when the server's differs. */
async function checkBuiltSiteUrl(): Promise<void> {
  const built = await readBuiltSiteOrigin();
  const { SITE_URL } = getEnv();
  if (built !== null && built !== SITE_URL) {
    console.warn(`warning: the build's start pages name ${built} in their canonical links, but SITE_URL is ${SITE_URL}: run the build with SITE_URL=${SITE_URL}`);
  }
}

async function startWorker(port: number, hostname: string | undefined): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  createServer((request, response) => {
    // Bulk-data downloads are answered here, with their Content-Length (lib/open-data/bulk-node-handler.ts).
    if (handleBulkRequest(request, response)) return;
    void handle(request, response);
  }).listen(port, hostname);
}

function main() {
  const { PORT, HOSTNAME, WEB_CONCURRENCY } = getEnv();
  const workers = WEB_CONCURRENCY ?? os.availableParallelism();
  if (cluster.isPrimary) {
    console.log(`Serving on http://${HOSTNAME ?? "localhost"}:${PORT} with ${workers} worker(s)`);
    for (let i = 0; i < workers; i++) cluster.fork();
    void checkBuiltSiteUrl();
    startOutboxDrain();
    startAnnualCycle();
    startDataExport();
    let stopping = false;
    cluster.on("exit", (worker, code) => {
      if (stopping) return;
      console.error(`worker ${worker.process.pid} exited (${code}); starting another`);
      cluster.fork();
    });
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    return;
  }
  startWorker(PORT, HOSTNAME).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

main();
