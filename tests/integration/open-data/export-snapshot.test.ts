import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTerms, STRUCTURED_GROUPS, TERM_GROUPS } from "@/lib/dictionaries";
import { csvRecord, UTF8_BOM, type Cell } from "@/lib/open-data/csv-format";
import { EXPORT_KINDS } from "@/lib/open-data/export-kinds";
import { exportSnapshot } from "@/lib/open-data/export-snapshot";
import { listSnapshots, readManifest, type SnapshotManifest } from "@/lib/open-data/snapshots";
import { blockOfAmendmentItem } from "@/lib/records/public-projection";
import { parseCsv } from "../../support/csv-reader";
import { requireDatabaseUrl } from "../../support/database";
import { HOSTILE_PENALTY, plantHostilePenalty } from "../../support/hostile-penalty";
import { leakedMarkers, MARKERS, plantMarkerCompany, VISIBLE } from "../../support/marker-company";

const AS_OF = "2026-11-23";

/** What the register holds that the public may see, counted straight from the tables. */
async function publicCounts(client: pg.Client): Promise<Record<string, number>> {
  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
  const amendments = await client.query<{ item: string; publish_assets: boolean; publish_guarantees: boolean; publish_social_insurance: boolean }>(
    `SELECT a.item, r.publish_assets, r.publish_guarantees, r.publish_social_insurance
       FROM annual_report_amendment a JOIN annual_report r ON r.id = a.report_id`,
  );
  const publicAmendments = amendments.rows.filter((row) => {
    const block = blockOfAmendmentItem(row.item);
    if (block === "assets") return row.publish_assets;
    if (block === "guarantees") return row.publish_guarantees;
    if (block === "social-insurance") return row.publish_social_insurance;
    return true;
  }).length;
  const codeGroups = [...STRUCTURED_GROUPS.filter((group) => group !== "authorities"), ...TERM_GROUPS];
  return {
    companies: await count("SELECT count(*) AS n FROM enterprise"),
    shareholders: await count("SELECT count(*) AS n FROM shareholder"),
    "key-persons": await count("SELECT count(*) AS n FROM key_person"),
    branches: await count("SELECT count(*) AS n FROM enterprise WHERE parent_id IS NOT NULL"),
    changes: await count("SELECT count(*) AS n FROM change_record"),
    liquidations: await count("SELECT count(*) AS n FROM liquidation"),
    licences: await count("SELECT count(*) AS n FROM licence"),
    // In publicity on the day: not past its end, not annulled, not repaired (lib/rules/publicity.ts).
    penalties: await count(`SELECT count(*) AS n FROM penalty
      WHERE publicity_ends_on >= DATE '${AS_OF}'
        AND (annulled_on IS NULL OR annulled_on > DATE '${AS_OF}')
        AND (repaired_on IS NULL OR repaired_on > DATE '${AS_OF}')`),
    "abnormal-listings": await count("SELECT count(*) AS n FROM abnormal_listing"),
    "serious-violations": await count("SELECT count(*) AS n FROM serious_violation"),
    "spot-checks": await count("SELECT count(*) AS n FROM spot_check"),
    "chattel-mortgages": await count("SELECT count(*) AS n FROM chattel_mortgage"),
    "equity-pledges": await count("SELECT count(*) AS n FROM equity_pledge"),
    "judicial-assistance": await count("SELECT count(*) AS n FROM judicial_assistance"),
    contributions: await count("SELECT count(*) AS n FROM contribution"),
    "equity-changes": await count("SELECT count(*) AS n FROM equity_change"),
    "ip-pledges": await count("SELECT count(*) AS n FROM ip_pledge"),
    "annual-reports": await count("SELECT count(*) AS n FROM annual_report"),
    "annual-report-websites": await count("SELECT count(*) AS n FROM annual_report_website"),
    "annual-report-contributions": await count("SELECT count(*) AS n FROM annual_report_contribution"),
    "annual-report-investments": await count("SELECT count(*) AS n FROM annual_report_investment"),
    "annual-report-guarantees": await count(
      "SELECT count(*) AS n FROM annual_report_guarantee g JOIN annual_report r ON r.id = g.report_id WHERE r.publish_guarantees",
    ),
    "annual-report-equity-changes": await count("SELECT count(*) AS n FROM annual_report_equity_change"),
    "annual-report-social-insurance": await count(
      "SELECT count(*) AS n FROM annual_report_social_insurance s JOIN annual_report r ON r.id = s.report_id WHERE r.publish_social_insurance",
    ),
    "annual-report-amendments": publicAmendments,
    authorities: await count("SELECT count(*) AS n FROM authority"),
    codes: codeGroups.reduce((sum, group) => sum + listTerms(group).length, 0),
  };
}

describe("npm run data:export", () => {
  let dir: string;
  let snapshotDir: string;
  let manifest: SnapshotManifest;
  let counts: Record<string, number>;
  const texts = new Map<string, string>();

  beforeAll(async () => {
    const url = requireDatabaseUrl();
    await plantMarkerCompany(url);
    await plantHostilePenalty(url);
    dir = await mkdtemp(path.join(os.tmpdir(), "open-data-export-"));
    const progress: number[] = [];
    // Small batches, so the export runs through many keyset pages.
    const result = await exportSnapshot({ dir, date: AS_OF, keep: 3, batchSize: 37, onProgress: (p) => progress.push(p.companies) });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    manifest = result.manifest;
    snapshotDir = result.path;
    for (const file of manifest.files) texts.set(file.name, gunzipSync(await readFile(path.join(snapshotDir, file.name))).toString("utf8"));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      counts = await publicCounts(client);
    } finally {
      await client.end();
    }
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists every kind twice (JSON lines and CSV), and the snapshot as complete", async () => {
    expect(await listSnapshots(dir)).toEqual([AS_OF]);
    expect((await readManifest(AS_OF, dir))?.manifest).toEqual(manifest);
    expect(manifest.files.map((file) => file.name).sort()).toEqual(
      EXPORT_KINDS.flatMap((kind) => [`${kind.name}.jsonl.gz`, `${kind.name}.csv.gz`]).sort(),
    );
    expect((await readdir(snapshotDir)).sort()).toEqual([...manifest.files.map((file) => file.name), "manifest.json"].sort());
    expect(manifest.companies).toBe(counts.companies);
  });

  it("records each file's true SHA-256 and size", async () => {
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(snapshotDir, file.name));
      expect(file.bytes, file.name).toBe(bytes.length);
      expect(file.sha256, file.name).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });

  it("holds as many rows as the register's public records, in both formats", () => {
    for (const kind of EXPORT_KINDS) {
      const jsonl = manifest.files.find((file) => file.name === `${kind.name}.jsonl.gz`)!;
      const csv = manifest.files.find((file) => file.name === `${kind.name}.csv.gz`)!;
      const lines = texts.get(jsonl.name)!.split("\n");
      expect(lines.pop(), kind.name).toBe("");
      expect(lines.length, kind.name).toBe(counts[kind.name]);
      expect(jsonl.rows, kind.name).toBe(counts[kind.name]);
      expect(csv.rows, kind.name).toBe(counts[kind.name]);
      const csvText = texts.get(csv.name)!;
      expect(csvText.startsWith(UTF8_BOM), kind.name).toBe(true);
      expect(parseCsv(csvText.slice(1)).length - 1, kind.name).toBe(counts[kind.name]);
    }
    expect(counts.penalties).toBeGreaterThan(0);
  });

  it("writes the same values to the CSV as to the JSON lines, quoted so they read back", () => {
    for (const kind of EXPORT_KINDS) {
      const rows = texts.get(`${kind.name}.jsonl.gz`)!.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, Cell>);
      const [header, ...records] = parseCsv(texts.get(`${kind.name}.csv.gz`)!.slice(1));
      expect(header).toEqual(kind.columns);
      // Each record as csvRecord would write the JSON line's values, read back by an independent reader.
      const expected = rows.map((row) => parseCsv(csvRecord(kind.columns.map((column) => row[column])))[0]);
      expect(records, kind.name).toEqual(expected);
      for (const row of rows) expect(Object.keys(row), kind.name).toEqual(kind.columns);
    }
    // A value with a comma, quotes and a line break is quoted in the CSV and reads back whole.
    const [header, ...records] = parseCsv(texts.get("penalties.csv.gz")!.slice(1));
    const hostile = records.find((record) => record[header.indexOf("decisionNumber")] === HOSTILE_PENALTY.decisionNumber);
    expect(hostile?.[header.indexOf("content")]).toBe(HOSTILE_PENALTY.content);
    expect(texts.get("penalties.csv.gz")).toContain(`"${HOSTILE_PENALTY.content.replaceAll('"', '""')}"`);
  });

  it("holds none of the marker company's private values, and its public ones", () => {
    const all = [...texts.values()].join("\n");
    expect(leakedMarkers(all)).toEqual([]);
    for (const marker of [MARKERS.legalRepId, MARKERS.shareholderId, MARKERS.hiddenAssets, MARKERS.hiddenGuaranteeCreditor, MARKERS.filerLiaisonName, MARKERS.liaisonName]) {
      expect(all).not.toContain(marker);
    }
    expect(all).toContain(VISIBLE.name);
    expect(texts.get("penalties.jsonl.gz")).toContain(VISIBLE.penalty);
    expect(texts.get("shareholders.csv.gz")).toContain(VISIBLE.companyShareholderCode);
    const report = texts.get("annual-reports.jsonl.gz")!.split("\n").find((line) => line.includes(VISIBLE.name) && line.includes(`"year":${VISIBLE.year}`));
    expect(report && JSON.parse(report)).toMatchObject({ assetsPublished: false, totalAssets: null, guaranteesPublished: false });
  });

  it("replaces a day's snapshot when run again, and keeps only the newest", async () => {
    const second = await mkdtemp(path.join(os.tmpdir(), "open-data-keep-"));
    try {
      await exportSnapshot({ dir: second, date: "2026-11-20", keep: 2, batchSize: 500 });
      await exportSnapshot({ dir: second, date: "2026-11-21", keep: 2, batchSize: 500 });
      await exportSnapshot({ dir: second, date: "2026-11-21", keep: 2, batchSize: 500 });
      expect(await listSnapshots(second)).toEqual(["2026-11-21", "2026-11-20"]);
      const result = await exportSnapshot({ dir: second, date: "2026-11-22", keep: 2, batchSize: 500 });
      expect(result.removed).toEqual(["2026-11-20"]);
      expect(await listSnapshots(second)).toEqual(["2026-11-22", "2026-11-21"]);
      expect((await readdir(second)).sort()).toEqual(["2026-11-21", "2026-11-22"]);
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("an interrupted export", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "open-data-interrupted-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stopped in process: lists nothing and leaves nothing", async () => {
    const controller = new AbortController();
    await expect(
      exportSnapshot({ dir, date: AS_OF, keep: 3, batchSize: 20, signal: controller.signal, onProgress: () => controller.abort(new Error("stop")) }),
    ).rejects.toThrow("stop");
    expect(await listSnapshots(dir)).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("killed outright: lists nothing; the next export clears what it left", async () => {
    // One process (node with tsx's loader), so the kill reaches the export itself.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/data-export.ts", "--out", dir, "--date", AS_OF, "--batch-size", "10"],
      { env: process.env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // The first progress line: some files are half written.
        if (output.includes("companies [")) {
          child.kill("SIGKILL");
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", () => reject(new Error(`The export ended before it was killed:\n${output}`)));
    });
    await new Promise((resolve) => child.once("close", resolve));
    const left = await readdir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.partial-2026-11-23-/);
    expect(await listSnapshots(dir)).toEqual([]);

    await exportSnapshot({ dir, date: AS_OF, keep: 3, batchSize: 500 });
    expect(await readdir(dir)).toEqual([AS_OF]);
    expect(await listSnapshots(dir)).toEqual([AS_OF]);
  }, 120_000);
});
