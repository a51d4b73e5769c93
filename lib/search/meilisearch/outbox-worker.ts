import type { SearchDocument, SearchIndex } from "@/lib/search/contract";

/**
 * Drains the transactional outbox (`search_outbox`, prisma model SearchOutbox) into a search index.
 *
 * A batch is claimed with `FOR UPDATE SKIP LOCKED` inside a transaction that stays open while the
 * batch is sent, so several workers (one per app instance) never send the same rows, and a worker
 * that dies mid-batch leaves its rows unclaimed for the next one (the transaction rolls back).
 * Everything it needs to resume is in the table: processed_at, attempts, next_attempt_at.
 *
 * The database decides what is sent, not the row's `op`: every claimed company is loaded again
 * (`loadDocuments`); a document is upserted, null (or missing: no longer public, or deleted) is
 * removed from the index. So rows for one company in any order converge on its current state.
 */

/** The part of a pg PoolClient the worker uses (a fake in tests). */
export type OutboxClient = {
  query<Row extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  release(error?: Error | boolean): void;
};
/** The part of a pg Pool the worker uses. */
export type OutboxPool = { connect(): Promise<OutboxClient> };

export type LoadDocuments = (enterpriseIds: number[]) => Promise<Map<number, SearchDocument | null>>;

export type DrainOptions = {
  pool: OutboxPool;
  index: Pick<SearchIndex, "upsert" | "remove">;
  loadDocuments: LoadDocuments;
  batchSize?: number;
  /** Stop after this many batches (default: until nothing is due). */
  maxBatches?: number;
};

export type DrainResult = { processed: number; failed: number };

export const DEFAULT_OUTBOX_BATCH_SIZE = 500;
export const MAX_BACKOFF_SECONDS = 3_600;
const MAX_ERROR_LENGTH = 2_000;

/** Seconds until the next try after the given number of failed attempts: 2, 4, 8, … capped at 1 hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.max(1, attempts));
}

type OutboxRow = { id: string; enterprise_id: number; op: string; attempts: number };

export const CLAIM_SQL = `SELECT id::text AS id, enterprise_id, op, attempts
FROM search_outbox
WHERE processed_at IS NULL AND next_attempt_at <= now()
ORDER BY id
LIMIT $1
FOR UPDATE SKIP LOCKED`;

export const MARK_PROCESSED_SQL = `UPDATE search_outbox SET processed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])`;

export const MARK_FAILED_SQL = `UPDATE search_outbox AS o
SET attempts = o.attempts + 1, last_error = $3, next_attempt_at = now() + make_interval(secs => v.delay)
FROM unnest($1::bigint[], $2::int[]) AS v(id, delay)
WHERE o.id = v.id`;

/** USCCs of companies to remove: the index is keyed by USCC, the outbox by enterprise id. */
export const USCC_SQL = `SELECT id, uscc FROM enterprise WHERE id = ANY($1::int[])`;

export async function drainOutbox({ pool, index, loadDocuments, batchSize = DEFAULT_OUTBOX_BATCH_SIZE, maxBatches = Number.POSITIVE_INFINITY }: DrainOptions): Promise<DrainResult> {
  const result: DrainResult = { processed: 0, failed: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await drainBatch({ pool, index, loadDocuments, batchSize });
    if (claimed === null) break;
    result.processed += claimed.processed;
    result.failed += claimed.failed;
  }
  return result;
}

/** One claimed batch in one transaction; null when nothing is due. */
async function drainBatch({ pool, index, loadDocuments, batchSize }: Required<Pick<DrainOptions, "pool" | "index" | "loadDocuments" | "batchSize">>): Promise<DrainResult | null> {
  const client = await pool.connect();
  let releaseError: Error | undefined;
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<OutboxRow>(CLAIM_SQL, [batchSize]);
    if (rows.length === 0) {
      await client.query("COMMIT");
      return null;
    }
    const ids = rows.map((row) => row.id);
    try {
      await sendBatch({ client, index, loadDocuments, enterpriseIds: [...new Set(rows.map((row) => Number(row.enterprise_id)))] });
    } catch (error) {
      const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, MAX_ERROR_LENGTH);
      const delays = rows.map((row) => backoffSeconds(Number(row.attempts) + 1));
      await client.query(MARK_FAILED_SQL, [ids, delays, message]);
      await client.query("COMMIT");
      return { processed: 0, failed: rows.length };
    }
    await client.query(MARK_PROCESSED_SQL, [ids]);
    await client.query("COMMIT");
    return { processed: rows.length, failed: 0 };
  } catch (error) {
    // The database failed: roll back (the rows stay due) and let the caller see it.
    releaseError = error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release(releaseError);
  }
}

async function sendBatch({ client, index, loadDocuments, enterpriseIds }: { client: OutboxClient; index: DrainOptions["index"]; loadDocuments: LoadDocuments; enterpriseIds: number[] }): Promise<void> {
  const documents = await loadDocuments(enterpriseIds);
  const upserts: SearchDocument[] = [];
  const removals: number[] = [];
  for (const id of enterpriseIds) {
    const document = documents.get(id) ?? null;
    if (document === null) removals.push(id);
    else upserts.push(document);
  }
  if (upserts.length > 0) await index.upsert(upserts);
  if (removals.length === 0) return;
  const { rows } = await client.query<{ id: number; uscc: string }>(USCC_SQL, [removals]);
  // A company whose row is gone altogether has no USCC left to remove by (see the report/README).
  const usccs = rows.map((row) => row.uscc.trim());
  if (usccs.length > 0) await index.remove(usccs);
}
