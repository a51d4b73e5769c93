import { Client } from "pg";
import { filingCodeExpiry, filingCodeHash, formatFilingCode, generateFilingCode } from "@/lib/auth/filing-codes";
import { createFilingCompany, type FilingCompany } from "@/prisma/seed/filing-fixtures";

/** The database the site under test uses (scripts/test.ts passes it to the browser stage). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the browser tests through `npm test`.");
  return url;
}

export type NewFiler = FilingCompany & { filingCode: string };

/**
 * A fresh enterprise a new filer will activate, as the regulator leaves it: registered, a filing
 * code issued (printed on the letter, so the test knows it), optionally already listed as
 * abnormal for not filing `listedForYear`.
 */
export async function prepareNewFiler({ type, establishedOn, label, listedForYear }: { type: "llc" | "individual-business"; establishedOn: string; label: string; listedForYear?: number }): Promise<NewFiler> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const company = await createFilingCompany(client, { type, establishedOn, label });
    const code = generateFilingCode();
    const issuedAt = new Date();
    await client.query(`INSERT INTO filing_code (enterprise_id, code_sha256, issued_at, issued_by, expires_at) VALUES ($1, $2, $3, 'regulator:e2e', $4)`, [
      company.id,
      filingCodeHash(code),
      issuedAt,
      filingCodeExpiry(issuedAt),
    ]);
    if (listedForYear !== undefined) {
      await client.query(
        `INSERT INTO abnormal_listing (enterprise_id, reason, report_year, listed_on, listed_by_id)
         SELECT id, 'no-annual-report', $2, make_date($2 + 1, 7, 1), authority_id FROM enterprise WHERE id = $1`,
        [company.id, listedForYear],
      );
    }
    return { ...company, filingCode: formatFilingCode(code) };
  } finally {
    await client.end();
  }
}
