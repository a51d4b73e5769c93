import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATION_DATA_STEPS } from "@/lib/db/migration-data-steps";
import { readMigrations } from "@/lib/db/migrations";
import { refreshUyghurSearchForms } from "@/lib/search/postgres/search-entry";
import { uyghurSearchForms } from "@/lib/uyghur/search-forms";
import { requireDatabaseUrl } from "../../support/database";

/** search_entry's Uyghur search forms (lib/uyghur/search-forms.ts) and the migration step that fills them. */
describe("Uyghur search forms in search_entry", () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
  });

  it("are filled by every writer: recomputing them all changes no row", async () => {
    const { rows } = await client.query<{ name_ug: string | null; arabic: string; latin: string }>(
      `SELECT e.name_ug, s.name_ug AS arabic, s.name_ug_latin AS latin FROM search_entry s JOIN enterprise e ON e.id = s.enterprise_id`,
    );
    expect(rows.filter((row) => row.name_ug !== null).length).toBeGreaterThan(100);
    for (const row of rows) expect({ arabic: row.arabic, latin: row.latin }, row.name_ug ?? "").toEqual(uyghurSearchForms(row.name_ug));
    expect(await refreshUyghurSearchForms(client)).toBe(0);
  });

  it("are filled for the rows already there by the data step of the migration that added them", async () => {
    const [migration] = readMigrations().filter((candidate) => candidate.name in MIGRATION_DATA_STEPS);
    expect(migration.name).toMatch(/_search_uyghur_forms$/);
    await client.query("BEGIN");
    try {
      // As the migration's SQL leaves them (empty), with more rows than one batch of the step.
      await client.query(`UPDATE search_entry SET name_ug = '', name_ug_latin = ''`);
      await MIGRATION_DATA_STEPS[migration.name](client);
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM search_entry s JOIN enterprise e ON e.id = s.enterprise_id WHERE e.name_ug IS NOT NULL AND s.name_ug_latin = ''`,
      );
      expect(Number(rows[0].n)).toBe(0);
      expect(await refreshUyghurSearchForms(client)).toBe(0);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
