// Scratch helper (search UI helper session): in-memory DB for a manual check. Deleted afterwards.
import { Client } from "pg";
import { embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { seedRegister } from "@/prisma/seed/seed-register";

async function main() {
  const port = 55433;
  await startEmbeddedServer({ port });
  const client = new Client({ connectionString: embeddedDatabaseUrl(port) });
  await client.connect();
  await applyMigrations(client);
  const result = await seedRegister(client, { count: 400, seed: "test", asOf: "2026-11-23" });
  console.log("seeded", result.companies);
  await client.end();
  console.log("READY", embeddedDatabaseUrl(port));
}
main().catch((error) => { console.error(error); process.exit(1); });
