/**
 * npm run db:migration:create -- --name add_something
 * Compares prisma/schema.prisma with the committed migrations (replayed by Prisma's schema engine
 * on a throw-away in-memory PGlite) and writes the difference as a new prisma/migrations/<timestamp>_<name>/migration.sql.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer } from "@/lib/db/embedded-server";
import { MIGRATIONS_DIR } from "@/lib/db/migrations";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { freePort } from "./support/database";

const { values } = parseArgs({ options: { name: { type: "string" } } });
const name = (values.name ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("Usage: npm run db:migration:create -- --name <what_changed>");
  process.exit(2);
}

async function main() {
  const port = await freePort();
  const server = await startEmbeddedServer({ port });
  try {
    const sql = await diffMigrationsToSchema({ databaseUrl: embeddedDatabaseUrl(port) });
    if (!sql) {
      console.log("The schema matches the migrations: nothing to do.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
