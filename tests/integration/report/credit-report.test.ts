import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { claimedReportId, findReport, generateCreditReport, sha256, verifyReportBytes, type GeneratedReport } from "@/lib/report/credit-reports";
import { formatReportId } from "@/lib/report/report-content";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import { BUSY_USCC, makeBusyCompany } from "@/prisma/seed/busy-company";
import { requireDatabaseUrl } from "../../support/database";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany, VISIBLE } from "../../support/marker-company";
import { asWords, pdfInfo, pdfText } from "../../support/pdf-text";

/**
 * Credit reports rendered for real (pdfkit) and read back with poppler's pdftotext, in all three
 * languages, for a company with 200 public records; then verified, tampered with, and checked
 * for private values.
 */
const MESSAGES = { zh, ug, en } as const;

/** A line's words, hyphens and commas counted as spaces, sorted. */
/** A line's words, in any order, hyphens (also U+2011, the Uyghur catalogue's non-breaking one) and commas dropped. */
const wordSet = (line: string) => asWords(line.replace(/[-\u2011،,]/g, " ")).split(" ").filter(Boolean).sort();
const LOCALES: AppLocale[] = ["zh", "ug", "en"];

let client: Client;
const reports = new Map<AppLocale, GeneratedReport>();

beforeAll(async () => {
  client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  await makeBusyCompany(client);
  await plantMarkerCompany(requireDatabaseUrl());
  for (const locale of LOCALES) {
    const report = await generateCreditReport(BUSY_USCC, locale);
    if (report === null) throw new Error("The busy company has no report");
    reports.set(locale, report);
  }
}, 120_000);

afterAll(async () => {
  await client.end();
});

describe("a credit report read back with pdftotext", () => {
  it.each(LOCALES)("reads the %s report in logical order: head, names, sections in gsxt order", async (locale) => {
    const report = reports.get(locale)!;
    const messages = MESSAGES[locale];
    const text = asWords(pdfText(report.pdf));
    const { rows } = await client.query<{ name_zh: string; name_ug: string }>("SELECT name_zh, name_ug FROM enterprise WHERE uscc = $1", [BUSY_USCC]);
    const names = locale === "ug" ? [rows[0].name_ug, rows[0].name_zh] : [rows[0].name_zh, rows[0].name_ug];
    const sections = messages.Company.sections;
    // Each phrase must be found, word for word, after the one before it.
    const expected = [
      messages.Report.title,
      ...names,
      BUSY_USCC,
      formatReportId(report.reportId),
      messages.Company.groupGovernment,
      sections.registration,
      sections.shareholders,
      sections.keyPersons,
      sections.branches,
      sections.changes,
      sections.formerNames,
      sections.liquidation,
      sections.licences,
      sections.penalties,
      sections.abnormalList,
      sections.seriousViolations,
      sections.spotChecks,
      sections.chattelMortgages,
      sections.equityPledges,
      sections.judicialAssistance,
      messages.Company.groupSelf,
      sections.annualReports,
      sections.contributions,
      sections.equityChanges,
      sections.selfLicences,
      sections.ipPledges,
      sections.selfPenalties,
      messages.Report.disclaimerTitle,
    ];
    let from = 0;
    for (const phrase of expected) {
      const at = text.indexOf(asWords(phrase), from);
      expect(at, `"${phrase}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    // Sections without records say so ("None recorded"): the busy company has no branches.
    expect(text).toContain(asWords(`${sections.branches} ${messages.Common.none}`));
  });

  it.each(LOCALES)("numbers the pages of the %s report and carries its metadata", (locale) => {
    const report = reports.get(locale)!;
    const info = pdfInfo(report.pdf);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(10);
    // pdftotext moves the hyphen of "1-بېتى" (page 1) to the other side of the number when it
    // turns a right-to-left line back into text, so page labels are compared as sets of words.
    const lines = pdfText(report.pdf).split("\n").map((line) => wordSet(line));
    const pageLabel = (page: number) => wordSet(MESSAGES[locale].Report.page.replace("{page}", String(page)).replace("{total}", String(pages)));
    expect(lines).toContainEqual(pageLabel(1));
    expect(lines).toContainEqual(pageLabel(pages));
    expect(info.Title).toContain(MESSAGES[locale].Report.title);
    expect(info.Keywords).toContain(formatReportId(report.reportId));
    expect(Buffer.from(report.pdf).toString("latin1")).toMatch(new RegExp(`/Lang \\(${locale === "zh" ? "zh-CN" : locale}\\)`));
  });

  it("keeps Chinese in the Chinese font in every locale, and Uyghur in its own", () => {
    for (const locale of LOCALES) {
      const fonts = Buffer.from(reports.get(locale)!.pdf).toString("latin1").match(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g) ?? [];
      expect(fonts.some((font) => font.includes("NotoSansHans")), locale).toBe(true);
      expect(fonts.some((font) => font.includes("Vazirmatn")), locale).toBe(true);
    }
  });

  it("prints 'chose not to publish' for withheld annual-report blocks, and none of the hidden values", async () => {
    for (const locale of LOCALES) {
      const report = await generateCreditReport(MARKER_USCC, locale);
      const text = pdfText(report!.pdf);
      const info = JSON.stringify(pdfInfo(report!.pdf));
      expect(leakedMarkers(text + info), locale).toEqual([]);
      expect(leakedMarkers(Buffer.from(report!.pdf).toString("latin1")), locale).toEqual([]);
      expect(asWords(text)).toContain(asWords(VISIBLE.name));
      expect(asWords(text)).toContain(asWords(VISIBLE.penalty));
      expect(asWords(text)).toContain(asWords(MESSAGES[locale].Common.withheld));
    }
  });
});

describe("verifying a report", () => {
  it("records each report and finds it genuine by its bytes and by its number", async () => {
    const report = reports.get("zh")!;
    expect(report.pdfSha256).toBe(sha256(report.pdf));
    const row = await db.creditReport.findUnique({ where: { id: report.reportId }, include: { enterprise: { select: { uscc: true } } } });
    expect(row).toMatchObject({ locale: "zh", pdfSha256: report.pdfSha256, byteSize: report.pdf.length, enterprise: { uscc: BUSY_USCC } });
    const byBytes = await verifyReportBytes(report.pdf);
    expect(byBytes).toMatchObject({ genuine: true, reportId: report.reportId, generatedAt: report.generatedAt, changedSince: false });
    const byNumber = await findReport(formatReportId(report.reportId).toLowerCase());
    expect(byNumber).toMatchObject({ genuine: true, reportId: report.reportId, changedSince: false });
    expect(await findReport("ZZZZZZZZZZZZ")).toBeNull();
  });

  it("finds a tampered file not genuine, and still names the report it claims to be", async () => {
    const report = reports.get("ug")!;
    const flipped = Buffer.from(report.pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0x01;
    const appended = Buffer.concat([report.pdf, Buffer.from("\n% edited\n")]);
    // A changed date in the document information.
    const redated = Buffer.from(report.pdf);
    const date = redated.indexOf("(D:");
    redated[date + 6] = redated[date + 6] === 0x39 ? 0x38 : redated[date + 6] + 1;
    for (const tampered of [flipped, appended, redated]) {
      const result = await verifyReportBytes(tampered);
      expect(result.genuine).toBe(false);
      expect(result.reportId).toBe(report.reportId);
      expect(result.generatedAt).toBeNull();
      expect(result.changedSince).toBeNull();
    }
    expect(claimedReportId(Buffer.from("%PDF-1.7 nothing here"))).toBeNull();
  });

  it("says when the company's public record has changed since the report", async () => {
    const report = reports.get("en")!;
    await client.query(
      `INSERT INTO change_record (enterprise_id, item, before, after, changed_on)
       SELECT id, 'address', '旧址', '新址', current_date FROM enterprise WHERE uscc = $1`,
      [BUSY_USCC],
    );
    expect((await verifyReportBytes(report.pdf)).changedSince).toBe(true);
    expect((await findReport(report.reportId))?.changedSince).toBe(true);
  });
});
