/**
 * npm run demo — the quick start: serves the embedded database (PGlite, data in .data/pglite),
 * applies migrations, seeds a demo register of about 5,000 companies on the first run only,
 * builds the site and serves it on PORT (default 3000). With DATABASE_URL it uses that database
 * instead. Options: --count N (first-run register size), --no-build (reuse .next).
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrations";
import { getEnv } from "@/lib/env";
import { countEnterprises, seedRegister } from "@/prisma/seed/seed-register";
import { registerToday } from "@/lib/rules/publicity";
import { connect, openDatabase } from "./support/database";
import { createProgress } from "./support/progress";
import { bin, runCommand, startSite } from "./support/processes";

const { values } = parseArgs({
  options: { count: { type: "string", default: "5000" }, "no-build": { type: "boolean", default: false } },
});

async function main() {
  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    const { applied } = await applyMigrations(client);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    if ((await countEnterprises(client)) === 0) {
      const count = Number(values.count);
      console.log(`First run: seeding a demo register of ${count.toLocaleString("en")} companies.`);
      const progress = createProgress({ total: count, label: "seeding" });
      const result = await seedRegister(client, { count, seed: "demo", asOf: registerToday(), onProgress: progress.tick });
      progress.finish();
      console.log(`Seeded ${result.companies.toLocaleString("en")} companies (${result.rows.toLocaleString("en")} rows) in ${result.seconds.toFixed(1)} s.`);
    }
  } finally {
    await client.end();
  }

  // The demo register is seeded as of today: the yearly cycle keeps it current (daily, in the server).
  const env = { DATABASE_URL: database.url, ANNUAL_CYCLE_DAILY: getEnv().ANNUAL_CYCLE_DAILY ? "on" : "off" };
  if (!values["no-build"] || !existsSync(".next/BUILD_ID")) await runCommand(bin("next"), ["build"], env);
  const port = getEnv().PORT;
  console.log(`\nThe register is at http://localhost:${port}/zh (Ctrl-C stops the site and the database).`);
  const site = startSite({ port, env });
  const stop = async () => {
    site.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  site.on("exit", async (code) => {
    await database.close();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
