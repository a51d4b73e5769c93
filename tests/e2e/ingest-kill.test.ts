import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/ingestion/api-keys";
import { MAX_BATCH_RECORDS } from "@/lib/ingestion/kinds";
import { freePort } from "../../scripts/support/database";
import { startSite, waitForHttp } from "../../scripts/support/processes";

/**
 * Nothing lost (issue 6): a site of its own (the built app, on the test database) takes batches of
 * 1,000 penalties and is killed with SIGKILL while a batch is being written. The department then
 * re-sends everything to a restarted site. Every record must exist exactly once — on the register,
 * in the identities, in the history, the audit log and the changes feed — and the batch that was
 * cut off must have been all or nothing before the re-send.
 */
const BATCHES = 6;
const RUN = `KILL-${Date.now().toString(36).toUpperCase()}`;

let client: Client;
let key: string;
let codes: string[];

function batch(number: number) {
  return Array.from({ length: MAX_BATCH_RECORDS }, (_, n) => ({
    documentNumber: `${RUN}-${number}-${n}`,
    uscc: codes[(number * 37 + n) % codes.length],
    violationType: "unlicensed-operation",
    kinds: ["fine"],
    content: `罚款人民币${1000 + n}元`,
    fineYuan: String(1000 + n),
    decidedOn: "2026-11-03",
    documentText: "当事人未取得许可从事经营活动。".repeat(40),
  }));
}

async function startOwnSite() {
  const port = await freePort();
  const site = startSite({ port, host: "127.0.0.1", env: { DATABASE_URL: process.env.DATABASE_URL!, WEB_CONCURRENCY: "1", API_KEY_RATE_LIMIT_PER_MINUTE: "100000" }, quiet: true });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/zh`, 60_000);
  return { site, base };
}

function post(base: string, records: unknown[]): Promise<Response> {
  return fetch(`${base}/api/v1/ingest/penalties`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ records }),
  });
}

async function countOf(sql: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql, [`${RUN}-%`]);
  return rows[0].n;
}

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ uscc: string }>(`SELECT uscc FROM enterprise ORDER BY id LIMIT 300`);
  codes = rows.map((row) => row.uscc);
  key = (await createApiKey({ authorityId: "amr-650000", kinds: ["penalties"], createdBy: "test:kill" })).key;
});

afterAll(async () => {
  await client.end();
});

describe("a server killed in the middle of a batch", () => {
  it("loses nothing and stores nothing twice once the department re-sends", async () => {
    let { site, base } = await startOwnSite();
    const times: number[] = [];
    let killedDuring = -1;
    let answered = 0;
    try {
      for (let number = 0; number < 2; number++) {
        const started = performance.now();
        const response = await post(base, batch(number));
        times.push(performance.now() - started);
        expect(response.status).toBe(200);
        expect(((await response.json()) as { accepted: number }).accepted).toBe(MAX_BATCH_RECORDS);
        answered++;
      }
      // Kill the whole server (its process group) while a batch is in flight, when its
      // transaction is open: first at half the time a batch took before. A warm server may answer
      // sooner than that; then the next batch is tried with half the wait.
      let wait = Math.max(20, (times[0] + times[1]) / 4);
      for (let number = 2; number < BATCHES && killedDuring === -1; number++) {
        let settled = false;
        const inFlight = post(base, batch(number)).then(
          async (response) => {
            settled = true;
            return { status: response.status, accepted: ((await response.json()) as { accepted: number }).accepted };
          },
          () => "connection lost" as const,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (settled) {
          expect(await inFlight).toEqual({ status: 200, accepted: MAX_BATCH_RECORDS });
          answered++;
          wait = Math.max(5, wait / 2);
          continue;
        }
        process.kill(-site.pid!, "SIGKILL");
        const outcome = await inFlight;
        if (outcome === "connection lost") {
          killedDuring = number;
          break;
        }
        // It answered between the check and the kill: count it, restart and try the next one sooner.
        expect(outcome).toEqual({ status: 200, accepted: MAX_BATCH_RECORDS });
        answered++;
        wait = Math.max(5, wait / 2);
        ({ site, base } = await startOwnSite());
      }
    } finally {
      try {
        process.kill(-site.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
    expect(killedDuring).toBeGreaterThanOrEqual(2);
    // The database ends the dead connection's transaction when it notices the connection gone
    // (PostgreSQL at its next read, the embedded server at once): wait until no ingestion holds its lock.
    for (let waited = 0; ; waited += 200) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = 5102`);
      if (rows[0].n === 0) break;
      if (waited > 60_000) throw new Error("the killed server's transaction is still open after 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The batch cut off is all or nothing.
    const cut = await countOf(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1 AND decision_number LIKE '%-${killedDuring}-%'`);
    expect([0, MAX_BATCH_RECORDS]).toContain(cut);
    console.log(`killed during batch ${killedDuring} (after ${answered} answered): ${cut === 0 ? "nothing of it was committed" : "it had committed before the kill"}`);

    ({ site, base } = await startOwnSite());
    try {
      const outcomes: Record<string, number> = {};
      for (let number = 0; number < BATCHES; number++) {
        const response = await post(base, batch(number));
        expect(response.status).toBe(200);
        const body = (await response.json()) as { results: { outcome: string }[] };
        for (const result of body.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      }
      // The batches answered before the kill come back unchanged, as does the cut one if it had committed.
      expect(outcomes.unchanged).toBe(answered * MAX_BATCH_RECORDS + cut);
      expect(outcomes.created).toBe((BATCHES - answered) * MAX_BATCH_RECORDS - cut);
    } finally {
      site.stop();
    }

    const total = BATCHES * MAX_BATCH_RECORDS;
    expect(await countOf(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`)).toBe(total);
    expect(await countOf(`SELECT count(DISTINCT decision_number)::int AS n FROM penalty WHERE decision_number LIKE $1`)).toBe(total);
    expect(await countOf(`SELECT count(*)::int AS n FROM ingested_record WHERE document_number LIKE $1 AND version = 1`)).toBe(total);
    expect(
      await countOf(`SELECT count(*)::int AS n FROM ingested_record_version v JOIN ingested_record r ON r.id = v.ingested_record_id WHERE r.document_number LIKE $1`),
    ).toBe(total);
    expect(await countOf(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'penalty.create' AND detail->>'documentNumber' LIKE $1`)).toBe(total);
    expect(
      await countOf(`SELECT count(*)::int AS n FROM public_change c JOIN penalty p ON p.id::text = c.record_id WHERE c.kind = 'penalty' AND p.decision_number LIKE $1`),
    ).toBe(total);
  }, 240_000);
});
