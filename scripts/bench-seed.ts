/**
 * npm run bench:seed -- [--count 20000] — seeding speed into a fresh PGlite on disk, and into
 * PostgreSQL when DATABASE_URL is set (its register is emptied first).
 * Targets (issue 2): ≥ 10,000 companies/min into PGlite, ≥ 50,000/min into PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { embeddedDatabaseUrl, getEnv } from "@/lib/env";
import { startEmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { freePort } from "./support/database";
import { createProgress } from "./support/progress";

const { values } = parseArgs({ options: { count: { type: "string", default: "20000" } } });

async function measure(label: string, url: string, count: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(client);
    if ((await countEnterprises(client)) > 0) await resetRegister(client);
    const progress = createProgress({ total: count, label });
    const result = await seedRegister(client, { count, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
    progress.finish();
    console.log(
      `${label}: ${count.toLocaleString("en")} companies, ${result.rows.toLocaleString("en")} rows in ${result.seconds.toFixed(1)} s = ` +
        `${Math.round((count / result.seconds) * 60).toLocaleString("en")} companies/min (${Math.round(result.rows / result.seconds).toLocaleString("en")} rows/s)`,
    );
  } finally {
    await client.end();
  }
}

async function main() {
  const count = Number(values.count);
  const port = await freePort();
  // On disk, like the quick start's .data/pglite.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-seed-"));
  const server = await startEmbeddedServer({ port, dataDir });
  try {
    await measure("PGlite", embeddedDatabaseUrl(port), count);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const url = getEnv().DATABASE_URL;
  if (url) await measure("PostgreSQL", url, count * 3);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
