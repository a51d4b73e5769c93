import type { Client } from "pg";
import { generateUscc } from "../../lib/codes/credit-code";
import { insertSearchEntry } from "../../lib/search/postgres/search-entry";
import { refreshSearchFacts } from "../../lib/search/postgres/search-facts";
import { createRandom } from "./generate/random";
import { TABLE_NAMES } from "./generate/register";

/**
 * A company with many public records, for benchmarks, tests and for looking at long pages and
 * reports. It is added to a seeded register as a company of its own (the register's other
 * companies are left as they are): a group company modelled on the first live limited company
 * with a Uyghur name and annual reports (whose annual reports it copies), with `records` public
 * records in every list section copied from other companies of the register, so their texts are
 * as varied and realistic as the register's. Running it again replaces it. Returns its code.
 */
const SHARES: [table: string, share: number][] = [
  ["shareholder", 12],
  ["key_person", 8],
  ["change_record", 55],
  ["licence", 24],
  ["penalty", 20],
  ["abnormal_listing", 6],
  ["serious_violation", 2],
  ["spot_check", 20],
  ["chattel_mortgage", 14],
  ["equity_pledge", 7],
  ["judicial_assistance", 3],
  ["equity_change", 14],
  ["ip_pledge", 3],
  ["contribution", 12],
];
const SHARE_TOTAL = SHARES.reduce((sum, [, share]) => sum + share, 0);

/** The detail tables of an annual report, in the order the seeder writes them. */
const ANNUAL_REPORT_CHILDREN = TABLE_NAMES.filter((table) => table.startsWith("annual_report_"));

/** The busy company's code: the same in every register. */
export const BUSY_USCC = generateUscc({ authority: "9", entityType: "1", division: "653001", random: createRandom(20261123).source });

async function columnsOf(client: Client, table: string, except: string[]): Promise<string> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows
    .map((row) => row.column_name)
    .filter((column) => !except.includes(column))
    .map((column) => `"${column}"`)
    .join(", ");
}

export async function makeBusyCompany(client: Client, { records = 200 }: { records?: number } = {}): Promise<string> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT e.id FROM enterprise e
      WHERE e.status = 'active' AND e.parent_id IS NULL AND e.type = 'llc' AND e.name_ug IS NOT NULL AND e.uscc <> $1
        AND EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id)
      ORDER BY e.id LIMIT 1`,
    [BUSY_USCC],
  );
  if (rows.length === 0) throw new Error("The register holds no live limited company with a Uyghur name and annual reports: seed it first.");
  const sourceId = rows[0].id;
  // Counts per table in proportion to SHARES, adding up to exactly `records`.
  const counts = SHARES.map(([table, share]) => ({ table, count: Math.floor((share * records) / SHARE_TOTAL) }));
  for (let index = 0; counts.reduce((sum, entry) => sum + entry.count, 0) < records; index++) counts[index % counts.length].count++;

  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM credit_report WHERE enterprise_id IN (SELECT id FROM enterprise WHERE uscc = $1)`, [BUSY_USCC]);
    await client.query(`DELETE FROM enterprise WHERE uscc = $1`, [BUSY_USCC]);
    const enterpriseColumns = await columnsOf(client, "enterprise", ["id", "uscc", "registration_number", "name_zh", "name_ug", "parent_id", "updated_at"]);
    const { rows: created } = await client.query<{ id: number; name_zh: string; name_ug: string | null; legal_rep_name: string }>(
      `INSERT INTO enterprise (uscc, name_zh, name_ug, ${enterpriseColumns})
       SELECT $1, regexp_replace(name_zh, '有限公司$', '集团有限公司'), regexp_replace(name_ug, 'چەكلىك شىركىتى$', 'گۇرۇھ چەكلىك شىركىتى'), ${enterpriseColumns}
         FROM enterprise WHERE id = $2
       RETURNING id, name_zh, name_ug, legal_rep_name`,
      [BUSY_USCC, sourceId],
    );
    const { id, name_zh: nameZh, name_ug: nameUg, legal_rep_name: legalRepName } = created[0];

    // The source company's annual reports, with their detail tables.
    const reportColumns = await columnsOf(client, "annual_report", ["id", "enterprise_id"]);
    await client.query(`INSERT INTO annual_report (enterprise_id, ${reportColumns}) SELECT $1, ${reportColumns} FROM annual_report WHERE enterprise_id = $2`, [id, sourceId]);
    for (const table of ANNUAL_REPORT_CHILDREN) {
      const columns = await columnsOf(client, table, ["id", "report_id"]);
      await client.query(
        `INSERT INTO ${table} (report_id, ${columns})
         SELECT copy.id, ${columns.split(", ").map((column) => `child.${column}`).join(", ")}
           FROM ${table} child
           JOIN annual_report original ON original.id = child.report_id AND original.enterprise_id = $2
           JOIN annual_report copy ON copy.enterprise_id = $1 AND copy.year = original.year`,
        [id, sourceId],
      );
    }

    for (const { table, count } of counts) {
      // A listing's report year is unique per company: the copies of other companies' listings have none.
      const columns = await columnsOf(client, table, ["id", "enterprise_id", ...(table === "abnormal_listing" ? ["report_year"] : [])]);
      // Cycle through the other companies' rows when there are fewer than needed.
      await client.query(
        `INSERT INTO ${table} (enterprise_id, ${columns})
         SELECT $1, ${columns} FROM (SELECT t.*, g FROM ${table} t CROSS JOIN generate_series(1, $2::int) g WHERE t.enterprise_id <> $1) source
          ORDER BY g, id LIMIT $2`,
        [id, count],
      );
    }
    // Penalties are public only during their publicity period: keep the copies in it.
    await client.query(
      `UPDATE penalty SET repaired_on = NULL, annulled_on = NULL, publicity_ends_on = GREATEST(publicity_ends_on, current_date + 365)
        WHERE enterprise_id = $1`,
      [id],
    );

    // The app writes a company's search entry with it (lib/search/postgres/search-entry.ts).
    const { rows: names } = await client.query<{ before: string }>(`SELECT before FROM change_record WHERE enterprise_id = $1 AND item = 'name'`, [id]);
    await insertSearchEntry(client, id, { nameZh, nameUg, formerNames: names.map((row) => row.before), legalRepName });
    await refreshSearchFacts(client, { fromId: id, toId: id });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return BUSY_USCC;
}
