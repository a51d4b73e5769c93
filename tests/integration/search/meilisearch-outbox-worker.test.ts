/**
 * The outbox worker's SQL on the test run's real database (PostgreSQL or the embedded PGlite):
 * claim order, back-off written by the database, resume. It works on session-local temporary
 * copies of `search_outbox` and `enterprise` (temporary tables shadow the real ones on the one
 * connection the pool holds, and are dropped afterwards), so the shared, seeded register is not
 * touched. The index is a fake:
 * Meilisearch cannot run here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Pool } from "pg";
import type { SearchDocument } from "@/lib/search/contract";
import { drainOutbox } from "@/lib/search/meilisearch/outbox-worker";
import { requireDatabaseUrl } from "../../support/database";

type StateRow = { id: string; attempts: number; wait: number; done: boolean; last_error: string | null };

describe("drainOutbox on the database", () => {
  let pool: Pool;

  beforeAll(async () => {
    pool = new Pool({ connectionString: requireDatabaseUrl(), max: 1 });
    // The columns of prisma/migrations/…_init (search_outbox).
    await pool.query(`CREATE TEMP TABLE search_outbox (
      id BIGSERIAL PRIMARY KEY, enterprise_id INTEGER NOT NULL, op TEXT NOT NULL,
      created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, processed_at TIMESTAMP(3), last_error TEXT)`);
    await pool.query(`CREATE TEMP TABLE enterprise (id int PRIMARY KEY, uscc char(18) NOT NULL)`);
    await pool.query(`INSERT INTO enterprise VALUES (1, 'AAAAAAAAAAAAAAAAAA'), (2, 'BBBBBBBBBBBBBBBBBB')`);
    // Due a second ago: next_attempt_at keeps milliseconds, so "now" rounded up could be ahead of now().
    await pool.query(
      `INSERT INTO search_outbox (enterprise_id, op, next_attempt_at)
       SELECT id, op, now() - interval '1 second' FROM (VALUES (1, 'upsert'), (2, 'delete'), (1, 'upsert'), (3, 'delete')) AS v(id, op)`,
    );
  });

  afterAll(async () => {
    // The embedded PGlite has one session for all connections: drop the shadows explicitly.
    await pool?.query(`DROP TABLE IF EXISTS pg_temp.search_outbox, pg_temp.enterprise`);
    await pool?.end();
  });

  async function state(): Promise<StateRow[]> {
    const { rows } = await pool.query<StateRow>(
      `SELECT id::text AS id, attempts, round(extract(epoch FROM next_attempt_at - now()))::int AS wait, processed_at IS NOT NULL AS done, last_error FROM search_outbox ORDER BY id`,
    );
    return rows;
  }

  it("backs off on failure, then resumes and sends each company's current state", async () => {
    let isDown = true;
    const sent: string[] = [];
    const index = {
      async upsert(documents: SearchDocument[]) {
        if (isDown) throw new Error("Meilisearch is down");
        sent.push(...documents.map((document) => `+${document.uscc}`));
      },
      async remove(usccs: string[]) {
        sent.push(...usccs.map((uscc) => `-${uscc}`));
      },
    };
    const loadDocuments = async (ids: number[]) => new Map<number, SearchDocument | null>(ids.map((id) => [id, id === 1 ? ({ uscc: "AAAAAAAAAAAAAAAAAA" } as SearchDocument) : null]));

    expect(await drainOutbox({ pool, index, loadDocuments, batchSize: 10 })).toEqual({ processed: 0, failed: 4 });
    const failed = await state();
    expect(failed.map((row) => [row.attempts, row.done, row.last_error])).toEqual(Array(4).fill([1, false, "Error: Meilisearch is down"]));
    for (const row of failed) expect(row.wait).toBeGreaterThanOrEqual(1), expect(row.wait).toBeLessThanOrEqual(2);

    // Not due yet.
    isDown = false;
    expect(await drainOutbox({ pool, index, loadDocuments })).toEqual({ processed: 0, failed: 0 });

    // A second in the past: next_attempt_at keeps milliseconds, and now() rounded up could still be ahead.
    await pool.query(`UPDATE search_outbox SET next_attempt_at = now() - interval '1 second'`);
    expect(await drainOutbox({ pool, index, loadDocuments, batchSize: 3 })).toEqual({ processed: 4, failed: 0 });
    // Batch 1 (rows 1–3): enterprises 1 and 2; batch 2 (row 4): enterprise 3, gone without a trace.
    expect(sent).toEqual(["+AAAAAAAAAAAAAAAAAA", "-BBBBBBBBBBBBBBBBBB"]);
    expect((await state()).map((row) => [row.attempts, row.done, row.last_error])).toEqual(Array(4).fill([1, true, null]));
  });
});
