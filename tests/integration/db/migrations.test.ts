import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { freePort } from "@/scripts/support/database";

// Each test gets its own in-memory PGlite: the migration runner must work on an empty database.
describe("migrations", () => {
  let server: EmbeddedServer;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    server = await startEmbeddedServer({ port });
    url = embeddedDatabaseUrl(port);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("apply once, are recorded like prisma migrate deploy, and a second run applies nothing", async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const first = await applyMigrations(client);
      expect(first.applied).toEqual(readMigrations().map((migration) => migration.name));
      const second = await applyMigrations(client);
      expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
      const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(rows.map((row) => row.migration_name)).toEqual(first.applied);
      expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await client.end();
    }
  });

  it("match prisma/schema.prisma exactly (no migration is missing)", async () => {
    const port = await freePort();
    const shadow = await startEmbeddedServer({ port });
    try {
      expect(await diffMigrationsToSchema({ databaseUrl: embeddedDatabaseUrl(port) })).toBe("");
    } finally {
      await shadow.stop();
    }
  }, 120_000);
});
