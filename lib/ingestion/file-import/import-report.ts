/**
 * The reports an import writes next to its file, as JSON Lines:
 * - `<file>.rejected.jsonl`: one line per rejected record: its line number, the record as read
 *   (the object; a CSV row's cells or the raw text when the line could not be read as a record)
 *   and each problem (field, reason code, sentence), plus any warnings;
 * - `<file>.warnings.jsonl`: one line per accepted record with warnings (a legal pilot-area code,
 *   publication after the 20-working-day deadline): line, document number, code, outcome, warnings.
 * A dry run writes `<file>.dry-run.rejected.jsonl` and `<file>.dry-run.warnings.jsonl`, so it never
 * disturbs the reports of a real import in progress.
 *
 * The reports hold what the file holds (a registration's ID number included): keep them as the
 * file itself is kept.
 */
import { open, stat, truncate, type FileHandle } from "node:fs/promises";
import type { FieldProblem, IngestOutcome } from "@/lib/ingestion/results";

export type ReportPaths = { rejected: string; warnings: string };

export function reportPathsOf(path: string, { dryRun }: { dryRun: boolean }): ReportPaths {
  const stem = dryRun ? `${path}.dry-run` : path;
  return { rejected: `${stem}.rejected.jsonl`, warnings: `${stem}.warnings.jsonl` };
}

export type RejectedLine = {
  line: number;
  documentNumber: string | null;
  uscc: string | null;
  /** The record as read: an object, a CSV row's cells, or the line's text. */
  record: unknown;
  errors: FieldProblem[];
  warnings: FieldProblem[];
};

export type WarnedLine = {
  line: number;
  documentNumber: string | null;
  uscc: string | null;
  outcome: IngestOutcome;
  warnings: FieldProblem[];
};

export type ReportSizes = { rejectedBytes: number; warningsBytes: number };

/** Cuts an existing report to `size` (what a checkpoint recorded); returns its size. A missing report is not created. */
async function cutTo(path: string, size: number): Promise<number> {
  const current = await stat(path).then(
    (stats) => stats.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return 0;
      throw error;
    },
  );
  // Only ever cut: a report shorter than recorded was edited by hand and is kept as it is.
  const kept = Math.min(size, current);
  if (current > kept) await truncate(path, kept);
  return kept;
}

/** One report file, created on its first line. */
class ReportFile {
  private handle: FileHandle | null = null;

  constructor(
    private readonly path: string,
    public size: number,
  ) {}

  async append(entries: readonly unknown[]): Promise<void> {
    if (entries.length === 0) return;
    const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join("");
    this.handle ??= await open(this.path, "a");
    await this.handle.appendFile(text);
    // On disk before the checkpoint that counts these lines is written.
    await this.handle.datasync();
    this.size += Buffer.byteLength(text);
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}

export class ImportReport {
  private constructor(
    private readonly rejected: ReportFile,
    private readonly warnings: ReportFile,
  ) {}

  /**
   * The reports, cut to `sizes` (what a checkpoint recorded; zero to start afresh), so lines a
   * killed run wrote after its last checkpoint are not listed twice.
   */
  static async open(paths: ReportPaths, sizes: ReportSizes): Promise<ImportReport> {
    const rejected = new ReportFile(paths.rejected, await cutTo(paths.rejected, sizes.rejectedBytes));
    const warnings = new ReportFile(paths.warnings, await cutTo(paths.warnings, sizes.warningsBytes));
    return new ImportReport(rejected, warnings);
  }

  /** Appends a batch's lines, flushed to disk; returns the reports' sizes for the checkpoint. */
  async append(rejected: readonly RejectedLine[], warned: readonly WarnedLine[]): Promise<ReportSizes> {
    await this.rejected.append(rejected);
    await this.warnings.append(warned);
    return { rejectedBytes: this.rejected.size, warningsBytes: this.warnings.size };
  }

  async close(): Promise<void> {
    await Promise.all([this.rejected.close(), this.warnings.close()]);
  }
}
