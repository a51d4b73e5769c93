import type PDFDocument from "pdfkit";
import { visualRuns, type FontClass } from "./bidi-runs";
import { reportFontData, type ReportFont } from "./fonts";

/**
 * Drawing text in the report: one line at a time, through the bidi pass (./bidi-runs.ts), each
 * run in the font its script needs. pdfkit's own layout is not used for text: it breaks RTL word
 * order (STACK-NOTES.md). `features: []` makes fontkit shape each run whole (joined Uyghur
 * letters, right-to-left glyph order).
 */
type Doc = InstanceType<typeof PDFDocument>;

export type LineStyle = {
  /** The report's locale direction: Uyghur reports are right-to-left throughout. */
  direction: "ltr" | "rtl";
  size: number;
  isBold?: boolean;
};

const SHAPED: PDFKit.Mixins.TextOptions = { features: [] };
const ARABIC = /\p{Script=Arabic}/u;

/** Registers the report fonts with a document (the bytes are read once per process). */
export function registerReportFonts(doc: Doc): void {
  for (const font of ["cjk", "cjkBold", "uyghur", "uyghurBold"] as ReportFont[]) doc.registerFont(font, reportFontData(font));
}

/** Chinese always in the CJK font, Uyghur in Vazirmatn; the rest in the report's own font. */
function fontFor(font: FontClass, style: LineStyle): ReportFont {
  const family = font === "han" ? "cjk" : font === "arabic" ? "uyghur" : style.direction === "rtl" ? "uyghur" : "cjk";
  return style.isBold ? (`${family}Bold` as ReportFont) : family;
}

function measuredRuns(doc: Doc, text: string, style: LineStyle) {
  return visualRuns(text, style.direction).map((run) => {
    const font = fontFor(run.font, style);
    doc.font(font).fontSize(style.size);
    return { ...run, fontName: font, width: doc.widthOfString(run.text, SHAPED) };
  });
}

/** The width of `text` on one line. */
export function lineWidth(doc: Doc, text: string, style: LineStyle): number {
  return measuredRuns(doc, text, style).reduce((sum, run) => sum + run.width, 0);
}

/**
 * Draws `text` on one line in the box from `x` to `x + width` at `y`: from the start edge (left
 * in ltr, right in rtl), or centred.
 */
export function drawLine(doc: Doc, text: string, box: { x: number; y: number; width: number; align?: "start" | "center" }, style: LineStyle): void {
  const runs = measuredRuns(doc, text, style);
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  let x = box.align === "center" ? box.x + (box.width - total) / 2 : style.direction === "rtl" ? box.x + box.width - total : box.x;
  for (const run of runs) {
    doc.font(run.fontName).fontSize(style.size);
    // Spaces at a run's ends are left as gaps: pdftotext finds word breaks by gaps, and a space
    // glyph between a right-to-left and a left-to-right word was read as no space at all.
    // A run fontkit lays out right to left starts (in its text) at its right edge.
    const isLaidOutRtl = run.isRtl && ARABIC.test(run.text);
    const leading = run.text.length - run.text.trimStart().length;
    const drawn = run.text.trim();
    const offset = leading > 0 ? doc.widthOfString(run.text.slice(0, leading), SHAPED) : 0;
    if (drawn) doc.text(drawn, x + (isLaidOutRtl ? run.width - offset - doc.widthOfString(drawn, SHAPED) : offset), box.y, { ...SHAPED, lineBreak: false });
    x += run.width;
  }
}

const BREAK_AFTER = /[\s\p{Script=Han}，。、；：）》」]/u;

/**
 * Splits `text` into lines no wider than `width`, in logical order: at spaces, and between
 * Chinese characters. A word longer than a line is cut where it overflows.
 */
export function wrapLines(doc: Doc, text: string, width: number, style: LineStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const character of text) {
    piece += character;
    if (BREAK_AFTER.test(character)) {
      pieces.push(piece);
      piece = "";
    }
  }
  if (piece) pieces.push(piece);
  const lines: string[] = [];
  let line = "";
  for (const next of pieces) {
    const candidate = line + next;
    if (line && lineWidth(doc, candidate.trimEnd(), style) > width) {
      lines.push(line.trimEnd());
      line = next.trimStart();
    } else {
      line = candidate;
    }
    while (lineWidth(doc, line.trimEnd(), style) > width && Array.from(line).length > 1) {
      const characters = Array.from(line);
      let cut = characters.length - 1;
      while (cut > 1 && lineWidth(doc, characters.slice(0, cut).join(""), style) > width) cut--;
      lines.push(characters.slice(0, cut).join(""));
      line = characters.slice(cut).join("");
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Call once before `doc.end()`. A Uyghur ligature glyph (lam-alef) maps to its letters in logical
 * order, but pdftotext spreads them over the glyph left to right and then reads the right-to-left
 * line backwards, giving "ال" for "لا". Mapping such glyphs to their letters reversed makes the
 * text read back as written.
 */
export function prepareTextExtraction(doc: Doc): void {
  const fonts = new Set(Object.values((doc as unknown as { _fontFamilies: Record<string, { unicode?: number[][] }> })._fontFamilies));
  for (const font of fonts) {
    font.unicode?.forEach((points, glyph) => {
      if (points && points.length > 1 && points.every((point) => point >= 0x600 && point <= 0x6ff)) font.unicode![glyph] = [...points].reverse();
    });
  }
}
