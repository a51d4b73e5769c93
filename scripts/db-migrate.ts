/**
 * npm run db:migrate — applies the committed migrations (prisma/migrations) that the database
 * has not seen yet, recording them in `_prisma_migrations` as `prisma migrate deploy` would.
 * Works on DATABASE_URL or on the embedded PGlite (started here if it is not running).
 */
import { applyMigrations } from "@/lib/db/migrations";
import { connect, openDatabase } from "./support/database";

async function main() {
  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    const result = await applyMigrations(client, { onApplied: (name) => console.log(`applied ${name}`) });
    console.log(
      result.applied.length === 0
        ? `Database is up to date (${result.alreadyApplied} migrations).`
        : `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`,
    );
  } finally {
    await client.end();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
