import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { countCompanies, listRegisterAuthorities, readCompanyBatch } from "@/lib/records/company-batches";
import { registerToday } from "@/lib/rules/publicity";
import { csvRecord, CSV_LIST_SEPARATOR, jsonLine, UTF8_BOM, type Cell } from "./csv-format";
import { ANNUAL_REPORT_KINDS, COMPANY_KINDS, EXPORT_KINDS, REFERENCE_KINDS, type ExportKind } from "./export-kinds";
import { openGzipFile, type GzipFileWriter } from "./gzip-file-writer";
import { isSnapshotName, listSnapshots, MANIFEST_FILE, MANIFEST_FORMAT, type SnapshotFile, type SnapshotManifest } from "./snapshots";

/**
 * `npm run data:export`: one snapshot of the public register, a JSON-lines and a CSV file per
 * record kind (gzip), and a manifest with each file's SHA-256, size, rows and columns.
 *
 * - Companies are read in keyset batches (lib/records/company-batches.ts) and every row comes
 *   from the public projection: memory holds one batch, whatever the register's size.
 * - The snapshot is written into EXPORT_DIR/.partial-<date>-<host>-<pid>-<random>/ and renamed to
 *   EXPORT_DIR/<date>/ once complete (manifest last), so a reader never lists half a snapshot. A
 *   failed or aborted export removes its partial folder; one killed outright leaves it, unlisted,
 *   and a later export removes it.
 * - An export of a day that already has a snapshot replaces it; then only the newest `keep`
 *   snapshots are kept.
 */

export type ExportProgress = { companies: number; totalCompanies: number; rows: number; seconds: number };

export type ExportOptions = {
  dir: string;
  /** The snapshot's day and the day the projection is taken as of (default: today, China time). */
  date?: string;
  keep: number;
  batchSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
};

export type ExportResult = { snapshot: string; path: string; manifest: SnapshotManifest; removed: string[]; seconds: number };

const PARTIAL_PREFIX = ".partial-";
const REPLACED_PREFIX = ".replaced-";
/** A partial folder left by an export on another machine is removed once this old. */
const STALE_PARTIAL_MS = 24 * 60 * 60 * 1000;

type KindFiles = { jsonl: GzipFileWriter; csv: GzipFileWriter; rows: number; jsonlText: string[]; csvText: string[] };

export async function exportSnapshot({ dir, date = registerToday(), keep, batchSize = 500, onProgress, signal }: ExportOptions): Promise<ExportResult> {
  if (!isSnapshotName(date)) throw new Error(`The snapshot date must be YYYY-MM-DD, not ${date}`);
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  await removeAbandonedFolders(dir);
  const partial = path.join(dir, `${PARTIAL_PREFIX}${date}-${os.hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(partial);

  const files = new Map<ExportKind<never>, KindFiles>();
  try {
    for (const kind of EXPORT_KINDS) {
      const entry: KindFiles = {
        jsonl: openGzipFile(path.join(partial, `${kind.name}.jsonl.gz`)),
        csv: openGzipFile(path.join(partial, `${kind.name}.csv.gz`)),
        rows: 0,
        jsonlText: [],
        csvText: [],
      };
      files.set(kind, entry);
      await entry.csv.write(UTF8_BOM + csvRecord(kind.columns));
    }
    const add = (kind: ExportKind<never>, rows: Cell[][]) => {
      const entry = files.get(kind)!;
      for (const row of rows) {
        entry.jsonlText.push(jsonLine(kind.columns, row));
        entry.csvText.push(csvRecord(row));
      }
      entry.rows += rows.length;
    };
    // Each batch's text goes to zlib in one write per file.
    const flush = async () => {
      for (const entry of files.values()) {
        if (entry.jsonlText.length === 0) continue;
        await entry.jsonl.write(entry.jsonlText.join(""));
        await entry.csv.write(entry.csvText.join(""));
        entry.jsonlText = [];
        entry.csvText = [];
      }
    };

    const reference = { authorities: await listRegisterAuthorities() };
    for (const kind of REFERENCE_KINDS) add(kind, kind.rowsOf(reference));
    await flush();

    const totalCompanies = await countCompanies();
    let companies = 0;
    let rows = 0;
    let afterId = 0;
    for (;;) {
      signal?.throwIfAborted();
      const batch = await readCompanyBatch({ afterId, limit: batchSize, today: date });
      if (batch === null) break;
      for (const profile of batch.companies) {
        for (const kind of COMPANY_KINDS) {
          const kindRows = kind.rowsOf(profile);
          rows += kindRows.length;
          add(kind, kindRows);
        }
      }
      for (const report of batch.annualReports) {
        for (const kind of ANNUAL_REPORT_KINDS) {
          const kindRows = kind.rowsOf(report);
          rows += kindRows.length;
          add(kind, kindRows);
        }
      }
      await flush();
      companies += batch.companies.length;
      afterId = batch.lastId;
      onProgress?.({ companies, totalCompanies, rows, seconds: (performance.now() - started) / 1000 });
    }
    signal?.throwIfAborted();

    const listed: SnapshotFile[] = [];
    for (const [kind, entry] of files) {
      const jsonl = await entry.jsonl.close();
      const csv = await entry.csv.close();
      const common = { kind: kind.name, rows: entry.rows, columns: [...kind.columns] };
      listed.push({ name: `${kind.name}.jsonl.gz`, format: "jsonl", ...jsonl, ...common });
      listed.push({ name: `${kind.name}.csv.gz`, format: "csv", ...csv, ...common });
    }
    const manifest: SnapshotManifest = {
      format: MANIFEST_FORMAT,
      snapshot: date,
      asOf: date,
      generatedAt: new Date().toISOString(),
      companies,
      csv: { encoding: "UTF-8 with BOM", lineEnding: "CRLF", listSeparator: CSV_LIST_SEPARATOR },
      files: listed.map(({ name, kind, format, bytes, sha256, rows: fileRows, columns }) => ({ name, kind, format, bytes, sha256, rows: fileRows, columns })),
    };
    await writeFile(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flush: true });
    signal?.throwIfAborted();

    const final = path.join(dir, date);
    await publish(partial, final, dir, date);
    const removed = await pruneSnapshots(dir, keep);
    return { snapshot: date, path: final, manifest, removed, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    for (const entry of files.values()) {
      entry.jsonl.destroy();
      entry.csv.destroy();
    }
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Renames the finished folder into place, replacing an earlier snapshot of the same day. */
async function publish(partial: string, final: string, dir: string, date: string): Promise<void> {
  const existing = await stat(final).catch(() => null);
  if (existing === null) {
    await rename(partial, final);
    return;
  }
  const replaced = path.join(dir, `${REPLACED_PREFIX}${date}-${process.pid}-${randomBytes(4).toString("hex")}`);
  await rename(final, replaced);
  await rename(partial, final);
  await rm(replaced, { recursive: true, force: true });
}

/** Keeps the newest `keep` snapshots; returns the ones removed. */
export async function pruneSnapshots(dir: string, keep: number): Promise<string[]> {
  const old = (await listSnapshots(dir)).slice(keep);
  for (const name of old) await rm(path.join(dir, name), { recursive: true, force: true });
  return old;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what interrupted exports left: partial folders of processes on this machine that are
 * gone, partial folders from anywhere older than a day, and replaced snapshots.
 */
async function removeAbandonedFolders(dir: string): Promise<void> {
  const host = os.hostname();
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if (name.startsWith(REPLACED_PREFIX)) {
      await rm(full, { recursive: true, force: true });
      continue;
    }
    if (!name.startsWith(PARTIAL_PREFIX)) continue;
    // .partial-<YYYY-MM-DD>-<host>-<pid>-<random>
    const rest = name.slice(PARTIAL_PREFIX.length + "YYYY-MM-DD-".length);
    const match = /^(.*)-(\d+)-[0-9a-f]+$/.exec(rest);
    const isOrphanHere = match !== null && match[1] === host && !isProcessAlive(Number(match[2]));
    const info = await stat(full).catch(() => null);
    const isStale = info !== null && Date.now() - info.mtimeMs > STALE_PARTIAL_MS;
    if (isOrphanHere || isStale) await rm(full, { recursive: true, force: true });
  }
}
