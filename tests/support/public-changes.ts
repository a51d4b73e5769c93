import { randomBytes } from "node:crypto";
import type { ClientBase, Pool } from "pg";

/**
 * Reading the public changes feed (public_change) in tests of its writers, and making a writer's
 * transaction fail on purpose: a trigger that raises for one enterprise's rows of one table, so a
 * test can prove that nothing of a failed write reaches the feed (and that a failed feed write
 * leaves nothing behind), without disturbing the other test files sharing the database.
 */
type Queryable = ClientBase | Pool;

export type FeedRow = { id: string; enterpriseId: number; kind: string; action: string; recordId: string | null; at: Date };

/** The feed's rows of one enterprise (after the cursor `afterId`), in feed order. */
export async function feedRowsOf(client: Queryable, enterpriseId: number, { afterId = "0" }: { afterId?: string } = {}): Promise<FeedRow[]> {
  const { rows } = await client.query<{ id: string; enterprise_id: number; kind: string; action: string; record_id: string | null; at: Date }>(
    `SELECT c.id::text AS id, c.enterprise_id, c.kind, c.action, c.record_id, c.at FROM public_change c WHERE c.enterprise_id = $1 AND c.id > $2::bigint ORDER BY c.id`,
    [enterpriseId, afterId],
  );
  return rows.map((row) => ({ id: row.id, enterpriseId: row.enterprise_id, kind: row.kind, action: row.action, recordId: row.record_id, at: row.at }));
}

/** "kind action recordId", the short form most assertions compare. */
export function feedLines(rows: readonly FeedRow[]): string[] {
  return rows.map((row) => `${row.kind} ${row.action} ${row.recordId}`);
}

/** The feed's current cursor (0 when empty). */
export async function lastFeedId(client: Queryable): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM public_change`);
  return rows[0].id;
}

/**
 * Makes every insert or update of `table` fail for `enterpriseId` (column `column`, enterprise_id
 * by default) until the returned function is called.
 */
export async function failWritesOf(
  client: Queryable,
  { table, enterpriseId, column = "enterprise_id" }: { table: string; enterpriseId: number; column?: string },
): Promise<() => Promise<void>> {
  const name = `test_fail_${table}_${randomBytes(4).toString("hex")}`;
  await client.query(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF NEW.${column} = ${Number(enterpriseId)} THEN RAISE EXCEPTION 'planted failure on ${table}'; END IF;
       RETURN NEW;
     END $$`,
  );
  await client.query(`CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return async () => {
    await client.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
    await client.query(`DROP FUNCTION IF EXISTS ${name}()`);
  };
}
