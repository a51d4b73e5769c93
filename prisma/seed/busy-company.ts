import type { Client } from "pg";

/**
 * A company with many public records, for benchmarks and for looking at long pages and reports:
 * the first live limited company with a Uyghur name and annual reports gets `records` public
 * records in every list section, copied from other companies of the seeded register (so their
 * texts are as varied and realistic as the register's). Its own list records are replaced;
 * running it again gives the same result. Returns the company's code.
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

export async function makeBusyCompany(client: Client, { records = 200 }: { records?: number } = {}): Promise<string> {
  const { rows } = await client.query<{ id: number; uscc: string }>(
    `SELECT e.id, e.uscc FROM enterprise e
      WHERE e.status = 'active' AND e.parent_id IS NULL AND e.type = 'llc' AND e.name_ug IS NOT NULL
        AND EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id)
      ORDER BY e.id LIMIT 1`,
  );
  if (rows.length === 0) throw new Error("The register holds no live limited company with a Uyghur name and annual reports: seed it first.");
  const { id, uscc } = rows[0];
  // Counts per table in proportion to SHARES, adding up to exactly `records`.
  const counts = SHARES.map(([table, share]) => ({ table, count: Math.floor((share * records) / SHARE_TOTAL) }));
  for (let index = 0; counts.reduce((sum, entry) => sum + entry.count, 0) < records; index++) counts[index % counts.length].count++;

  await client.query("BEGIN");
  try {
    for (const { table, count } of counts) {
      const { rows: columns } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND column_name NOT IN ('id', 'enterprise_id')
          ORDER BY ordinal_position`,
        [table],
      );
      const list = columns.map((column) => `"${column.column_name}"`).join(", ");
      await client.query(`DELETE FROM ${table} WHERE enterprise_id = $1`, [id]);
      // Cycle through the other companies' rows when there are fewer than needed.
      await client.query(
        `INSERT INTO ${table} (enterprise_id, ${list})
         SELECT $1, ${list} FROM (SELECT t.*, g FROM ${table} t CROSS JOIN generate_series(1, $2::int) g WHERE t.enterprise_id <> $1) source
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
    await client.query(`UPDATE enterprise SET updated_at = now() WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return uscc.trim();
}
