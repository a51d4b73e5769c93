import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { STRUCTURED_GROUPS, TERM_GROUPS, listTerms } from "@/lib/dictionaries";
import { missingGlyphs, textDirectionOf, type LineStyle } from "@/lib/report/pdf-line";
import { buildReportContent, type ReportContent } from "@/lib/report/report-content";
import { loadReportData } from "@/lib/report/report-data";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";

/**
 * No character the report generator can print falls back to a missing glyph: every string of
 * every report of the seeded register (all companies, all three languages), every label of the
 * namespaces the report uses and every dictionary term, in every style the report draws them in.
 */
const LOCALES: AppLocale[] = ["zh", "ug", "en"];
const MESSAGES = { zh, ug, en } as const;
const REPORT_NAMESPACES = ["Report", "Company", "AnnualReport", "Common", "Layout"] as const;

function contentStrings(content: ReportContent): string[] {
  const strings = [content.title, ...content.names, content.uscc, content.verifyTitle, content.verifyText, content.verifyUrl];
  strings.push(content.disclaimerTitle, content.disclaimer, content.runningHeader, content.pageLabel(12, 345));
  for (const fact of content.facts) strings.push(fact.label, fact.value);
  for (const block of content.blocks) {
    switch (block.kind) {
      case "fields":
        if (block.title) strings.push(block.title);
        for (const row of block.rows) strings.push(row.label, row.value);
        break;
      case "table":
        strings.push(...block.columns.map((column) => column.label), ...block.rows.flat());
        break;
      case "note":
        strings.push(block.text);
        break;
      default:
        strings.push(block.title);
    }
  }
  return strings;
}

function messageStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(messageStrings);
  return [];
}

/** Missing characters of `text` in each style the report may draw it in (regular and bold, as label and as value). */
function missingIn(text: string, locale: AppLocale): string[] {
  const direction = locale === "ug" ? "rtl" : "ltr";
  const base: LineStyle["base"] = locale === "zh" ? "cjk" : "vazirmatn";
  const styles: LineStyle[] = [false, true].flatMap((isBold) => [
    { direction, base, size: 9, isBold },
    { direction, base, size: 9, isBold, textDirection: textDirectionOf(text, direction) },
  ]);
  return styles.flatMap((style) => missingGlyphs(text, style));
}

describe("glyph coverage of the credit report", () => {
  it("draws every string of every seeded company's report in all three languages with real glyphs", async () => {
    const companies = await db.enterprise.findMany({ select: { uscc: true }, orderBy: { id: "asc" } });
    expect(companies.length).toBeGreaterThanOrEqual(400);
    const strings = new Map<AppLocale, Set<string>>(LOCALES.map((locale) => [locale, new Set<string>()]));
    for (const { uscc } of companies) {
      const data = await loadReportData(uscc.trim());
      for (const locale of LOCALES) {
        const content = buildReportContent({ data: data!, locale, reportId: "0123456789AB", generatedAt: "2026-11-23T08:30:00.000Z", verifyUrl: `https://example.org/${locale}/verify/0123456789AB` });
        for (const text of contentStrings(content)) strings.get(locale)!.add(text);
      }
    }
    for (const locale of LOCALES) {
      const set = strings.get(locale)!;
      for (const namespace of REPORT_NAMESPACES) for (const text of messageStrings(MESSAGES[locale][namespace])) set.add(text);
      for (const group of [...STRUCTURED_GROUPS, ...TERM_GROUPS]) for (const term of listTerms(group)) set.add(term.names[locale]);
    }

    const missing = new Map<string, number>();
    let checked = 0;
    for (const locale of LOCALES) {
      for (const text of strings.get(locale)!) {
        checked++;
        for (const character of missingIn(text, locale)) {
          const key = `${locale} U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} ${character}`;
          missing.set(key, (missing.get(key) ?? 0) + 1);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    // The check itself finds a character the fonts lack (a musical symbol, a Tibetan letter).
    expect(missingIn("营业执照 𝄞 ཀ", "zh")).toContain("𝄞");
    expect(missingIn("ئىجازەت ཀ", "ug")).toContain("ཀ");
    expect(Object.fromEntries(missing)).toEqual({});
  }, 180_000);
});
