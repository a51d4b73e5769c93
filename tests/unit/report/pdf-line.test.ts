import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { visualRuns } from "@/lib/report/bidi-runs";
import { drawLine, lineWidth, prepareTextExtraction, registerReportFonts, wrapLines, type LineStyle } from "@/lib/report/pdf-line";

/** The report's text layer: bidi runs, fonts per script, and what pdftotext reads back. */
type Doc = InstanceType<typeof PDFDocument>;

async function render(draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50 });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  registerReportFonts(doc);
  draw(doc);
  prepareTextExtraction(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * pdftotext's lines as words in reading order. It wraps a right-to-left line's left-to-right
 * stretches in directional marks (U+202A–U+202C) and puts the space next to such a stretch inside
 * it; words are split at the marks as well as at spaces.
 */
function readBack(pdf: Buffer): string[][] {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pdf-line-")), "lines.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })
    .split("\n")
    .map(words)
    .filter((line) => line.length > 0);
}

const words = (line: string) => line.replace(/[\u202a-\u202e]/g, " ").split(/\s+/).filter(Boolean);

const RTL: LineStyle = { direction: "rtl", base: "vazirmatn", size: 11 };
const LTR: LineStyle = { direction: "ltr", base: "cjk", size: 11 };

describe("report text lines", () => {
  it("orders right-to-left runs visually, mirrors brackets, keeps numbers and codes left to right", () => {
    const runs = visualRuns("ئۈرۈمچى (2024) 91650109KP72E1326Q", "rtl");
    // Brackets keep their character and are marked to be drawn mirrored: ")" on the left reads as "(".
    expect(runs.map((run) => run.text)).toEqual(["91650109KP72E1326Q", " ", ")", "2024", "(", "ئۈرۈمچى "]);
    expect(runs.map((run) => run.isRtl)).toEqual([false, true, true, false, true, true]);
    expect(runs.map((run) => run.isMirrored ?? false)).toEqual([false, false, true, false, true, false]);
    // Chinese keeps its font inside a Uyghur line; in a left-to-right line nothing is reordered.
    expect(visualRuns("乌鲁木齐市万宝果业厂（ئۈرۈمچى）", "rtl").map((run) => run.font)).toEqual(["han", "arabic", "han", "han"]);
    expect(visualRuns("Name: Urumqi (Ltd)", "ltr")).toEqual([{ text: "Name: Urumqi (Ltd)", font: "base", isRtl: false }]);
  });

  it("reads back in logical order from a Uyghur report, ligatures included", async () => {
    const lines = ["تىزىملانغان مەبلەغ", "1,200 مىڭ يۈەن", "乌鲁木齐市万宝果业厂", "ئۈرۈمچى ۋەنباۋ مېۋە زاۋۇتى", "91650109KP72E1326Q", "ئالاقە ئادرېسى (كارخانا ئاشكارىلىغان)"];
    const pdf = await render((doc) => lines.forEach((line, index) => drawLine(doc, line, { x: 50, y: 60 + index * 24, width: 495 }, RTL)));
    expect(readBack(pdf)).toEqual(lines.map(words));
  });

  it("reads back Chinese and English lines exactly", async () => {
    const lines = ["企业信用信息公示报告", "Enterprise credit information report", "统一社会信用代码 91650109KP72E1326Q"];
    const pdf = await render((doc) => lines.forEach((line, index) => drawLine(doc, line, { x: 50, y: 60 + index * 24, width: 495 }, LTR)));
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" });
    expect(text.split("\n").filter((line) => line.trim())).toEqual(lines);
  });

  it("wraps long text within the width, losing nothing", async () => {
    const text = "许可经营项目：无。一般经营项目：农副产品收购、加工、销售；日用百货、五金交电、建筑材料的销售；道路普通货物运输；仓储服务（不含危险化学品）。";
    const uyghur = "يېزا ئىگىلىك مەھسۇلاتلىرىنى سېتىۋېلىش، پىششىقلاپ ئىشلەش ۋە سېتىش؛ كۈندىلىك بۇيۇملار، قۇرۇلۇش ماتېرىياللىرى سېتىش؛ يول توشۇش مۇلازىمىتى";
    await render((doc) => {
      for (const [value, style] of [[text, LTR], [uyghur, RTL]] as const) {
        const lines = wrapLines(doc, value, 200, style);
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines) expect(lineWidth(doc, line, style)).toBeLessThanOrEqual(200);
        expect(lines.join("").replace(/\s/g, "")).toBe(value.replace(/\s/g, ""));
      }
    });
  });
});
