import { Client } from "pg";
import { requireDatabaseUrl } from "../../support/database";

export type KnownCompany = { uscc: string; nameZh: string; nameUg: string | null; registrationNumber: string | null };

/** A live head-office company from the seeded test register (optionally one with a Uyghur name). */
export async function findCompany({ hasUyghurName = false, hasRegistrationNumber = false } = {}): Promise<KnownCompany> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ uscc: string; name_zh: string; name_ug: string | null; registration_number: string | null }>(
      `SELECT uscc, name_zh, name_ug, registration_number FROM enterprise
        WHERE status = 'active' AND parent_id IS NULL
          AND ($1::boolean = false OR name_ug IS NOT NULL)
          AND ($2::boolean = false OR registration_number IS NOT NULL)
        ORDER BY id LIMIT 1`,
      [hasUyghurName, hasRegistrationNumber],
    );
    if (rows.length === 0) throw new Error("The test register holds no such company");
    const row = rows[0];
    return { uscc: row.uscc, nameZh: row.name_zh, nameUg: row.name_ug, registrationNumber: row.registration_number };
  } finally {
    await client.end();
  }
}
