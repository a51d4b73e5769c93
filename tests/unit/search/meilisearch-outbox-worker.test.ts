/**
 * The outbox worker against a fake pg pool that keeps the search_outbox table in memory and
 * answers the worker's SQL statements (matched by identity with the exported SQL). This proves the
 * worker's logic (claim order and size, dedupe, upsert vs delete, back-off, resume from the table's
 * state); the SQL itself (FOR UPDATE SKIP LOCKED, make_interval, unnest) is exercised against a
 * real PostgreSQL only by an integration test, not written yet.
 */
import { describe, expect, it } from "vitest";
import type { SearchDocument } from "@/lib/search/contract";
import {
  backoffSeconds,
  CLAIM_SQL,
  drainOutbox,
  MARK_FAILED_SQL,
  MARK_PROCESSED_SQL,
  USCC_SQL,
  type OutboxClient,
  type OutboxPool,
} from "@/lib/search/meilisearch/outbox-worker";
import { SAMPLE_DOCUMENT } from "./meilisearch-fixtures";

type Row = { id: number; enterprise_id: number; op: "upsert" | "delete"; attempts: number; next_attempt_at: number; processed_at: number | null; last_error: string | null };

function createFakeDatabase(rows: Omit<Row, "attempts" | "next_attempt_at" | "processed_at" | "last_error">[]) {
  const state = {
    now: 1_000_000,
    table: rows.map((row): Row => ({ ...row, attempts: 0, next_attempt_at: 0, processed_at: null, last_error: null })),
    usccs: new Map<number, string>([
      [1, "USCC1             "],
      [2, "USCC2"],
      [3, "USCC3"],
    ]),
    statements: [] as string[],
    releases: [] as (Error | boolean | undefined)[],
    failOn: null as string | null,
  };
  const client: OutboxClient = {
    async query<R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<{ rows: R[] }> {
      state.statements.push(text === CLAIM_SQL ? "CLAIM" : text === MARK_PROCESSED_SQL ? "PROCESSED" : text === MARK_FAILED_SQL ? "FAILED" : text === USCC_SQL ? "USCC" : text);
      if (state.failOn === text) throw new Error("connection lost");
      const result = (list: Record<string, unknown>[]) => ({ rows: list as R[] });
      if (text === CLAIM_SQL) {
        const due = state.table.filter((row) => row.processed_at === null && row.next_attempt_at <= state.now).sort((a, b) => a.id - b.id);
        return result(due.slice(0, Number(values[0])).map((row) => ({ id: String(row.id), enterprise_id: row.enterprise_id, op: row.op, attempts: row.attempts })));
      }
      if (text === MARK_PROCESSED_SQL) {
        const ids = (values[0] as string[]).map(Number);
        for (const row of state.table) if (ids.includes(row.id)) Object.assign(row, { processed_at: state.now, last_error: null });
        return result([]);
      }
      if (text === MARK_FAILED_SQL) {
        const [ids, delays, message] = values as [string[], number[], string];
        ids.forEach((id, i) => {
          const row = state.table.find((candidate) => candidate.id === Number(id));
          if (row) Object.assign(row, { attempts: row.attempts + 1, last_error: message, next_attempt_at: state.now + delays[i] * 1000 });
        });
        return result([]);
      }
      if (text === USCC_SQL) {
        const ids = values[0] as number[];
        return result(ids.filter((id) => state.usccs.has(id)).map((id) => ({ id, uscc: state.usccs.get(id) })));
      }
      return result([]);
    },
    release(error) {
      state.releases.push(error);
    },
  };
  const pool: OutboxPool = { connect: async () => client };
  return { state, pool };
}

function createFakeIndex() {
  const calls: { op: "upsert" | "remove"; values: string[] }[] = [];
  let failures = 0;
  return {
    calls,
    failNext(times: number) {
      failures = times;
    },
    index: {
      async upsert(documents: SearchDocument[]) {
        if (failures > 0) {
          failures--;
          throw new Error("Meilisearch is down");
        }
        calls.push({ op: "upsert" as const, values: documents.map((document) => document.uscc) });
      },
      async remove(usccs: string[]) {
        calls.push({ op: "remove" as const, values: usccs });
      },
    },
  };
}

/** Enterprises 1 and 3 are public; 2 is not (any more): null; any other is gone: left out of the map. */
async function loadDocuments(ids: number[]): Promise<Map<number, SearchDocument | null>> {
  const documents = new Map<number, SearchDocument | null>();
  for (const id of ids) {
    if (id === 2) documents.set(id, null);
    else if (id === 1 || id === 3) documents.set(id, { ...SAMPLE_DOCUMENT, uscc: `USCC${id}` });
  }
  return documents;
}

describe("drainOutbox", () => {
  it("sends the current state of each claimed company once, removes non-public ones by USCC, marks rows processed", async () => {
    const { state, pool } = createFakeDatabase([
      { id: 1, enterprise_id: 1, op: "upsert" },
      { id: 2, enterprise_id: 2, op: "delete" },
      { id: 3, enterprise_id: 1, op: "upsert" },
      { id: 4, enterprise_id: 9, op: "delete" },
    ]);
    const fake = createFakeIndex();
    const requested: number[][] = [];
    const result = await drainOutbox({
      pool,
      index: fake.index,
      loadDocuments: (ids) => {
        requested.push(ids);
        return loadDocuments(ids);
      },
    });
    expect(result).toEqual({ processed: 4, failed: 0 });
    expect(requested).toEqual([[1, 2, 9]]);
    // Enterprise 9 has no row left, so there is no USCC to remove by.
    expect(fake.calls).toEqual([
      { op: "upsert", values: ["USCC1"] },
      { op: "remove", values: ["USCC2"] },
    ]);
    expect(state.table.every((row) => row.processed_at === state.now)).toBe(true);
    expect(state.statements).toEqual(["BEGIN", "CLAIM", "USCC", "PROCESSED", "COMMIT", "BEGIN", "CLAIM", "COMMIT"]);
    expect(state.releases).toEqual([undefined, undefined]);
  });

  it("claims in id order, batch by batch, skipping rows not yet due and rows already processed", async () => {
    const { state, pool } = createFakeDatabase([5, 4, 3, 2, 1].map((id) => ({ id, enterprise_id: id === 2 ? 3 : 1, op: "upsert" as const })));
    state.table.find((row) => row.id === 4)!.next_attempt_at = state.now + 60_000;
    state.table.find((row) => row.id === 5)!.processed_at = 1;
    const fake = createFakeIndex();
    const result = await drainOutbox({ pool, index: fake.index, loadDocuments, batchSize: 2 });
    expect(result).toEqual({ processed: 3, failed: 0 });
    expect(fake.calls).toEqual([
      { op: "upsert", values: ["USCC1", "USCC3"] },
      { op: "upsert", values: ["USCC1"] },
    ]);
    expect(state.table.find((row) => row.id === 4)!.processed_at).toBeNull();
  });

  it("backs off exponentially on failure and resumes from the table alone", async () => {
    const { state, pool } = createFakeDatabase([
      { id: 1, enterprise_id: 1, op: "upsert" },
      { id: 2, enterprise_id: 3, op: "upsert" },
    ]);
    const fake = createFakeIndex();
    fake.failNext(2);

    expect(await drainOutbox({ pool, index: fake.index, loadDocuments })).toEqual({ processed: 0, failed: 2 });
    expect(state.table.map((row) => [row.attempts, row.next_attempt_at - state.now, row.last_error])).toEqual([
      [1, 2_000, "Error: Meilisearch is down"],
      [1, 2_000, "Error: Meilisearch is down"],
    ]);
    // Not due yet: nothing is claimed, nothing is sent.
    expect(await drainOutbox({ pool, index: fake.index, loadDocuments })).toEqual({ processed: 0, failed: 0 });

    state.now += 2_000;
    expect(await drainOutbox({ pool, index: fake.index, loadDocuments })).toEqual({ processed: 0, failed: 2 });
    expect(state.table.map((row) => [row.attempts, row.next_attempt_at - state.now])).toEqual([
      [2, 4_000],
      [2, 4_000],
    ]);

    // A new worker (same table, new index client) picks up where the last one stopped.
    state.now += 4_000;
    const next = createFakeIndex();
    expect(await drainOutbox({ pool, index: next.index, loadDocuments })).toEqual({ processed: 2, failed: 0 });
    expect(next.calls).toEqual([{ op: "upsert", values: ["USCC1", "USCC3"] }]);
    expect(state.table.map((row) => [row.attempts, row.processed_at, row.last_error])).toEqual([
      [2, state.now, null],
      [2, state.now, null],
    ]);
  });

  it("counts a failing loadDocuments as a failed batch", async () => {
    const { state, pool } = createFakeDatabase([{ id: 1, enterprise_id: 1, op: "upsert" }]);
    const result = await drainOutbox({
      pool,
      index: createFakeIndex().index,
      loadDocuments: async () => {
        throw new Error("projection failed");
      },
    });
    expect(result).toEqual({ processed: 0, failed: 1 });
    expect(state.table[0].last_error).toBe("Error: projection failed");
  });

  it("rolls back and throws when the database fails, leaving rows due", async () => {
    const { state, pool } = createFakeDatabase([{ id: 1, enterprise_id: 1, op: "upsert" }]);
    state.failOn = MARK_PROCESSED_SQL;
    await expect(drainOutbox({ pool, index: createFakeIndex().index, loadDocuments })).rejects.toThrow("connection lost");
    expect(state.statements.at(-1)).toBe("ROLLBACK");
    expect(state.releases[0]).toBeInstanceOf(Error);
  });

  it("stops after maxBatches", async () => {
    const { pool } = createFakeDatabase([1, 2, 3].map((id) => ({ id, enterprise_id: 1, op: "upsert" as const })));
    expect(await drainOutbox({ pool, index: createFakeIndex().index, loadDocuments, batchSize: 1, maxBatches: 2 })).toEqual({ processed: 2, failed: 0 });
  });
});

describe("backoffSeconds", () => {
  it("doubles from 2 s and stops at one hour", () => {
    expect([1, 2, 3, 10, 11, 12, 40].map(backoffSeconds)).toEqual([2, 4, 8, 1024, 2048, 3600, 3600]);
  });
});
