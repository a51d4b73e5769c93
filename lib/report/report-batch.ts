import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Zip, ZipPassThrough } from "fflate";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { db } from "@/lib/db";
import { catalogue } from "@/lib/i18n/catalogues";
import { getEnv } from "@/lib/env";
import { findUsccByRegistrationNumber } from "@/lib/records/companies";
import { generateCreditReport, newReportId } from "./credit-reports";
import { reportFileName } from "./report-files";

/**
 * Batch printing for banks: up to 200 codes (pasted, or a CSV's first column) become one ZIP of
 * credit reports plus a CSV manifest (code, name, status, report id, SHA-256, reason). The batch
 * is a row in report_batch with its progress; the work runs in the server process after the
 * request that started it has been answered, report by report (each yields to other requests
 * while it renders), and the ZIP is written to REPORT_BATCH_DIR and kept for a day.
 */
export const MAX_BATCH_CODES = 200;
/** A CSV upload larger than this cannot be a list of 200 codes. */
export const MAX_BATCH_UPLOAD_BYTES = 1024 * 1024;
const KEEP_ZIPS_MS = 24 * 60 * 60 * 1000;
/** A running batch whose worker has not reported for this long was interrupted (its process died). */
export const STALE_BATCH_MS = 60_000;

/** Why a line of the list produced no report. */
export type EntryProblem = "not-found" | "invalid-length" | "invalid-character" | "invalid-check" | "duplicate";

export type BatchEntry = { input: string } & ({ uscc: string; problem?: undefined } | { uscc?: undefined; problem: EntryProblem });

/** The codes of pasted text: separated by line breaks, spaces, commas or semicolons. */
export function codesFromText(text: string): string[] {
  return text.split(/[\s,;，；、]+/u).filter((token) => token.length > 0);
}

/**
 * The codes of a CSV file: the first column of each row; a first row without digits is a header.
 * Quotes around a cell are removed.
 */
export function codesFromCsv(text: string): string[] {
  const rows = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const codes: string[] = [];
  rows.forEach((row, index) => {
    const cell = row.split(/[,;\t]/)[0]?.trim().replace(/^"(.*)"$/, "$1").trim() ?? "";
    if (!cell || (index === 0 && !/\d/.test(cell))) return;
    codes.push(cell);
  });
  return codes;
}

/**
 * What each given code names: a code the register can look up (a registration number is
 * translated to its company's code), or why not. Later repeats of a code are marked duplicate.
 */
export async function resolveBatchEntries(inputs: string[]): Promise<BatchEntry[]> {
  const seen = new Set<string>();
  const entries: BatchEntry[] = [];
  for (const input of inputs) {
    const code = classifyCodeInput(input);
    let entry: BatchEntry;
    if (code.kind === "uscc") {
      // A wrong check character may still be a legal early pilot code (DOMAIN.md): look it up.
      entry = code.check.ok || code.check.reason === "check-character" ? { input, uscc: code.check.code } : { input, problem: "invalid-character" };
    } else if (code.kind === "registration-number") {
      const uscc = await findUsccByRegistrationNumber(code.check.code);
      entry = uscc ? { input, uscc: uscc.trim() } : { input, problem: code.check.ok ? "not-found" : "invalid-check" };
    } else {
      entry = { input, problem: code.normalized.length === 18 ? "invalid-character" : "invalid-length" };
    }
    if (entry.uscc !== undefined) {
      if (seen.has(entry.uscc)) entry = { input, problem: "duplicate" };
      else seen.add(entry.uscc);
    }
    entries.push(entry);
  }
  return entries;
}

export function batchDirectory(): string {
  return path.resolve(getEnv().REPORT_BATCH_DIR);
}

export function batchZipPath(batchId: string): string {
  return path.join(batchDirectory(), `${batchId}.zip`);
}

export type BatchRequestProblem = "no-codes" | "too-many";

export type StartedBatch = { ok: true; id: string; run: () => Promise<void> } | { ok: false; problem: BatchRequestProblem; count: number };

/**
 * Checks a list of codes and records a new batch for it. The caller runs `run` once the
 * request is answered (Next's `after`): nothing is generated before the batch exists.
 */
export async function startBatch(inputs: string[], locale: AppLocale): Promise<StartedBatch> {
  if (inputs.length === 0) return { ok: false, problem: "no-codes", count: 0 };
  if (inputs.length > MAX_BATCH_CODES) return { ok: false, problem: "too-many", count: inputs.length };
  const entries = await resolveBatchEntries(inputs);
  const id = newReportId();
  await db.reportBatch.create({ data: { id, locale, total: entries.length } });
  return { ok: true, id, run: () => runBatch(id, entries, locale) };
}

const CSV_COLUMNS = ["code", "name", "status", "report_id", "sha256", "reason"] as const;

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Generates the batch's reports into its ZIP, with the manifest last, updating progress after
 * each report. A report that fails is listed in the manifest with the reason; the batch goes on.
 */
export async function runBatch(batchId: string, entries: BatchEntry[], locale: AppLocale): Promise<void> {
  const t = createTranslator({ locale, messages: catalogue(locale), namespace: "ReportBatch.problems" });
  await mkdir(batchDirectory(), { recursive: true });
  await removeOldZips();
  const finalPath = batchZipPath(batchId);
  const partPath = `${finalPath}.part`;
  try {
    const output = createWriteStream(partPath);
    const written = new Promise<void>((resolve, reject) => {
      output.on("finish", resolve);
      output.on("error", reject);
    });
    const zip = new Zip((error, chunk, final) => {
      if (error) {
        output.destroy(error);
        return;
      }
      output.write(chunk);
      if (final) output.end();
    });
    const manifest: string[] = [CSV_COLUMNS.join(",")];
    const add = (name: string, bytes: Uint8Array) => {
      // Reports are compressed PDFs already: stored as they are.
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(bytes, true);
    };
    let done = 0;
    for (const entry of entries) {
      let row: string[];
      if (entry.uscc === undefined) {
        row = [entry.input, "", entry.problem === "duplicate" ? "duplicate" : entry.problem === "not-found" ? "not-found" : "invalid", "", "", t(entry.problem)];
      } else {
        try {
          const report = await generateCreditReport(entry.uscc, locale, { batchId });
          if (report === null) {
            row = [entry.uscc, "", "not-found", "", "", t("not-found")];
          } else {
            add(reportFileName(report), report.pdf);
            row = [report.uscc, report.nameZh, "generated", report.reportId, report.pdfSha256, ""];
          }
        } catch (error) {
          console.error(`Batch ${batchId}: the report of ${entry.uscc} failed`, error);
          row = [entry.uscc, "", "failed", "", "", t("failed")];
        }
      }
      manifest.push(row.map(csvCell).join(","));
      done++;
      await db.reportBatch.update({ where: { id: batchId }, data: { done, heartbeatAt: new Date() } });
    }
    // UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese names right.
    add("manifest.csv", new TextEncoder().encode(`\uFEFF${manifest.join("\r\n")}\r\n`));
    zip.end();
    await written;
    await rename(partPath, finalPath);
    await db.reportBatch.update({ where: { id: batchId }, data: { state: "done", finishedAt: new Date(), heartbeatAt: new Date() } });
  } catch (error) {
    console.error(`Batch ${batchId} failed`, error);
    await rm(partPath, { force: true });
    await db.reportBatch.update({ where: { id: batchId }, data: { state: "failed", error: String(error), finishedAt: new Date() } });
  }
}

/** ZIPs older than a day are removed when a new batch starts. */
async function removeOldZips(): Promise<void> {
  const directory = batchDirectory();
  for (const name of await readdir(directory)) {
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > KEEP_ZIPS_MS) await rm(file, { force: true });
  }
}

export type BatchStatus = {
  id: string;
  locale: string;
  /** running, done, failed, or interrupted (running, but its worker stopped reporting). */
  state: "running" | "done" | "failed" | "interrupted";
  total: number;
  done: number;
  createdAt: string;
  finishedAt: string | null;
  counts: { generated: number };
  zipBytes: number | null;
};

/** A batch's progress; null when there is no such batch (or `batchId` cannot be an id). */
export async function getBatchStatus(batchId: string): Promise<BatchStatus | null> {
  if (!/^[0-9A-Z]{12}$/.test(batchId)) return null;
  const row = await db.reportBatch.findUnique({ where: { id: batchId }, include: { _count: { select: { reports: true } } } });
  if (row === null) return null;
  const isStale = row.state === "running" && Date.now() - row.heartbeatAt.getTime() > STALE_BATCH_MS;
  const zip = row.state === "done" ? await stat(batchZipPath(row.id)).catch(() => null) : null;
  return {
    id: row.id,
    locale: row.locale,
    state: isStale ? "interrupted" : (row.state as BatchStatus["state"]),
    total: row.total,
    done: row.done,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    counts: { generated: row._count.reports },
    zipBytes: zip?.size ?? null,
  };
}
