import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidUscc } from "@/lib/codes/credit-code";
import { embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { seedRegister } from "@/prisma/seed/seed-register";
import { freePort } from "@/scripts/support/database";

/** A fresh in-memory PGlite with the schema, seeded with `count` companies. */
async function seededDatabase(count: number, seed: string): Promise<{ server: EmbeddedServer; client: Client }> {
  const port = await freePort();
  const server = await startEmbeddedServer({ port });
  const client = new Client({ connectionString: embeddedDatabaseUrl(port) });
  await client.connect();
  await applyMigrations(client);
  await seedRegister(client, { count, seed, asOf: "2026-11-23", batchSize: 100 });
  return { server, client };
}

// updated_at is the time of writing, not data.
async function fingerprint(client: Client, table: string): Promise<string> {
  const { rows } = await client.query<{ md5: string }>(`SELECT md5(string_agg((to_jsonb(t) - 'updated_at')::text, '|' ORDER BY id)) AS md5 FROM "${table}" t`);
  return rows[0].md5;
}

describe("seeding a register", () => {
  let first: { server: EmbeddedServer; client: Client };
  let second: { server: EmbeddedServer; client: Client };

  beforeAll(async () => {
    first = await seededDatabase(300, "determinism");
    second = await seededDatabase(300, "determinism");
  });
  afterAll(async () => {
    for (const database of [first, second]) {
      await database?.client.end();
      await database?.server.stop();
    }
  });

  it("is deterministic: the same seed writes the same rows", async () => {
    for (const table of ["enterprise", "shareholder", "penalty", "abnormal_listing", "annual_report", "annual_report_social_insurance", "filer_account", "filing_code", "regulator_user"]) {
      expect(await fingerprint(first.client, table), table).toBe(await fingerprint(second.client, table));
    }
  });

  it("writes valid, unique codes and moves every id sequence past the seeded ids", async () => {
    const { rows } = await first.client.query<{ uscc: string }>("SELECT uscc FROM enterprise");
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => isValidUscc(row.uscc))).toBe(true);
    const inserted = await first.client.query<{ id: number }>(
      `INSERT INTO key_person (enterprise_id, position, name, title) VALUES (1, 99, '新人', 'manager') RETURNING id`,
    );
    const { rows: max } = await first.client.query<{ max: number }>("SELECT max(id) AS max FROM key_person WHERE position <> 99");
    expect(inserted.rows[0].id).toBeGreaterThan(max[0].max);
  });

  it("writes every record kind", async () => {
    for (const table of ["shareholder", "key_person", "change_record", "licence", "penalty", "abnormal_listing", "spot_check", "annual_report", "annual_report_social_insurance", "authority"]) {
      const { rows } = await first.client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      expect(Number(rows[0].n), table).toBeGreaterThan(0);
    }
  });

  it("adds the same few demo logins whatever the register's size", async () => {
    for (const [table, count] of [["filer_account", 4], ["regulator_user", 3]] as const) {
      const { rows } = await first.client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      expect(Number(rows[0].n), table).toBe(count);
    }
  });

  it("records each batch in the audit log", async () => {
    const { rows } = await first.client.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'register.seed'`);
    expect(Number(rows[0].n)).toBe(3);
  });
});
