import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Client } from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateUscc } from "@/lib/codes/credit-code";
import { ImportFileError } from "@/lib/ingestion/file-import/file-records";
import { checkpointPathOf, readCheckpoint } from "@/lib/ingestion/file-import/import-checkpoint";
import { ImportInputError, importFile } from "@/lib/ingestion/file-import/import-file";
import { registerToday } from "@/lib/rules/publicity";
import { csvHeaderLine, csvRecordLine, jsonlLine, sampleRecords, type SampleCompany } from "@/prisma/seed/ingest-samples";
import { requireDatabaseUrl } from "../../support/database";

/**
 * `npm run data:import` on the shared test database: files of thousands of penalties with bad
 * lines in them, the rejected-lines report, the records on the register, a dry run, and resuming
 * after the importer is killed (kill -9 of the real script, and Ctrl-C), where every record must
 * end up stored exactly once; a file changed since its checkpoint is not resumed.
 */
const RUN = Date.now().toString(36).toUpperCase();
const TODAY = registerToday();

let client: Client;
let directory: string;
let companies: SampleCompany[];
let authority: string;
/** Scripts started by a test and still running (a failed test must not leave them importing). */
const running = new Set<ChildProcess>();
/** For the tests that import thousands of records or run the script (tsx starts in each): the machine may be busy. */
const SCRIPT_TIMEOUT = 240_000;

beforeAll(async () => {
  client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  const { rows } = await client.query<{ uscc: string; name_zh: string; region_code: string }>(`SELECT uscc, name_zh, region_code FROM enterprise ORDER BY id LIMIT 60`);
  companies = rows.map((row) => ({ uscc: row.uscc.trim(), nameZh: row.name_zh, regionCode: row.region_code }));
  const { rows: authorities } = await client.query<{ id: string }>(`SELECT id FROM authority WHERE kind = 'tax' ORDER BY id LIMIT 1`);
  authority = authorities[0].id;
  directory = await mkdtemp(join(tmpdir(), "import-file-"));
});

afterEach(() => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  running.clear();
});

afterAll(async () => {
  await client.end();
  await rm(directory, { recursive: true, force: true });
});

function penalties(prefix: string, count: number): Record<string, unknown>[] {
  return [...sampleRecords({ kind: "penalties", count, companies, asOf: TODAY, prefix: `${RUN}-${prefix}-` })];
}

/** An enterprise code that is well formed but on nobody's register. */
function strangerUscc(): string {
  for (;;) {
    const uscc = generateUscc({ division: "650102", random: Math.random });
    if (!companies.some((company) => company.uscc === uscc)) return uscc;
  }
}

function withWrongCheckCharacter(uscc: string): string {
  return uscc.slice(0, 17) + (uscc[17] === "1" ? "2" : "1");
}

async function count(sql: string, values: unknown[]): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql, values);
  return rows[0].n;
}

async function reportLines(path: string): Promise<Array<{ line: number; documentNumber: string | null; record: unknown; errors: Array<{ field: string; reason: string; detail: string }> }>> {
  if (!existsSync(path)) return [];
  return (await readFile(path, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** A JSON Lines file of `records`, with some lines replaced by the raw text given. */
async function jsonlFile(name: string, records: Record<string, unknown>[], replaced: Record<number, string> = {}): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, records.map((record, index) => replaced[index + 1] ?? jsonlLine(record)).join(""));
  return path;
}

/** The real script, as an operator runs it, in its own process group (so kill -9 takes it all). */
function runScript(args: string[], databaseUrl = requireDatabaseUrl()): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/data-import.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, exited };
}

/** Waits until the checkpoint shows at least `batches` committed batches; fails if the script ends first. */
async function checkpointReaches(path: string, batches: number, exited: Promise<unknown>): Promise<void> {
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const checkpoint = await readCheckpoint(path).catch(() => null);
    if (checkpoint && checkpoint.batches >= batches) {
      if (checkpoint.complete) throw new Error("The import finished before it could be interrupted: use a larger file.");
      return;
    }
    if (ended) throw new Error("The import ended before its checkpoint showed progress.");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("No progress in the checkpoint within 3 minutes.");
}

describe("importing a file", () => {
  it("imports thousands of penalties, rejects the bad lines with their line numbers and reasons, and does it once", async () => {
    const records = penalties("A", 3000);
    const stranger = strangerUscc();
    const bad: Record<number, string> = {
      10: jsonlLine({ ...records[9], violationType: "no-such-violation" }),
      500: jsonlLine({ ...records[499], uscc: withWrongCheckCharacter(String(records[499].uscc)) }),
      1001: '{"documentNumber": "half a line\n',
      1500: jsonlLine({ ...records[1499], uscc: stranger }),
      2000: jsonlLine({ ...records[1999], kinds: ["fine"], fineYuan: undefined }),
      2500: jsonlLine({ ...records[2499], documentNumber: records[2498].documentNumber }),
    };
    const path = await jsonlFile("penalties-a.jsonl", records, bad);
    const progress: number[] = [];
    const result = await importFile({ path, kind: "penalties", authorityId: authority, onProgress: (update) => progress.push(update.counts.records) });

    expect(result).toMatchObject({ status: "complete", batches: 3, counts: { records: 3000, accepted: 2994, rejected: 6, created: 2994, unchanged: 0 } });
    expect(progress).toEqual([1000, 2000, 3000]);
    const rejected = await reportLines(result.reports.rejected);
    expect(rejected.map((entry) => [entry.line, entry.errors[0].field, entry.errors[0].reason])).toEqual([
      [10, "violationType", "unknown-code"],
      [500, "uscc", "check-character"],
      [1001, "", "malformed-json"],
      [1500, "uscc", "unknown-enterprise"],
      [2000, "fineYuan", "fine-required"],
      [2500, "documentNumber", "duplicate-in-batch"],
    ]);
    expect(rejected[0]).toMatchObject({ documentNumber: records[9].documentNumber, record: { violationType: "no-such-violation" } });
    expect(rejected[0].errors[0].detail).toMatch(/^violationType: not a known code/);
    expect(rejected[2].record).toBe('{"documentNumber": "half a line');
    expect(rejected[2].errors[0].detail).toMatch(/^The line is not valid JSON/);
    expect(existsSync(result.reports.warnings)).toBe(false);

    const prefix = `${RUN}-A-%`;
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [prefix])).toBe(2994);
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number = $1`, [records[9].documentNumber])).toBe(0);
    const { rows } = await client.query(
      `SELECT p.fine_yuan::text AS fine, p.document_text, p.authority_id, v.source FROM penalty p
       JOIN ingested_record r ON r.record_id = p.id AND r.kind = 'penalties' JOIN ingested_record_version v ON v.ingested_record_id = r.id
       WHERE p.decision_number = $1`,
      [records[1].documentNumber],
    );
    expect(rows).toEqual([
      {
        fine: records[1].fineYuan === undefined ? null : Number(records[1].fineYuan).toFixed(2),
        document_text: records[1].documentText,
        authority_id: authority,
        source: "import:penalties-a.jsonl",
      },
    ]);

    // Done is done: a second run does nothing; --restart sends everything again, all replays.
    expect(await importFile({ path, kind: "penalties", authorityId: authority })).toMatchObject({ status: "already-complete", recordsThisRun: 0 });
    const again = await importFile({ path, kind: "penalties", authorityId: authority, restart: true });
    expect(again.counts).toMatchObject({ records: 3000, accepted: 2994, rejected: 6, created: 0, unchanged: 2994 });
    expect(await reportLines(again.reports.rejected)).toHaveLength(6);
    expect(await count(`SELECT count(*)::int AS n FROM ingested_record_version v JOIN ingested_record r ON r.id = v.ingested_record_id WHERE r.document_number LIKE $1`, [prefix])).toBe(2994);
    expect(existsSync(`${path}.import.lock`)).toBe(false);
  }, SCRIPT_TIMEOUT);

  it("reads a CSV file with a byte-order mark, CRLF, line breaks in quoted cells, lists and a revocation", async () => {
    const records = penalties("C", 30);
    const revocation = { documentNumber: records[0].documentNumber, uscc: records[0].uscc, revoked: { on: TODAY, reason: "行政复议撤销，原处罚决定不再执行" } };
    const lines = records.map((record) => csvRecordLine("penalties", record));
    // A list written as a JSON array, in a quoted cell.
    lines[4] = lines[4].replace(/,(warning|fine)(;[a-z;-]+)?,/, (_all, first: string, rest: string | undefined) => `,"${JSON.stringify([first, ...(rest ?? "").split(";").filter(Boolean)]).replaceAll('"', '""')}",`);
    const path = join(directory, "penalties-c.csv");
    await writeFile(path, `\uFEFF${csvHeaderLine("penalties")}${lines.join("")}\r\n${csvRecordLine("penalties", revocation)}`);
    expect(records[0].documentText).toContain("\n");

    const result = await importFile({ path, kind: "penalties", authorityId: authority, batchSize: 10 });
    expect(result.counts).toMatchObject({ records: 31, accepted: 31, rejected: 0, created: 30, revoked: 1 });
    const { rows } = await client.query(`SELECT decision_number, kinds, document_text FROM penalty WHERE decision_number = ANY($1::text[]) ORDER BY decision_number`, [
      [records[1].documentNumber, records[4].documentNumber],
    ]);
    expect(rows).toEqual([
      { decision_number: records[1].documentNumber, kinds: records[1].kinds, document_text: records[1].documentText },
      { decision_number: records[4].documentNumber, kinds: records[4].kinds, document_text: records[4].documentText },
    ]);
    const { rows: revoked } = await client.query(`SELECT state, version FROM ingested_record WHERE document_number = $1 AND authority_id = $2`, [records[0].documentNumber, authority]);
    expect(revoked).toEqual([{ state: "revoked", version: 2 }]);
  });

  it("in a dry run checks everything against the register and writes nothing but its report", async () => {
    const records = penalties("D", 50);
    const path = await jsonlFile("penalties-d.jsonl", records, {
      7: jsonlLine({ ...records[6], uscc: strangerUscc() }),
      20: jsonlLine({ ...records[19], decidedOn: "2026-02-30" }),
    });
    const result = await importFile({ path, kind: "penalties", authorityId: authority, dryRun: true, locale: "zh" });
    expect(result).toMatchObject({ status: "complete", dryRun: true, checkpointPath: null, counts: { records: 50, accepted: 48, rejected: 2, created: 48 } });
    expect(await count(`SELECT count(*)::int AS n FROM ingested_record WHERE document_number LIKE $1`, [`${RUN}-D-%`])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-D-%`])).toBe(0);
    expect(existsSync(checkpointPathOf(path))).toBe(false);
    expect(existsSync(`${path}.rejected.jsonl`)).toBe(false);
    expect(result.reports.rejected).toBe(`${path}.dry-run.rejected.jsonl`);
    const rejected = await reportLines(result.reports.rejected);
    expect(rejected.map((entry) => [entry.line, entry.errors[0].reason])).toEqual([
      [7, "unknown-enterprise"],
      [20, "invalid-date"],
    ]);
    expect(rejected[0].errors[0].detail).toContain("登记簿中没有这个代码的企业");
  });

  it("cuts a batch at the byte limit as well as at the record count", async () => {
    const records = penalties("B", 40);
    const path = await jsonlFile("penalties-b.jsonl", records);
    const lineBytes = Buffer.byteLength(jsonlLine(records[0]));
    const result = await importFile({ path, kind: "penalties", authorityId: authority, dryRun: true, maxBatchBytes: lineBytes * 9.5 });
    // Each batch takes lines until it spans the limit: about ten lines of this size.
    expect(result.batches).toBeGreaterThanOrEqual(3);
    expect(result.batches).toBeLessThanOrEqual(6);
    expect(result.counts).toMatchObject({ records: 40, accepted: 40 });
  });

  it("refuses an authority that is not on the register or may not send the kind", async () => {
    const path = await jsonlFile("penalties-e.jsonl", penalties("E", 1));
    await expect(importFile({ path, kind: "penalties", authorityId: "amr-000000" })).rejects.toThrow(ImportInputError);
    await expect(importFile({ path, kind: "abnormal-listings", authorityId: authority })).rejects.toThrow(/Only market regulation sends abnormal-listings/);
    await expect(importFile({ path: join(directory, "missing.jsonl"), kind: "penalties", authorityId: authority })).rejects.toThrow(ImportFileError);
  });
});

describe("resuming an interrupted import", () => {
  it("after kill -9, continues from the checkpoint and stores every record exactly once", async () => {
    const records = penalties("K", 4000);
    const path = await jsonlFile("penalties-k.jsonl", records, { 1234: jsonlLine({ ...records[1233], violationType: "no-such-violation" }) });
    const args = [path, "--kind", "penalties", "--authority", authority, "--batch-size", "50"];

    const first = runScript(args);
    await checkpointReaches(path, 4, first.exited);
    process.kill(-first.child.pid!, "SIGKILL");
    const killed = await first.exited;
    expect(killed.signal).toBe("SIGKILL");
    const checkpoint = (await readCheckpoint(path))!;
    expect(checkpoint.complete).toBe(false);
    const stored = await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-K-%`]);
    // Committed batches are stored; at most the batch committed after the last checkpoint is ahead of it.
    expect(stored).toBeGreaterThanOrEqual(checkpoint.counts.accepted);
    expect(stored).toBeLessThanOrEqual(checkpoint.counts.accepted + 50);
    expect(stored).toBeLessThan(3999);

    // Resumed with full batches: the checkpoint is a position in the file, not a batch number.
    const second = runScript([...args.slice(0, -1), "1000"]);
    const finished = await second.exited;
    expect(finished.code, finished.stderr).toBe(0);
    expect(finished.stderr).toContain(`Resuming penalties from ${path}`);
    expect(finished.stdout).toContain("Imported: 4,000 records (earlier runs included)");
    expect(finished.stdout).toContain("rejected 1");

    const numbers = `${RUN}-K-%`;
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [numbers])).toBe(3999);
    expect(await count(`SELECT count(DISTINCT decision_number)::int AS n FROM penalty WHERE decision_number LIKE $1`, [numbers])).toBe(3999);
    expect(await count(`SELECT count(*)::int AS n FROM ingested_record WHERE document_number LIKE $1`, [numbers])).toBe(3999);
    // One version each: a batch sent twice (killed between commit and checkpoint) was a replay.
    expect(await count(`SELECT count(*)::int AS n FROM ingested_record_version v JOIN ingested_record r ON r.id = v.ingested_record_id WHERE r.document_number LIKE $1`, [numbers])).toBe(3999);
    const { rows: ids } = await client.query<{ id: string }>(`SELECT id::text FROM penalty WHERE decision_number LIKE $1`, [numbers]);
    expect(await count(`SELECT count(*)::int AS n FROM public_change WHERE kind = 'penalty' AND record_id = ANY($1::text[])`, [ids.map((row) => row.id)])).toBe(3999);
    const rejected = await reportLines(`${path}.rejected.jsonl`);
    expect(rejected.map((entry) => [entry.line, entry.errors[0].reason])).toEqual([[1234, "unknown-code"]]);
    expect((await readCheckpoint(path))!).toMatchObject({ complete: true, counts: { records: 4000, accepted: 3999, rejected: 1 } });
  }, SCRIPT_TIMEOUT);

  it("after Ctrl-C, stops once the batch in hand is committed, with exit code 130, and resumes", async () => {
    const records = penalties("I", 3000);
    const path = await jsonlFile("penalties-i.jsonl", records);
    const first = runScript([path, "--kind", "penalties", "--authority", authority, "--batch-size", "50"]);
    await checkpointReaches(path, 2, first.exited);
    process.kill(first.child.pid!, "SIGINT");
    const stopped = await first.exited;
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toMatch(/^Stopped after line [\d,]+: /);
    const checkpoint = (await readCheckpoint(path))!;
    expect(checkpoint.complete).toBe(false);
    // A clean stop: the checkpoint is exactly what is stored.
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-I-%`])).toBe(checkpoint.counts.accepted);
    expect(existsSync(`${path}.import.lock`)).toBe(false);

    const resumed = await importFile({ path, kind: "penalties", authorityId: authority });
    expect(resumed).toMatchObject({ status: "complete", resumedFrom: { offset: checkpoint.committed.offset, line: checkpoint.committed.line }, counts: { records: 3000, accepted: 3000, created: 3000 } });
    expect(resumed.recordsThisRun).toBe(3000 - checkpoint.counts.records);
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-I-%`])).toBe(3000);
  }, SCRIPT_TIMEOUT);

  it("cuts off report lines a killed run wrote after its last checkpoint, so none is listed twice", async () => {
    const records = penalties("R", 200);
    const path = await jsonlFile("penalties-r.jsonl", records, { 30: "not json\n", 150: "neither\n" });
    const controller = new AbortController();
    const first = await importFile({
      path,
      kind: "penalties",
      authorityId: authority,
      batchSize: 100,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(first).toMatchObject({ status: "interrupted", counts: { records: 100, rejected: 1 } });
    // What a run killed after reporting its next batch, but before checkpointing it, leaves behind.
    await appendFile(first.reports.rejected, `${JSON.stringify({ line: 150, record: "neither", errors: [] })}\n`);
    const resumed = await importFile({ path, kind: "penalties", authorityId: authority, batchSize: 100 });
    expect(resumed.counts).toMatchObject({ records: 200, accepted: 198, rejected: 2 });
    expect((await reportLines(resumed.reports.rejected)).map((entry) => [entry.line, entry.errors[0]?.reason])).toEqual([
      [30, "malformed-json"],
      [150, "malformed-json"],
    ]);
  });

  it("does not resume a file that changed since its checkpoint, nor for another kind or authority", async () => {
    const records = penalties("F", 300);
    const path = await jsonlFile("penalties-f.jsonl", records);
    const controller = new AbortController();
    const interrupted = await importFile({
      path,
      kind: "penalties",
      authorityId: authority,
      batchSize: 100,
      signal: controller.signal,
      onProgress: ({ batches }) => batches === 1 && controller.abort(),
    });
    expect(interrupted).toMatchObject({ status: "interrupted", counts: { records: 100 } });

    await expect(importFile({ path, kind: "penalties", authorityId: "amr-650100" })).rejects.toThrow(/import of penalties for/);
    const original = await readFile(path);
    await appendFile(path, jsonlLine(penalties("F2", 1)[0]));
    await expect(importFile({ path, kind: "penalties", authorityId: authority })).rejects.toThrow(/has changed since: it had/);
    // Same size, other first bytes.
    await writeFile(path, Buffer.concat([Buffer.from(original.toString("utf8").replace(`${RUN}-F-`, `${RUN}-G-`)), Buffer.alloc(0)]));
    await expect(importFile({ path, kind: "penalties", authorityId: authority })).rejects.toThrow(ImportFileError);
    await expect(importFile({ path, kind: "penalties", authorityId: authority })).rejects.toThrow(/first bytes are different.*--restart/);
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-F-%`])).toBe(100);

    const restarted = await importFile({ path, kind: "penalties", authorityId: authority, restart: true });
    expect(restarted).toMatchObject({ status: "complete", resumedFrom: null, counts: { records: 300, accepted: 300 } });
    expect(basename(restarted.checkpointPath!)).toBe("penalties-f.jsonl.import-state.json");
  });

  it("the script answers 1 when the file cannot be read or the database fails, and 2 for wrong arguments", async () => {
    const missing = await runScript([join(directory, "nothing.csv"), "--kind", "penalties", "--authority", authority]).exited;
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("ENOENT");
    const path = await jsonlFile("penalties-x.jsonl", penalties("X", 1));
    const wrong = await runScript([path, "--kind", "penalties", "--authority", "nobody"]).exited;
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('There is no authority "nobody"');
    expect(await count(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`${RUN}-X-%`])).toBe(0);
    const noDatabase = await runScript([path, "--kind", "penalties", "--authority", authority], "postgresql://root@127.0.0.1:1/nothing").exited;
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/The import failed: .*ECONNREFUSED/);
  }, SCRIPT_TIMEOUT);
});
