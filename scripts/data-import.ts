/**
 * npm run data:import -- <file.csv|file.jsonl> --kind <kind> --authority <authority id>
 *                        [--dry-run] [--restart] [--language en|zh|ug] [--batch-size N] [--format csv|jsonl]
 *
 * Imports a department's records from a file, exactly as POST /api/v1/ingest/{kind} would take
 * them (lib/ingestion/file-import/import-file.ts): JSON Lines or CSV, in batches of 1,000, each
 * committed in one transaction. The operator runs it on the server on behalf of the department
 * named by --authority, which must be allowed to send the kind.
 *
 * Progress on stderr, a summary on stdout; rejected lines in <file>.rejected.jsonl, warnings in
 * <file>.warnings.jsonl. Interrupted (Ctrl-C, kill -9, power loss), it resumes from
 * <file>.import-state.json when run again; --restart starts over. --dry-run checks everything
 * against the register and writes only the reports (<file>.dry-run.*.jsonl).
 *
 * Exit codes: 0 the file is imported (rejected lines, if any, are in the report); 1 the file
 * cannot be read or imported (unreadable, wrong header, a checkpoint of another file) or the
 * database failed; 2 wrong arguments (unknown kind or authority, a kind the authority may not
 * send); 130 stopped by Ctrl-C after a committed batch (run again to continue).
 */
import { parseArgs } from "node:util";
import { routing, type AppLocale } from "@/i18n/routing";
import { getPool } from "@/lib/db";
import { INGEST_KINDS, MAX_BATCH_RECORDS, isIngestKind } from "@/lib/ingestion/kinds";
import { IMPORT_FORMATS, ImportFileError, type ImportFormat } from "@/lib/ingestion/file-import/file-records";
import type { ImportCounts } from "@/lib/ingestion/file-import/import-checkpoint";
import { ImportInputError, importFile, type ImportProgress, type ImportResult } from "@/lib/ingestion/file-import/import-file";
import { openDatabase } from "./support/database";

const USAGE = `Usage: npm run data:import -- <file.csv|file.jsonl> --kind ${INGEST_KINDS.join("|")} --authority <authority id> [--dry-run] [--restart] [--language en|zh|ug] [--batch-size N] [--format csv|jsonl]`;

class UsageError extends Error {}

function parseArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        kind: { type: "string" },
        authority: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        restart: { type: "boolean", default: false },
        language: { type: "string", default: "en" },
        "batch-size": { type: "string", default: String(MAX_BATCH_RECORDS) },
        format: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? `Give the file to import.\n${USAGE}` : `Give one file at a time.\n${USAGE}`);
  if (!values.kind || !isIngestKind(values.kind)) throw new UsageError(`--kind must be one of ${INGEST_KINDS.join(", ")}.\n${USAGE}`);
  if (!values.authority) throw new UsageError(`--authority is the id of the department the file comes from, e.g. amr-650100 or tax-650100.\n${USAGE}`);
  if (!(routing.locales as readonly string[]).includes(values.language)) throw new UsageError(`--language must be one of ${routing.locales.join(", ")}.`);
  if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format must be csv or jsonl.`);
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_RECORDS) throw new UsageError(`--batch-size must be a whole number from 1 to ${MAX_BATCH_RECORDS}.`);
  return {
    path: positionals[0],
    kind: values.kind,
    authorityId: values.authority,
    dryRun: values["dry-run"],
    restart: values.restart,
    locale: values.language as AppLocale,
    batchSize,
    format: values.format as ImportFormat | undefined,
  };
}

const number = (value: number) => value.toLocaleString("en");

function bytes(value: number): string {
  if (value >= 1024 ** 3) return `${(value / 1024 ** 3).toFixed(1)} GB`;
  if (value >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(1)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(0)} KB`;
  return `${value} B`;
}

function progressLine({ counts, position, size, recordsThisRun, seconds }: ImportProgress): string {
  const share = size === 0 ? 100 : Math.min(100, (position.offset / size) * 100);
  const rate = seconds > 0 ? Math.round(recordsThisRun / seconds) : 0;
  return (
    `line ${number(position.line - 1)}: ${number(counts.records)} records, ${number(counts.accepted)} accepted, ${number(counts.rejected)} rejected, ` +
    `${number(counts.warned)} with warnings · ${number(rate)} records/s · ${share.toFixed(1)}% of ${bytes(size)}`
  );
}

/** On a terminal one line redrawn; in a log a line every 5 seconds. */
function createProgressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const isTty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  return {
    show(progress: ImportProgress) {
      const now = Date.now();
      if (now - last < (isTty ? 200 : 5000)) return;
      last = now;
      drawn = isTty;
      stream.write(isTty ? `\r\x1b[2K${progressLine(progress)}` : `${progressLine(progress)}\n`);
    },
    done() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}

function outcomes(counts: ImportCounts): string {
  return `${number(counts.created)} created, ${number(counts.unchanged)} unchanged, ${number(counts.superseded)} superseded, ${number(counts.revoked)} revoked`;
}

function summary(result: ImportResult, file: string): string[] {
  const { counts } = result;
  const rate = result.seconds > 0 ? Math.round(result.recordsThisRun / result.seconds) : 0;
  const lines: string[] = [];
  if (result.status === "already-complete") {
    lines.push(`${file} is already imported (${result.checkpointPath}): ${number(counts.records)} records, ${number(counts.accepted)} accepted, ${number(counts.rejected)} rejected. Run with --restart to import it again.`);
    return lines;
  }
  const verb = result.dryRun ? "Dry run, nothing written: would accept" : "accepted";
  const head = result.status === "interrupted" ? `Stopped after line ${number(result.position.line - 1)}` : result.dryRun ? "Checked" : "Imported";
  lines.push(
    `${head}: ${number(counts.records)} records${result.resumedFrom ? " (earlier runs included)" : ""}; ${verb} ${number(counts.accepted)} (${outcomes(counts)}), ` +
      `rejected ${number(counts.rejected)}, ${number(counts.warned)} with warnings. This run: ${number(result.recordsThisRun)} records in ${result.seconds.toFixed(1)} s (${number(rate)} records/s).`,
  );
  if (counts.rejected > 0) lines.push(`Rejected lines, with the reasons: ${result.reports.rejected}`);
  if (counts.warned > 0) lines.push(`Warnings: ${result.reports.warnings}`);
  if (result.status === "interrupted") lines.push(`Everything up to that line is committed; run the same command again to continue (${result.checkpointPath}).`);
  return lines;
}

async function main(): Promise<number> {
  const options = parseArguments();
  const database = await openDatabase();
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1 || options.dryRun) {
      // The open transaction dies with the connection: nothing of the batch in hand is written.
      process.stderr.write(`\n${signal}: stopped at once; the batch in hand is not committed. Run again to continue from the last checkpoint.\n`);
      process.exit(130);
    }
    process.stderr.write(`\n${signal}: stopping after the batch in hand is committed (press Ctrl-C again to stop at once)…\n`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const printer = createProgressPrinter();
  try {
    const result = await importFile({
      ...options,
      signal: controller.signal,
      onStart: ({ size, resumedFrom, counts, checkpointPath }) => {
        const what = `${options.kind} from ${options.path} (${bytes(size)}) for ${options.authorityId}`;
        if (options.dryRun) process.stderr.write(`Checking ${what} (dry run: nothing is written)\n`);
        else if (resumedFrom) process.stderr.write(`Resuming ${what} after line ${number(resumedFrom.line - 1)}: ${number(counts.records)} records already done (${checkpointPath})\n`);
        else process.stderr.write(`Importing ${what}\n`);
      },
      onProgress: (progress) => printer.show(progress),
    });
    printer.done();
    for (const line of summary(result, options.path)) console.log(line);
    return result.status === "interrupted" ? 130 : 0;
  } finally {
    printer.done();
    await getPool().end();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ImportInputError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof ImportFileError) {
      console.error(`Not imported: ${error.message}`);
      process.exit(1);
    }
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    console.error(`The import failed: ${reason}`);
    console.error("Nothing of the batch in hand was written; fix the cause and run the same command again to continue from the last checkpoint.");
    process.exit(1);
  },
);
