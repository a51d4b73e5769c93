/**
 * npm test — the whole suite, on the embedded database unless DATABASE_URL is set:
 *   1. static checks: message catalogues (same keys, no left/right utilities), TypeScript;
 *   2. unit tests (tests/unit);
 *   3. database tests (tests/integration) on a fresh database: an in-memory PGlite served on a
 *      free port, or DATABASE_URL (with --fresh-schema its public schema is dropped first);
 *      migrations applied, a small register seeded;
 *   4. browser journeys (tests/e2e): `next build`, `next start`, Debian's Chromium via playwright-core.
 * Options: --only static|unit|db|e2e (repeatable), --fresh-schema, --no-build (reuse .next).
 * Anything else narrows the stages that run to the test files whose path contains it (vitest's
 * filters), e.g. `npm test -- --only db changes-feed` or `npm test -- --only e2e ingest-journey`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { getEnv, embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { seedRegister } from "@/prisma/seed/seed-register";
import { freePort } from "./support/database";
import { bin, runCommand as run, startSite, waitForHttp } from "./support/processes";

const STAGES = ["static", "unit", "db", "e2e"] as const;
type Stage = (typeof STAGES)[number];

const { values, positionals: testFilters } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: "string", multiple: true },
    "fresh-schema": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const TEST_REGISTER = { count: 400, seed: "test", asOf: "2026-11-23" };

type TestDatabase = { url: string; stop: () => Promise<void> };

async function prepareDatabase(): Promise<TestDatabase> {
  const configured = getEnv().DATABASE_URL;
  let embedded: EmbeddedServer | null = null;
  let url: string;
  if (configured) {
    url = configured;
    console.log(`Database: ${url.replace(/\/\/[^@]*@/, "//…@")}`);
  } else {
    const port = await freePort();
    embedded = await startEmbeddedServer({ port });
    url = embeddedDatabaseUrl(port);
    console.log(`Database: in-memory PGlite on port ${port}`);
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (configured && values["fresh-schema"]) {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
    const { applied } = await applyMigrations(client);
    console.log(`Applied ${applied.length} migration(s).`);
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM enterprise");
    if (Number(rows[0].n) === 0) {
      const result = await seedRegister(client, TEST_REGISTER);
      console.log(`Seeded ${result.companies} companies (${result.rows} rows) in ${result.seconds.toFixed(1)} s.`);
    } else if (!values["fresh-schema"] && configured) {
      console.log(`Using the ${rows[0].n} companies already there.`);
    }
  } finally {
    await client.end();
  }
  return { url, stop: async () => { await embedded?.stop(); } };
}

async function main() {
  const only = (values.only ?? []) as Stage[];
  for (const stage of only) if (!STAGES.includes(stage)) throw new Error(`Unknown stage ${stage}; use ${STAGES.join(", ")}`);
  const wants = (stage: Stage) => only.length === 0 || only.includes(stage);

  if (wants("static")) {
    await run(bin("tsx"), ["scripts/check-i18n.ts"]);
    // Route types (PageProps, LayoutProps) come from Next's type generator, not from the repository.
    await run(bin("next"), ["typegen"]);
    await run(bin("tsc"), ["--noEmit", "-p", "."]);
  }
  if (wants("unit")) await run(bin("vitest"), ["run", ...(testFilters.length > 0 ? testFilters : ["tests/unit"])]);
  if (!wants("db") && !wants("e2e")) return;

  const database = await prepareDatabase();
  const env = { DATABASE_URL: database.url };
  try {
    if (wants("db")) await run(bin("vitest"), ["run", ...(testFilters.length > 0 ? testFilters : ["tests/integration"])], env);
    if (wants("e2e")) {
      if (!values["no-build"]) await run(bin("next"), ["build"], env);
      const port = await freePort();
      // Bulk-data snapshots the browser tests make and the site lists: a folder of their own.
      const exportDir = await mkdtemp(path.join(os.tmpdir(), "xj-e2e-exports-"));
      // The browser tests send thousands of API requests from one address: the limits are lifted
      // for this site (tests/e2e/api-rate-limit.test.ts starts a site of its own with a tiny one).
      const siteEnv = { ...env, EXPORT_DIR: exportDir, API_RATE_LIMIT_PER_MINUTE: "1000000", API_KEY_RATE_LIMIT_PER_MINUTE: "1000000" };
      const site = startSite({ port, host: "127.0.0.1", env: siteEnv });
      try {
        await waitForHttp(`http://127.0.0.1:${port}/zh`, 60_000);
        await run(bin("vitest"), ["run", "-c", "vitest.e2e.config.mts", ...testFilters], { ...siteEnv, E2E_BASE_URL: `http://127.0.0.1:${port}` });
      } finally {
        site.stop();
        await rm(exportDir, { recursive: true, force: true });
      }
    }
  } finally {
    await database.stop();
  }
  console.log("\nAll tests passed.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
