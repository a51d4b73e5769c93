import { createHash, randomBytes } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/seo/site-url";
import { buildReportContent } from "./report-content";
import { loadReportData, reportDataHash } from "./report-data";
import { renderReportPdf } from "./report-pdf";

/**
 * Credit reports: generated, recorded, verified. Every report is recorded with the SHA-256 of
 * its bytes and of the public record it showed; anyone holding a copy can check it against the
 * record by its report id (printed, and in the QR code) or by its bytes.
 */

/** Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REPORT_ID_LENGTH = 12;

/** A new random report id: 12 characters, 60 bits. */
export function newReportId(): string {
  const bytes = randomBytes(REPORT_ID_LENGTH);
  return Array.from(bytes, (byte) => ALPHABET[byte & 31]).join("");
}

/** A typed report id in canonical form ("k7m2-9qpa-2d3x" → "K7M29QPA2D3X"), or null when it cannot be one. */
export function normalizeReportId(input: string): string | null {
  const text = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  return text.length === REPORT_ID_LENGTH && [...text].every((character) => ALPHABET.includes(character)) ? text : null;
}

/** No report comes near this size (a long one is about 300 KB): larger uploads are refused unread. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Whether bytes start like a PDF file. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1").includes("%PDF-");
}

/** Whether `text` is a SHA-256 in hex, as the verification pages pass it along. */
export function isSha256(text: unknown): text is string {
  return typeof text === "string" && /^[0-9a-f]{64}$/.test(text);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function verifyUrl(locale: AppLocale, reportId: string): string {
  return absoluteUrl(`/${locale}/verify/${reportId}`);
}

export type GeneratedReport = {
  reportId: string;
  uscc: string;
  nameZh: string;
  locale: AppLocale;
  generatedAt: string;
  pdf: Buffer;
  pdfSha256: string;
};

/** Generates and records a report; null when the register does not hold the code. */
export async function generateCreditReport(uscc: string, locale: AppLocale, { batchId }: { batchId?: string } = {}): Promise<GeneratedReport | null> {
  const data = await loadReportData(uscc);
  if (data === null) return null;
  const reportId = newReportId();
  const generatedAt = new Date().toISOString();
  const content = buildReportContent({ data, locale, reportId, generatedAt, verifyUrl: verifyUrl(locale, reportId) });
  const pdf = await renderReportPdf(content, { generatedAt });
  const pdfSha256 = sha256(pdf);
  await db.creditReport.create({
    data: {
      id: reportId,
      enterprise: { connect: { uscc } },
      locale,
      generatedAt: new Date(generatedAt),
      pdfSha256,
      dataSha256: reportDataHash(data),
      byteSize: pdf.length,
      ...(batchId ? { batch: { connect: { id: batchId } } } : {}),
    },
  });
  return { reportId, uscc, nameZh: data.profile.nameZh, locale, generatedAt, pdf, pdfSha256 };
}

export type ReportVerification = {
  /** The bytes (or the id) match a report this register issued. */
  genuine: boolean;
  reportId: string | null;
  generatedAt: string | null;
  /** Whether the company's public record differs from what the report showed; null when not genuine. */
  changedSince: boolean | null;
  company: { uscc: string; nameZh: string; nameUg: string | null } | null;
  locale: string | null;
};

const NOT_GENUINE: ReportVerification = { genuine: false, reportId: null, generatedAt: null, changedSince: null, company: null, locale: null };

const reportSelect = {
  id: true,
  locale: true,
  generatedAt: true,
  dataSha256: true,
  pdfSha256: true,
  enterprise: { select: { uscc: true, nameZh: true, nameUg: true } },
} as const;

type ReportRow = { id: string; locale: string; generatedAt: Date; dataSha256: string; enterprise: { uscc: string; nameZh: string; nameUg: string | null } };

async function verification(row: ReportRow): Promise<ReportVerification> {
  const data = await loadReportData(row.enterprise.uscc);
  return {
    genuine: true,
    reportId: row.id,
    generatedAt: row.generatedAt.toISOString(),
    changedSince: data === null || reportDataHash(data) !== row.dataSha256,
    company: row.enterprise,
    locale: row.locale,
  };
}

/** What the register knows of a report id; null when it issued no such report. */
export async function findReport(reportId: string): Promise<(ReportVerification & { pdfSha256: string }) | null> {
  const id = normalizeReportId(reportId);
  if (id === null) return null;
  const row = await db.creditReport.findUnique({ where: { id }, select: reportSelect });
  return row === null ? null : { ...(await verification(row)), pdfSha256: row.pdfSha256 };
}

/** The id of the report whose PDF has this SHA-256, or null. */
export async function findReportBySha256(pdfSha256: string): Promise<string | null> {
  const row = await db.creditReport.findUnique({ where: { pdfSha256 }, select: { id: true } });
  return row?.id ?? null;
}

/**
 * The report id a PDF claims to be (the ReportId entry of its document information, which pdfkit
 * writes as an indirect string object), read without trusting the rest of the file.
 */
export function claimedReportId(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const direct = /\/ReportId\s*\(([0-9A-Z]{12})\)/.exec(text);
  if (direct) return direct[1];
  const reference = /\/ReportId\s+(\d+)\s+0\s+R/.exec(text);
  if (!reference) return null;
  const object = new RegExp(`(?:^|\\s)${reference[1]}\\s+0\\s+obj\\s*\\(([0-9A-Z]{12})\\)`).exec(text);
  return object ? object[1] : null;
}

/**
 * Checks a file's bytes: genuine only when they are exactly those of a report the register
 * issued. A file that differs in any byte is not genuine; the id it claims is still returned,
 * so the person checking can look that report up.
 */
export async function verifyReportBytes(bytes: Uint8Array): Promise<ReportVerification> {
  const row = await db.creditReport.findUnique({ where: { pdfSha256: sha256(bytes) }, select: reportSelect });
  if (row !== null) return verification(row);
  return { ...NOT_GENUINE, reportId: claimedReportId(bytes) };
}
