/**
 * npm run data:export -- [--out DIR] [--date YYYY-MM-DD] [--keep N] [--batch-size N]
 * Writes one bulk-data snapshot of the public register (lib/open-data/export-snapshot.ts): per
 * record kind a JSON-lines and a CSV file (gzip) holding the public projection only, and a
 * manifest with each file's SHA-256, size, rows and columns, into DIR/<date>/ (DIR defaults to
 * EXPORT_DIR). The snapshot appears only when complete; the newest EXPORT_KEEP (or --keep) are
 * kept. Served at /api/v1/bulk/… and listed on /{locale}/data.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { getEnv } from "@/lib/env";
import { exportSnapshot } from "@/lib/open-data/export-snapshot";
import { registerToday } from "@/lib/rules/publicity";
import { openDatabase } from "./support/database";
import { createProgress, type Progress } from "./support/progress";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    date: { type: "string" },
    keep: { type: "string" },
    "batch-size": { type: "string" },
  },
});

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number of at least 1, not ${value}`);
  return number;
}

async function main() {
  const env = getEnv();
  const dir = path.resolve(values.out ?? env.EXPORT_DIR);
  const date = values.date ?? registerToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`--date must be a day like 2026-11-23, not ${date}`);
  const keep = positiveInteger("keep", values.keep, env.EXPORT_KEEP);
  const batchSize = positiveInteger("batch-size", values["batch-size"], 500);

  const database = await openDatabase();
  const controller = new AbortController();
  // Ctrl-C stops after the current batch and removes the unfinished snapshot.
  const stop = () => controller.abort(new Error("Interrupted: no snapshot was written."));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  let progress: Progress | null = null;
  try {
    console.log(`Exporting the public register as of ${date} into ${dir}`);
    const result = await exportSnapshot({
      dir,
      date,
      keep,
      batchSize,
      signal: controller.signal,
      onProgress: ({ companies, totalCompanies }) => {
        progress ??= createProgress({ total: totalCompanies, label: "companies" });
        progress.tick(companies);
      },
    });
    (progress as Progress | null)?.finish();
    const { manifest } = result;
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    console.log(
      `Done: ${manifest.companies.toLocaleString("en")} companies, ${manifest.files.length} files ` +
        `(${(bytes / 1024 / 1024).toFixed(1)} MB) in ${result.seconds.toFixed(1)} s → ${result.path}`,
    );
    for (const file of manifest.files.filter((entry) => entry.format === "jsonl")) {
      console.log(`  ${file.kind.padEnd(32)} ${file.rows.toLocaleString("en").padStart(12)} rows`);
    }
    if (result.removed.length > 0) console.log(`Removed older snapshots: ${result.removed.join(", ")}`);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
