/**
 * Imports a file of records (npm run data:import): exactly what POST /api/v1/ingest/{kind} does,
 * through the same engine (ingestRecords), in batches of up to 1,000 records (and 32 MB of the
 * file, the API's largest request), with the source `import:<file name>` in each record's
 * history and audit entry.
 *
 * Who sends: the operator runs the import on the server, with the database's own access, on
 * behalf of the department the file comes from (`authorityId`). That authority must be on the
 * register and allowed to send the kind (market regulation alone sends registrations, list
 * entries and removals): the same rule a department key is held to.
 *
 * The file is read as a stream (csv-rows.ts, jsonl-lines.ts), never whole. After each batch is
 * committed the rejected lines and warnings are appended to the reports and flushed, then the
 * checkpoint is replaced (import-checkpoint.ts): a new run resumes after the last checkpoint.
 * If the process dies between a batch's commit and its checkpoint, the next run sends that batch
 * again; ingestion is idempotent by (authority, kind, document number), so each of its records is
 * then a replay ("unchanged", nothing written): no record is ever stored twice. The only trace is
 * in the counts, where that batch's records show as unchanged instead of created.
 *
 * A dry run checks every record, against the register too (the engine rolls its transaction
 * back), writes the reports under dry-run names and nothing else: no record, no checkpoint.
 */
import { basename } from "node:path";
import type { AppLocale } from "@/i18n/routing";
import type { AuthorityKind } from "@/lib/dictionaries/authorities";
import { getPool } from "@/lib/db";
import { ingestRecords, type IngestedRecordResult } from "@/lib/ingestion/ingest-records";
import { MAX_BATCH_RECORDS, mayAuthoritySend, type IngestKind } from "@/lib/ingestion/kinds";
import { MAX_INGEST_BODY_BYTES } from "@/lib/ingestion/request-body";
import { readFileRecords, importFormatOf, ImportFileError, type FilePosition, type FileRecord, type ImportFormat } from "./file-records";
import {
  checkpointMismatch,
  checkpointPathOf,
  emptyCounts,
  fileFingerprint,
  lockImport,
  readCheckpoint,
  removeCheckpoint,
  tailSha256,
  writeCheckpoint,
  type ImportCheckpoint,
  type ImportCounts,
} from "./import-checkpoint";
import { describeImportProblems } from "./import-problems";
import { ImportReport, reportPathsOf, type RejectedLine, type ReportPaths, type WarnedLine } from "./import-report";

/** The import cannot start as asked (an unknown authority, a kind it may not send, a bad option). */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}

export type ImportFileOptions = {
  path: string;
  kind: IngestKind;
  authorityId: string;
  /** By default from the file's name (.csv, .jsonl, .ndjson). */
  format?: ImportFormat;
  dryRun?: boolean;
  /** Ignore a checkpoint and import the file from its first line. */
  restart?: boolean;
  /** Records per batch (and per transaction), at most MAX_BATCH_RECORDS. */
  batchSize?: number;
  /** A batch is cut once it spans this many bytes of the file (default: the API's largest request body). */
  maxBatchBytes?: number;
  /** The language of the problem sentences in the reports. */
  locale?: AppLocale;
  /** When aborted, the import stops after the batch in hand is committed and checkpointed. */
  signal?: AbortSignal;
  onStart?: (start: ImportStart) => void;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportStart = {
  size: number;
  /** Where a checkpoint let this run start (null: from the first line). */
  resumedFrom: FilePosition | null;
  counts: ImportCounts;
  checkpointPath: string | null;
  reports: ReportPaths;
};

export type ImportProgress = {
  /** Counts over the whole file so far, earlier runs included. */
  counts: ImportCounts;
  /** Everything before this position is done. */
  position: FilePosition;
  size: number;
  batches: number;
  /** Records read by this run, and its time so far. */
  recordsThisRun: number;
  seconds: number;
};

export type ImportResult = ImportProgress & {
  /** complete: the whole file is done; interrupted: stopped by the signal, resumable; already-complete: a checkpoint said so, nothing was done. */
  status: "complete" | "interrupted" | "already-complete";
  resumedFrom: FilePosition | null;
  checkpointPath: string | null;
  reports: ReportPaths;
  dryRun: boolean;
};

async function checkSendingAuthority(authorityId: string, kind: IngestKind): Promise<void> {
  const { rows } = await getPool().query<{ kind: string }>(`SELECT kind FROM authority WHERE id = $1`, [authorityId]);
  if (rows.length === 0) throw new ImportInputError(`There is no authority "${authorityId}" on the register (ids look like amr-650102 or tax-650100).`);
  if (!mayAuthoritySend(rows[0].kind as AuthorityKind, kind)) {
    throw new ImportInputError(`Only market regulation sends ${kind}; ${authorityId} is a ${rows[0].kind} department.`);
  }
}

function identityOf(payload: unknown): { documentNumber: string | null; uscc: string | null } {
  const record = payload !== null && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
  return {
    documentNumber: typeof record.documentNumber === "string" ? record.documentNumber : null,
    uscc: typeof record.uscc === "string" ? record.uscc : null,
  };
}

export async function importFile(options: ImportFileOptions): Promise<ImportResult> {
  const { path, kind, authorityId, dryRun = false, restart = false, locale = "en", signal } = options;
  const batchSize = options.batchSize ?? MAX_BATCH_RECORDS;
  const maxBatchBytes = options.maxBatchBytes ?? MAX_INGEST_BODY_BYTES;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_RECORDS) {
    throw new ImportInputError(`The batch size must be a whole number from 1 to ${MAX_BATCH_RECORDS}.`);
  }
  const format = options.format ?? importFormatOf(path);
  if (format === null) throw new ImportInputError(`Cannot tell the format of ${basename(path)} from its name: use .csv or .jsonl (or give the format).`);

  let fingerprint: Awaited<ReturnType<typeof fileFingerprint>>;
  try {
    fingerprint = await fileFingerprint(path);
  } catch (error) {
    throw new ImportFileError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  await checkSendingAuthority(authorityId, kind);

  const reports = reportPathsOf(path, { dryRun });
  const checkpointPath = dryRun ? null : checkpointPathOf(path);
  const release = dryRun ? async () => {} : await lockImport(path);
  try {
    // Starting over: the old checkpoint goes first, so a run killed before its first batch cannot leave it behind.
    if (restart && !dryRun) await removeCheckpoint(path);
    let checkpoint: ImportCheckpoint | null = dryRun || restart ? null : await readCheckpoint(path);
    if (checkpoint !== null) {
      const mismatch = await checkpointMismatch(checkpoint, { path, kind, authorityId, fingerprint });
      if (mismatch !== null) {
        throw new ImportFileError(`The checkpoint ${checkpointPath} does not fit: ${mismatch}. Run with --restart to import this file from its first line.`);
      }
    }
    const started = Date.now();
    const startedAt = checkpoint?.startedAt ?? new Date(started).toISOString();
    const counts = checkpoint ? { ...checkpoint.counts } : emptyCounts();
    const resumedFrom = checkpoint && !checkpoint.complete ? { offset: checkpoint.committed.offset, line: checkpoint.committed.line } : null;
    let position: FilePosition = resumedFrom ?? { offset: 0, line: 1 };
    let batches = checkpoint?.batches ?? 0;
    let recordsThisRun = 0;
    const progress = (): ImportProgress => ({ counts: { ...counts }, position, size: fingerprint.size, batches, recordsThisRun, seconds: (Date.now() - started) / 1000 });

    if (checkpoint?.complete) {
      return { ...progress(), status: "already-complete", resumedFrom: null, checkpointPath, reports, dryRun };
    }
    options.onStart?.({ size: fingerprint.size, resumedFrom, counts: { ...counts }, checkpointPath, reports });

    const report = await ImportReport.open(reports, checkpoint?.reports ?? { rejectedBytes: 0, warningsBytes: 0 });
    const source = `import:${basename(path)}`;

    const saveCheckpoint = async (sizes: ImportCheckpoint["reports"], complete: boolean) => {
      if (dryRun) return;
      checkpoint = {
        version: 1,
        file: basename(path),
        kind,
        authorityId,
        fingerprint,
        committed: { ...position, tailSha256: await tailSha256(path, position.offset) },
        batches,
        counts: { ...counts },
        reports: sizes,
        startedAt,
        updatedAt: new Date().toISOString(),
        complete,
      };
      await writeCheckpoint(path, checkpoint);
    };

    /** Sends one batch, then reports and checkpoints it (in that order: see the module comment). */
    const importBatch = async (items: FileRecord[]) => {
      const sendable = items.filter((item) => item.problems.length === 0);
      const results: IngestedRecordResult[] =
        sendable.length === 0 ? [] : (await ingestRecords({ kind, authorityId, payloads: sendable.map((item) => item.payload), source, dryRun })).results;
      // ← A crash here (committed, not yet checkpointed) makes the next run re-send this batch: all replays.
      const resultOf = new Map(sendable.map((item, index) => [item, results[index]]));
      const rejected: RejectedLine[] = [];
      const warned: WarnedLine[] = [];
      for (const item of items) {
        counts.records++;
        const result = resultOf.get(item);
        if (result === undefined || result.status === "rejected") {
          counts.rejected++;
          const identity = item.identity ?? identityOf(item.payload ?? item.asRead);
          rejected.push({
            line: item.line,
            documentNumber: result?.documentNumber ?? identity.documentNumber,
            uscc: result?.uscc ?? identity.uscc,
            record: item.asRead,
            errors: describeImportProblems(result?.errors ?? item.problems, locale),
            warnings: describeImportProblems(result?.warnings ?? [], locale),
          });
          continue;
        }
        counts.accepted++;
        counts[result.outcome ?? "created"]++;
        if (result.warnings.length > 0) {
          counts.warned++;
          warned.push({ line: item.line, documentNumber: result.documentNumber, uscc: result.uscc, outcome: result.outcome ?? "created", warnings: describeImportProblems(result.warnings, locale) });
        }
      }
      const sizes = await report.append(rejected, warned);
      batches++;
      recordsThisRun += items.length;
      position = items[items.length - 1].end;
      await saveCheckpoint(sizes, false);
      options.onProgress?.(progress());
      return sizes;
    };

    let status: ImportResult["status"] = "complete";
    try {
      let batch: FileRecord[] = [];
      // A batch is also cut at the API's largest request body, so long decision documents never pile up in memory.
      let batchStart = position.offset;
      let sizes = checkpoint?.reports ?? { rejectedBytes: 0, warningsBytes: 0 };
      for await (const item of readFileRecords({ path, format, kind, from: resumedFrom })) {
        batch.push(item);
        if (batch.length < batchSize && item.end.offset - batchStart < maxBatchBytes) continue;
        sizes = await importBatch(batch);
        batch = [];
        batchStart = position.offset;
        if (signal?.aborted) {
          status = "interrupted";
          break;
        }
      }
      if (status === "complete") {
        if (batch.length > 0) sizes = await importBatch(batch);
        position = { offset: fingerprint.size, line: position.line };
        await saveCheckpoint(sizes, true);
      }
    } finally {
      await report.close();
    }
    return { ...progress(), status, resumedFrom, checkpointPath, reports, dryRun };
  } finally {
    await release();
  }
}
