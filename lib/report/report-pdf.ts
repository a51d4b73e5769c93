import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { htmlLang } from "@/lib/locales";
import { drawLine, formatNumber, pdfColor, prepareTextExtraction, registerReportFonts, textDirectionOf, wrapLines, type LineStyle } from "./pdf-line";
import type { ReportBlock, ReportContent } from "./report-content";

/**
 * Lays a report's content out on A4 pages with pdfkit: the title page head (names, code,
 * generation time, report number, QR code and verification address), then each block; a running
 * header and "page X of Y" on every page, the disclaimer at the end. A right-to-left report
 * mirrors everything: text starts at the right, table columns run from the right, the QR code
 * sits on the left.
 * Rendering yields to the event loop every few milliseconds, so a server rendering a batch keeps
 * answering other requests.
 */
type Doc = InstanceType<typeof PDFDocument>;

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 62, bottom: 58, side: 48 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
const BOTTOM = PAGE.height - MARGIN.bottom;

const INK = "#1b1b1b";
const SECONDARY = "#505a5f";
const RULE = "#b1b4b6";
const SHADE = "#f3f2f1";
const BRAND = "#1d4f91";

const BODY = 8.5;
const LEADING = 1.45;
const CELL_PADDING = { x: 4, y: 3 };
const QR_SIZE = 92;
/** Blocks up to this tall start on a new page rather than break. */
const KEEP_TOGETHER = 220;

type Style = Omit<LineStyle, "direction" | "base" | "textDirection">;

/** A table cell: its wrapped lines and the style they are drawn in. */
type Cell = { lines: string[]; style: LineStyle };

/** Gives the event loop a turn when this much time has passed since the last one. */
const SLICE_MS = 8;

class ReportWriter {
  private y = MARGIN.top;
  private lastYield = performance.now();

  constructor(
    readonly doc: Doc,
    readonly direction: "ltr" | "rtl",
    /** Latin letters and digits: in the CJK font in Chinese reports, in Vazirmatn otherwise. */
    readonly base: LineStyle["base"],
  ) {}

  private style(style: Style): LineStyle {
    return { direction: this.direction, base: this.base, ...style };
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  async breathe(): Promise<void> {
    if (performance.now() - this.lastYield < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  skip(height: number): void {
    this.y += height;
  }

  /** The x of a box `width` wide whose start edge is `start` points from the content's start edge. */
  private boxX(start: number, width: number): number {
    return this.direction === "rtl" ? PAGE.width - MARGIN.side - start - width : MARGIN.side + start;
  }

  /** Wrapped text across the content width (or a part of it), page breaks between lines. */
  /** The style of a value (a name, a record's text): its own direction, aligned as the report's. */
  valueStyle(text: string, style: Style): LineStyle {
    return { ...this.style(style), textDirection: textDirectionOf(text, this.direction) };
  }

  /** Wrapped text across the content width (or a part of it), page breaks between lines; `isValue` for data rather than the report's own words. */
  paragraph(text: string, style: Style & { align?: "start" | "center"; start?: number; width?: number; isValue?: boolean }): void {
    const width = style.width ?? CONTENT_WIDTH;
    const x = this.boxX(style.start ?? 0, width);
    const height = this.lineHeight(style.size);
    const lineStyle = style.isValue ? this.valueStyle(text, style) : this.style(style);
    for (const line of wrapLines(this.doc, text, width, lineStyle)) {
      this.ensure(height);
      drawLine(this.doc, line, { x, y: this.y, width, align: style.align }, lineStyle);
      this.y += height;
    }
  }

  rule(color = RULE, thickness = 0.6): void {
    horizontalRule(this.doc, this.y, color, thickness);
  }

  heading(block: Extract<ReportBlock, { kind: "group" | "section" | "subsection" }>): void {
    if (block.kind === "group") {
      this.ensure(60);
      this.skip(10);
      this.paragraph(block.title, { size: 13, isBold: true, color: BRAND });
      this.skip(2);
      this.rule(BRAND, 1.5);
      this.skip(8);
    } else if (block.kind === "section") {
      const height = this.lineHeight(11) + 6;
      this.ensure(height + 40);
      this.skip(6);
      box(this.doc, { x: MARGIN.side, y: this.y, width: CONTENT_WIDTH, height }, { fill: SHADE });
      this.skip(3);
      this.paragraph(block.title, { size: 11, isBold: true, start: 6, width: CONTENT_WIDTH - 12 });
      this.skip(7);
    } else {
      this.ensure(this.lineHeight(9.5) + 40);
      this.skip(4);
      this.paragraph(block.title, { size: 9.5, isBold: true });
      this.skip(2);
    }
  }

  /**
   * A table: a header row (repeated on each page it continues on), then the rows. Columns get
   * widths in proportion to their weights and run from the start edge. A row taller than what is
   * left of a page continues on the next one, line by line.
   */
  async table(columns: { label: string; weight: number }[], rows: string[][], options: { header: boolean; shadeFirstColumn?: boolean }): Promise<void> {
    const total = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => (column.weight / total) * CONTENT_WIDTH);
    const starts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    const lineHeight = this.lineHeight(BODY);
    // Headers and labels are the report's own words; the other cells are values, each in its own direction.
    const cellLines = (cells: string[], isHeader: boolean): Cell[] =>
      cells.map((cell, index) => {
        const isLabel = isHeader || (options.shadeFirstColumn === true && index === 0);
        const style = isLabel ? this.style({ size: BODY, isBold: isHeader }) : this.valueStyle(cell, { size: BODY });
        return { lines: wrapLines(this.doc, cell, widths[index] - 2 * CELL_PADDING.x, style), style };
      });
    const header = options.header ? cellLines(columns.map((column) => column.label), true) : null;
    const drawHeader = () => {
      if (header) this.drawRow(header, widths, starts, { shade: "all" });
    };
    const headerHeight = header ? Math.max(...header.map((cell) => cell.lines.length)) * lineHeight + 2 * CELL_PADDING.y : 0;
    this.ensure(headerHeight + lineHeight + 2 * CELL_PADDING.y);
    drawHeader();
    for (const row of rows) {
      let cells = cellLines(row, false);
      while (cells.some((cell) => cell.lines.length > 0)) {
        const room = Math.floor((BOTTOM - this.y - 2 * CELL_PADDING.y) / lineHeight);
        const needed = Math.max(...cells.map((cell) => cell.lines.length));
        // Keep short rows whole; split long ones, leaving at least two lines on a page.
        if (room < Math.min(needed, 2) || (needed <= 6 && room < needed)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(room, needed);
        this.drawRow(cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, take) })), widths, starts, { shade: options.shadeFirstColumn ? "first" : "none" });
        cells = cells.map((cell) => ({ ...cell, lines: cell.lines.slice(take) }));
        if (cells.some((cell) => cell.lines.length > 0)) {
          this.newPage();
          drawHeader();
        }
      }
      await this.breathe();
    }
  }

  private drawRow(cells: Cell[], widths: number[], starts: number[], options: { shade: "all" | "first" | "none" }): void {
    const lineHeight = this.lineHeight(BODY);
    const height = Math.max(1, ...cells.map((cell) => cell.lines.length)) * lineHeight + 2 * CELL_PADDING.y;
    const doc = this.doc;
    cells.forEach(({ lines, style }, index) => {
      const x = this.boxX(starts[index], widths[index]);
      const isShaded = options.shade === "all" || (options.shade === "first" && index === 0);
      box(doc, { x, y: this.y, width: widths[index], height }, { fill: isShaded ? SHADE : undefined, stroke: RULE });
      const color = options.shade === "first" && index === 0 ? SECONDARY : INK;
      lines.forEach((line, lineIndex) => {
        drawLine(
          doc,
          line,
          { x: x + CELL_PADDING.x, y: this.y + CELL_PADDING.y + lineIndex * lineHeight, width: widths[index] - 2 * CELL_PADDING.x },
          { ...style, color },
        );
      });
    });
    this.y += height;
  }

  async block(block: ReportBlock): Promise<void> {
    switch (block.kind) {
      case "group":
      case "section":
      case "subsection":
        this.heading(block);
        return;
      case "note":
        this.paragraph(block.text, { size: BODY, color: SECONDARY });
        this.skip(4);
        return;
      case "fields":
        if (block.title) {
          // Keep a record card on one page when it is short enough (one line per row, roughly).
          this.ensure(Math.min(KEEP_TOGETHER, this.lineHeight(BODY + 0.5) + block.rows.length * (this.lineHeight(BODY) + 2 * CELL_PADDING.y) + 4));
          this.skip(2);
          this.paragraph(block.title, { size: BODY + 0.5, isBold: true, isValue: true });
          this.skip(1);
        }
        await this.table(
          [
            { label: "", weight: 32 },
            { label: "", weight: 68 },
          ],
          block.rows.map((row) => [row.label, row.value]),
          { header: false, shadeFirstColumn: true },
        );
        this.skip(6);
        return;
      case "table":
        await this.table(block.columns, block.rows, { header: true });
        this.skip(6);
        return;
    }
  }

  /** The head of the first page: title, names, facts beside the QR code, how to verify. */
  titleBlock(content: ReportContent): void {
    this.paragraph(content.title, { size: 18, isBold: true, align: "center" });
    this.skip(6);
    content.names.forEach((name, index) => this.paragraph(name, { size: index === 0 ? 14 : 12, isBold: index === 0, align: "center", isValue: true }));
    this.skip(10);
    this.rule(BRAND, 1.5);
    this.skip(10);

    const top = this.y;
    const qrX = this.direction === "rtl" ? MARGIN.side : PAGE.width - MARGIN.side - QR_SIZE;
    drawQrCode(this.doc, content.verifyUrl, { x: qrX, y: top, size: QR_SIZE });
    const textWidth = CONTENT_WIDTH - QR_SIZE - 16;
    const labelWidth = 120;
    for (const fact of content.facts) {
      const y = this.y;
      this.paragraph(fact.label, { size: 9.5, color: SECONDARY, width: labelWidth });
      const labelBottom = this.y;
      this.y = y;
      this.paragraph(fact.value, { size: 9.5, isBold: true, start: labelWidth + 6, width: textWidth - labelWidth - 6, isValue: true });
      this.y = Math.max(this.y, labelBottom) + 2;
    }
    this.skip(4);
    this.paragraph(content.verifyTitle, { size: 9, isBold: true, width: textWidth });
    this.paragraph(content.verifyText, { size: 8.5, color: SECONDARY, width: textWidth });
    this.paragraph(content.verifyUrl, { size: 8.5, color: BRAND, width: textWidth, isValue: true });
    this.y = Math.max(this.y, top + QR_SIZE) + 8;
    this.rule();
    this.skip(4);
  }

  disclaimer(content: ReportContent): void {
    this.ensure(90);
    this.skip(12);
    this.rule();
    this.skip(6);
    this.paragraph(content.disclaimerTitle, { size: 9, isBold: true });
    this.paragraph(content.disclaimer, { size: 8.5, color: SECONDARY });
  }

  /** Running header and "page X of Y" on every page, drawn once all pages exist. */
  pageFurniture(content: ReportContent): void {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      doc.switchToPage(index);
      const style = this.style({ size: 7.5, color: SECONDARY });
      drawLine(doc, content.runningHeader, { x: MARGIN.side, y: 30, width: CONTENT_WIDTH }, style);
      horizontalRule(doc, 44, RULE, 0.6);
      const footerY = PAGE.height - 38;
      horizontalRule(doc, footerY - 8, RULE, 0.6);
      drawLine(doc, content.reportNumberLine, { x: MARGIN.side, y: footerY, width: CONTENT_WIDTH }, style);
      drawLine(doc, content.pageLabel(index - start + 1, count), { x: MARGIN.side, y: footerY, width: CONTENT_WIDTH, align: "end" }, style);
    }
  }
}

/** A rectangle, filled and/or outlined, in as few operators as PDF allows (a long report has thousands of cells). */
function box(doc: Doc, { x, y, width, height }: { x: number; y: number; width: number; height: number }, paint: { fill?: string; stroke?: string }): void {
  const operators = ["q"];
  if (paint.fill) operators.push(`${pdfColor(paint.fill)} rg`);
  if (paint.stroke) operators.push(`${pdfColor(paint.stroke)} RG 0.5 w`);
  operators.push(`${[x, y, width, height].map(formatNumber).join(" ")} re ${paint.fill && paint.stroke ? "B" : paint.fill ? "f" : "S"} Q`);
  doc.addContent(operators.join(" "));
}

function horizontalRule(doc: Doc, y: number, color: string, thickness: number): void {
  doc.addContent(`q ${pdfColor(color)} RG ${formatNumber(thickness)} w ${MARGIN.side} ${formatNumber(y)} m ${formatNumber(PAGE.width - MARGIN.side)} ${formatNumber(y)} l S Q`);
}

/** The QR code as vector squares (one rectangle per run of dark modules), with its quiet zone. */
function drawQrCode(doc: Doc, text: string, box: { x: number; y: number; size: number }): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const modules = qr.modules.size;
  const quiet = 2;
  const cell = box.size / (modules + 2 * quiet);
  doc.save();
  for (let row = 0; row < modules; row++) {
    let runStart = -1;
    for (let column = 0; column <= modules; column++) {
      const isDark = column < modules && qr.modules.get(row, column) === 1;
      if (isDark && runStart < 0) runStart = column;
      if (!isDark && runStart >= 0) {
        doc.rect(box.x + (quiet + runStart) * cell, box.y + (quiet + row) * cell, (column - runStart) * cell, cell);
        runStart = -1;
      }
    }
  }
  doc.fill(INK).restore();
}

/** The report as PDF bytes. */
export async function renderReportPdf(content: ReportContent, { generatedAt }: { generatedAt: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN.top, bottom: 0, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    lang: htmlLang(content.locale),
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: content.metadata.title,
      Subject: content.metadata.subject,
      Author: content.metadata.author,
      Keywords: content.metadata.keywords,
      Creator: content.metadata.author,
      CreationDate: new Date(generatedAt),
      // Read back by the verification service from a file whose bytes no longer match.
      ReportId: content.reportId,
    } as PDFKit.DocumentInfo,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  registerReportFonts(doc);

  const writer = new ReportWriter(doc, content.direction, content.locale === "zh" ? "cjk" : "vazirmatn");
  writer.titleBlock(content);
  for (const block of content.blocks) {
    await writer.block(block);
    await writer.breathe();
  }
  writer.disclaimer(content);
  writer.pageFurniture(content);
  prepareTextExtraction(doc);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
