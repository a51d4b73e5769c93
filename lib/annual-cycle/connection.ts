import type { ClientBase, Pool, PoolClient } from "pg";

/**
 * What the cycle and the removal records run on: a pg pool (the app's, or a script's) or one
 * connected client (a script's, a test's isolated database). Transactions and session locks need
 * one connection, taken from the pool for the duration.
 */
export type Database = Pool | ClientBase;

function isPool(database: Database): database is Pool {
  return "totalCount" in database && typeof (database as Pool).connect === "function";
}

export async function withConnection<T>(database: Database, work: (client: ClientBase) => Promise<T>): Promise<T> {
  if (!isPool(database)) return work(database);
  const client: PoolClient = await database.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
