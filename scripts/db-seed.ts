/**
 * npm run db:seed -- [--count 5000] [--seed 1] [--as-of YYYY-MM-DD] [--reset | --if-empty] [--dry-run]
 * Fills the register with realistic, deterministic demo data: the same --seed and --as-of give
 * the same register. Refuses to write into a register that already has companies unless --reset
 * (which empties it first) or --if-empty (which then does nothing: used by the quick start).
 */
import { parseArgs } from "node:util";
import { DEMO_LOGIN_COUNTS } from "@/prisma/seed/demo-logins";
import { createRegisterGenerator } from "@/prisma/seed/generate/register";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { connect, openDatabase } from "./support/database";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "5000" },
    seed: { type: "string", default: "1" },
    "as-of": { type: "string" },
    reset: { type: "boolean", default: false },
    "if-empty": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
  },
});

function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}

async function main() {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
  const asOf = values["as-of"] ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error("--as-of must be a date like 2026-11-23");
  const seed = values.seed ?? "1";

  if (values["dry-run"]) {
    const generator = createRegisterGenerator({ seed, count, asOf });
    const progress = createProgress({ total: count, label: "generating" });
    let rows = 0;
    for (let batch = generator.next(1000); generator.generated > 0 && Object.keys(batch).length > 0; batch = generator.next(1000)) {
      rows += Object.values(batch).reduce((sum, list) => sum + (list?.length ?? 0), 0);
      progress.tick(generator.generated);
    }
    progress.finish();
    console.log(`Dry run: would write ${count} companies and ${rows} rows (seed ${seed}, as of ${asOf}),`);
    console.log(
      `then demo logins: up to ${DEMO_LOGIN_COUNTS.filerAccounts} filer accounts, ${DEMO_LOGIN_COUNTS.filingCodes} unused filing codes, ${DEMO_LOGIN_COUNTS.regulatorUsers} regulator users` +
        (values.reset ? "; --reset would first empty the register and every account, session and filing table." : "."),
    );
    return;
  }

  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    const existing = await countEnterprises(client);
    if (existing > 0) {
      if (values["if-empty"]) {
        console.log(`The register already holds ${existing} companies: not seeding.`);
        return;
      }
      if (!values.reset) throw new Error(`The register already holds ${existing} companies. Use --reset to replace them.`);
      await resetRegister(client);
    }
    const progress = createProgress({ total: count, label: "seeding" });
    const result = await seedRegister(client, { count, seed, asOf, onProgress: progress.tick });
    progress.finish();
    const demo = result.demoLogins;
    console.log(
      `Seeded ${result.companies.toLocaleString("en")} companies (${result.rows.toLocaleString("en")} rows) in ${result.seconds.toFixed(1)} s: ` +
        `${Math.round((result.companies / result.seconds) * 60).toLocaleString("en")} companies/min (seed ${seed}, as of ${asOf}).`,
    );
    console.log(`Demo logins: ${demo.filerAccounts} filer accounts, ${demo.filingCodes} filing codes, ${demo.regulatorUsers} regulator users (npm run demo:logins lists them).`);
  } finally {
    await client.end();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
