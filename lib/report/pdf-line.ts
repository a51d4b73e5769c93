import type PDFDocument from "pdfkit";
import { visualRuns, type FontClass } from "./bidi-runs";
import { REPORT_FONTS, reportFont, type ReportFont } from "./fonts";

/**
 * Drawing text in the report: one line at a time, through the bidi pass (./bidi-runs.ts), each
 * run in the font its script needs. pdfkit's own layout is not used for text: it breaks RTL word
 * order (STACK-NOTES.md). `features: []` makes fontkit shape each run whole (joined Uyghur
 * letters, right-to-left glyph order).
 */
type Doc = InstanceType<typeof PDFDocument>;

export type LineStyle = {
  /** The report's locale direction: Uyghur reports are right-to-left throughout (lines start at the right). */
  direction: "ltr" | "rtl";
  /**
   * The base direction of the text itself when it differs from the report's: a Chinese value in
   * a Uyghur report reads left to right (its brackets and numbers in Chinese order) while it is
   * still aligned to the right, like `<bdi>` on the site. See `textDirectionOf`.
   */
  textDirection?: "ltr" | "rtl";
  /** The font of text that is neither Chinese nor Uyghur (Latin, digits, punctuation): CJK in Chinese reports. */
  base: "cjk" | "vazirmatn";
  size: number;
  isBold?: boolean;
  color?: string;
};

const SHAPED: PDFKit.Mixins.TextOptions = { features: [] };
const ARABIC = /\p{Script=Arabic}/u;
const INK = "#1b1b1b";
/** Outline width of bold text (no bold weight is embedded), in font sizes. */
const FAKE_BOLD = 0.035;

/** Registers the report fonts with a document (parsed once per process). */
export function registerReportFonts(doc: Doc): void {
  for (const font of REPORT_FONTS) doc.registerFont(font, reportFont(font) as unknown as Buffer);
}

/** Chinese always in the CJK font, Uyghur in Vazirmatn; the rest in the report's base font. Bold is an outline (./fonts.ts). */
function fontFor(font: FontClass, style: LineStyle): ReportFont {
  const family = font === "han" ? "cjk" : font === "arabic" ? "vazirmatn" : style.base;
  return family;
}

const isDrawable = (character: string) => !/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(character);

/**
 * A run whose font lacks a character (a dash or symbol Vazirmatn does not have) is split, and
 * the pieces the font cannot draw go to the CJK font, which covers far more. Shaped Uyghur runs
 * stay whole (Vazirmatn covers Uyghur fully).
 */
type FontRun = { text: string; isRtl: boolean; isMirrored?: boolean; fontName: ReportFont };

function withFallback(run: FontRun): FontRun[] {
  if (run.fontName === "cjk" || (run.isRtl && ARABIC.test(run.text))) return [run];
  const font = reportFont(run.fontName);
  const pieces: FontRun[] = [];
  for (const character of run.text) {
    const fontName: ReportFont = !isDrawable(character) || font.hasGlyphForCodePoint(character.codePointAt(0)!) ? run.fontName : "cjk";
    const last = pieces.at(-1);
    if (last && last.fontName === fontName) last.text += character;
    else pieces.push({ ...run, text: character, fontName });
  }
  return pieces;
}

/**
 * The direction of a value, as `dir="auto"` decides it: from its first letter (Arabic script:
 * right to left; any other: left to right); `fallback` when it has no letters (numbers, dates).
 */
export function textDirectionOf(text: string, fallback: "ltr" | "rtl"): "ltr" | "rtl" {
  const letter = /\p{L}/u.exec(text);
  if (letter === null) return fallback;
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(letter[0]) ? "rtl" : "ltr";
}

function fontRuns(text: string, style: LineStyle) {
  return visualRuns(text, style.textDirection ?? style.direction).flatMap((run) =>
    withFallback({ text: run.text, isRtl: run.isRtl, isMirrored: run.isMirrored, fontName: fontFor(run.font, style) }),
  );
}

type MeasuredRun = FontRun & { width: number; drawn: string; offset: number; drawnWidth: number };

// A line's runs and their widths depend only on its text and style (the fonts are the same for
// the life of the process), and reports repeat the same labels and values: remember them.
const measuredLines = new Map<string, MeasuredRun[]>();
const MAX_CACHED_LINES = 100_000;

function measuredRuns(doc: Doc, text: string, style: LineStyle): MeasuredRun[] {
  const key = `${style.direction}|${style.textDirection ?? ""}|${style.base}|${style.size}|${style.isBold ? 1 : 0}|${text}`;
  let runs = measuredLines.get(key);
  if (!runs) {
    runs = fontRuns(text, style).map((run) => {
      doc.font(run.fontName).fontSize(style.size);
      const drawn = run.text.trim();
      const leading = run.text.length - run.text.trimStart().length;
      return {
        ...run,
        width: doc.widthOfString(run.text, SHAPED),
        drawn,
        offset: leading > 0 ? doc.widthOfString(run.text.slice(0, leading), SHAPED) : 0,
        drawnWidth: drawn ? doc.widthOfString(drawn, SHAPED) : 0,
      };
    });
    if (measuredLines.size >= MAX_CACHED_LINES) measuredLines.clear();
    measuredLines.set(key, runs);
  }
  return runs;
}

/** The characters of `text` that would be drawn as a missing glyph (none, when the fonts cover it). */
export function missingGlyphs(text: string, style: LineStyle): string[] {
  const missing: string[] = [];
  for (const run of fontRuns(text, style)) {
    const font = reportFont(run.fontName);
    for (const character of run.text) if (isDrawable(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.push(character);
  }
  return missing;
}

/** The width of `text` on one line. */
export function lineWidth(doc: Doc, text: string, style: LineStyle): number {
  return measuredRuns(doc, text, style).reduce((sum, run) => sum + run.width, 0);
}

/** Where a line's baseline sits below its top, in font sizes: the same for every font, so runs in different fonts line up. */
const BASELINE = 0.9;

/**
 * Draws `text` on one line in the box from `x` to `x + width`, its top at `y`: from the start
 * edge (left in ltr, right in rtl), the end edge, or centred.
 */
export function drawLine(
  doc: Doc,
  text: string,
  box: { x: number; y: number; width: number; align?: "start" | "end" | "center" },
  style: LineStyle,
): void {
  const runs = measuredRuns(doc, text, style);
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  const fromRight = (box.align ?? "start") === (style.direction === "rtl" ? "start" : "end");
  let x = box.align === "center" ? box.x + (box.width - total) / 2 : fromRight ? box.x + box.width - total : box.x;
  const baseline = box.y + style.size * BASELINE;
  const color = style.color ?? INK;
  const out: string[] = [];
  for (const run of runs) {
    // Spaces at a run's ends are left as gaps: pdftotext finds word breaks by gaps, and a space
    // glyph between a right-to-left and a left-to-right word was read as no space at all.
    // A run fontkit lays out right to left starts (in its text) at its right edge.
    const isLaidOutRtl = run.isRtl && ARABIC.test(run.text);
    if (run.drawn) {
      const left = x + (isLaidOutRtl ? run.width - run.offset - run.drawnWidth : run.offset);
      textOperators(doc, out, {
        fontName: run.fontName,
        size: style.size,
        text: run.drawn,
        x: left,
        baseline,
        isFakeBold: style.isBold === true,
        mirroredWidth: run.isMirrored ? run.drawnWidth : undefined,
      });
    }
    x += run.width;
  }
  if (out.length === 0) return;
  const rgb = pdfColor(color);
  // The colour (and the outline of bold text) is set for each line; every other drawing of the
  // report sets its own inside q…Q, so nothing else depends on it.
  const graphics = [`${rgb} rg`];
  if (style.isBold) graphics.push(`${rgb} RG ${formatNumber(style.size * FAKE_BOLD)} w`);
  doc.addContent([...graphics, "BT", ...out, "ET"].join("\n"));
}

/** A coordinate or size as PDF content writes it: at most three decimals. */
export const formatNumber = (value: number): string => String(Math.round(value * 1000) / 1000);

/** "#1b1b1b" as PDF colour components ("0.106 0.106 0.106"). */
export function pdfColor(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return [16, 8, 0].map((shift) => formatNumber(((value >> shift) & 255) / 255)).join(" ");
}

/** pdfkit's embedded font, as far as textOperators uses it. */
type EmbeddedFont = {
  id: string;
  ref(): unknown;
  encode(text: string, features: string[]): [string[], { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
};

/**
 * The text operators for one shaped run at (x, baseline), inside a text object: those of pdfkit
 * 0.20's `_fragment` (pinned in package.json), without its option handling, which shaped each
 * run three times (twice only to measure what drawLine has already measured), and without a
 * graphics state of its own for every run.
 */
function textOperators(
  doc: Doc,
  out: string[],
  {
    fontName,
    size,
    text,
    x,
    baseline,
    isFakeBold,
    mirroredWidth,
  }: { fontName: ReportFont; size: number; text: string; x: number; baseline: number; isFakeBold: boolean; mirroredWidth?: number },
): void {
  doc.font(fontName).fontSize(size);
  const internals = doc as unknown as { _font: EmbeddedFont; page: { height: number; fonts: Record<string, unknown> } };
  const font = internals._font;
  const page = internals.page;
  const [encoded, positions] = font.encode(text, []);
  page.fonts[font.id] ??= font.ref();
  const scale = size / 1000;
  // pdfkit's pages are drawn with the origin at the top left, y downwards: a text matrix with
  // d = -1 draws glyphs upright there, at the baseline's own coordinate.
  const y = baseline;
  const commands: string[] = [];
  // A mirrored character (a bracket in right-to-left text) is its own glyph drawn flipped, so
  // that it still reads as the character written: "(" drawn as ")".
  const matrix = mirroredWidth === undefined ? `1 0 0 -1 ${formatNumber(x)}` : `-1 0 0 -1 ${formatNumber(x + mirroredWidth)}`;
  out.push(`${matrix} ${formatNumber(y)} Tm /${font.id} ${formatNumber(size)} Tf`);
  if (isFakeBold) out.push("2 Tr");
  let last = 0;
  let hadOffset = false;
  let penX = x;
  const addSegment = (end: number) => {
    if (last < end) {
      const advance = positions[end - 1].xAdvance - positions[end - 1].advanceWidth;
      commands.push(`<${encoded.slice(last, end).join("")}> ${formatNumber(-advance)}`);
    }
    last = end;
  };
  const flush = (end: number) => {
    addSegment(end);
    if (commands.length > 0) {
      out.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index];
    if (position.xOffset || position.yOffset) {
      flush(index);
      out.push(`1 0 0 -1 ${formatNumber(penX + position.xOffset * scale)} ${formatNumber(y - position.yOffset * scale)} Tm`);
      flush(index + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 -1 ${formatNumber(penX)} ${formatNumber(y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(index + 1);
    }
    penX += position.xAdvance * scale;
  }
  flush(positions.length);
  if (isFakeBold) out.push("0 Tr");
}

const BREAK_AFTER = /[\s\p{Script=Han}，。、；：）》」]/u;

// Widths of the pieces lines are made of (words, single Chinese characters), per style: fonts
// are the same for the life of the process, and a report measures the same pieces many times.
const pieceWidths = new Map<string, number>();
const MAX_CACHED_PIECES = 200_000;

function pieceWidth(doc: Doc, piece: string, style: LineStyle): number {
  const key = `${style.direction}|${style.base}|${style.size}|${style.isBold ? 1 : 0}|${piece}`;
  let width = pieceWidths.get(key);
  if (width === undefined) {
    width = lineWidth(doc, piece, style);
    if (pieceWidths.size >= MAX_CACHED_PIECES) pieceWidths.clear();
    pieceWidths.set(key, width);
  }
  return width;
}

/** Measuring a line piece by piece can differ from measuring it whole by kerning: keep this much spare. */
const WRAP_TOLERANCE = 0.5;

/**
 * Splits `text` into lines no wider than `width`, in logical order: at spaces, and between
 * Chinese characters. A word longer than a line is cut where it overflows. Line breaks in the
 * text are kept.
 */
export function wrapLines(doc: Doc, text: string, width: number, style: LineStyle): string[] {
  const limit = width - WRAP_TOLERANCE;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidthSoFar = 0; // trailing spaces included
    const push = () => {
      lines.push(line.trimEnd());
      line = "";
      lineWidthSoFar = 0;
    };
    const add = (piece: string) => {
      const body = piece.trimEnd();
      const bodyWidth = body ? pieceWidth(doc, body, style) : 0;
      const fullWidth = body === piece ? bodyWidth : pieceWidth(doc, piece, style);
      if (line && lineWidthSoFar + bodyWidth > limit) push();
      if (!line && bodyWidth > limit) {
        // A word longer than the line: cut it character by character.
        let part = "";
        let partWidth = 0;
        for (const character of body) {
          const characterWidth = pieceWidth(doc, character, style);
          if (part && partWidth + characterWidth > limit) {
            lines.push(part);
            part = "";
            partWidth = 0;
          }
          part += character;
          partWidth += characterWidth;
        }
        line = part + piece.slice(body.length);
        lineWidthSoFar = partWidth + (fullWidth - bodyWidth);
        return;
      }
      line += line ? piece : piece.trimStart();
      lineWidthSoFar += fullWidth;
    };
    let piece = "";
    for (const character of paragraph) {
      piece += character;
      if (BREAK_AFTER.test(character)) {
        add(piece);
        piece = "";
      }
    }
    if (piece) add(piece);
    if (line.trim() || lines.length === 0 || !paragraph.trim()) push();
  }
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
