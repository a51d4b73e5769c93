/**
 * A streaming CSV reader (RFC 4180) for `npm run data:import`: bytes in, rows of text cells out,
 * each row with the physical line it starts on and the byte offset where the next row starts
 * (what an import checkpoint records). It never holds more than one row and one chunk.
 *
 * - Fields are separated by commas; a row ends with CRLF or LF (a CR elsewhere is content).
 * - A field that starts with a double quote is quoted: it may hold commas, quotes written twice
 *   ("") and line breaks, which are kept as they are; its line breaks count as physical lines.
 * - A quote inside an unquoted field is kept as a character (as spreadsheets read it). Text after
 *   a closing quote (`"abc"def`) or a quoted field left open at the end of the file marks the row
 *   as malformed; it is still returned, with what could be read.
 * - Empty lines are skipped. Cells are decoded as UTF-8; a row with invalid UTF-8 is marked.
 *   A byte-order mark is the caller's business (see file-records.ts): here U+FEFF is content.
 *
 * The delimiters are ASCII and UTF-8 never uses ASCII bytes inside a multi-byte character, so the
 * reader works on bytes and decodes each cell once it is complete.
 */

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export type CsvRowProblem = "unclosed-quote" | "stray-quote" | "not-utf8";

export type CsvRow = {
  /** The physical line (1-based) the row starts on. */
  line: number;
  /** Byte offset just past the row's line break: where the next row starts. */
  endOffset: number;
  /** The physical line at endOffset (the line the next row starts on). */
  endLine: number;
  cells: string[];
  problem: CsvRowProblem | null;
};

/** A row longer than the reader's limit: almost always a quote that was never closed. */
export class CsvRowTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly maxBytes: number,
  ) {
    super(`The CSV row starting on line ${line} is longer than ${Math.round(maxBytes / 1024 / 1024)} MB: probably a quote that is never closed.`);
    this.name = "CsvRowTooLongError";
  }
}

type State = "field-start" | "unquoted" | "quoted" | "quote-in-quoted" | "after-cr";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export type CsvRowReaderOptions = {
  /** The absolute byte offset of the first byte pushed (when resuming mid-file). */
  offset?: number;
  /** The physical line number at that offset. */
  line?: number;
  /** The longest row accepted, in bytes. */
  maxRowBytes?: number;
};

export class CsvRowReader {
  private state: State = "field-start";
  /** The state a CR was met in, to tell a line break from a CR inside a field. */
  private stateBeforeCr: State = "field-start";
  private field = new Uint8Array(4096);
  private fieldLength = 0;
  private cells: string[] = [];
  private problem: CsvRowProblem | null = null;
  /** Whether the current row has anything (a byte, a quote, a comma): empty lines are skipped. */
  private rowHasContent = false;
  private rowLine: number;
  private rowOffset: number;
  private offset: number;
  private line: number;
  private readonly maxRowBytes: number;

  constructor({ offset = 0, line = 1, maxRowBytes = 8 * 1024 * 1024 }: CsvRowReaderOptions = {}) {
    this.offset = offset;
    this.line = line;
    this.rowLine = line;
    this.rowOffset = offset;
    this.maxRowBytes = maxRowBytes;
  }

  /** Reads a chunk; returns the rows it completed. Throws CsvRowTooLongError past the row limit. */
  push(chunk: Uint8Array): CsvRow[] {
    const rows: CsvRow[] = [];
    const length = chunk.length;
    const base = this.offset;
    let i = 0;
    while (i < length) {
      switch (this.state) {
        case "field-start":
          if (chunk[i] === QUOTE) {
            this.state = "quoted";
            this.rowHasContent = true;
            i++;
          } else {
            this.state = "unquoted";
          }
          break;
        case "unquoted": {
          let end = i;
          while (end < length) {
            const byte = chunk[end];
            if (byte === COMMA || byte === LF || byte === CR) break;
            end++;
          }
          if (end > i) {
            this.append(chunk, i, end);
            this.rowHasContent = true;
            i = end;
          }
          if (i < length) i = this.delimiter(chunk, i, base, rows, "unquoted");
          break;
        }
        case "quoted": {
          let end = i;
          while (end < length && chunk[end] !== QUOTE) {
            if (chunk[end] === LF) this.line++;
            end++;
          }
          if (end > i) this.append(chunk, i, end);
          i = end;
          if (i < length) {
            this.state = "quote-in-quoted";
            i++;
          }
          break;
        }
        case "quote-in-quoted": {
          const byte = chunk[i];
          if (byte === QUOTE) {
            this.append(chunk, i, i + 1);
            this.state = "quoted";
            i++;
          } else if (byte === COMMA || byte === LF || byte === CR) {
            i = this.delimiter(chunk, i, base, rows, "quote-in-quoted");
          } else {
            // `"abc"def`: the quoted part ended early; read on as an unquoted field.
            this.problem ??= "stray-quote";
            this.state = "unquoted";
          }
          break;
        }
        case "after-cr":
          if (chunk[i] === LF) {
            this.line++;
            this.endField();
            this.endRow(rows, base + i + 1);
            i++;
          } else {
            // A CR not followed by LF is a character of the field.
            if (this.stateBeforeCr === "quote-in-quoted") this.problem ??= "stray-quote";
            this.append(Uint8Array.of(CR), 0, 1);
            this.rowHasContent = true;
            this.state = "unquoted";
          }
          break;
      }
    }
    this.offset = base + length;
    if (this.offset - this.rowOffset > this.maxRowBytes) {
      throw new CsvRowTooLongError(this.rowLine, this.maxRowBytes);
    }
    return rows;
  }

  /** The end of the input: the last row, if the file does not end with a line break. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.state === "quoted") this.problem ??= "unclosed-quote";
    // A CR at the very end is a line break; an empty last line is skipped by endRow.
    this.endField();
    this.endRow(rows, this.offset);
    return rows;
  }

  /** A comma, LF or CR outside quotes at chunk[i]; returns the next index. */
  private delimiter(chunk: Uint8Array, i: number, base: number, rows: CsvRow[], from: State): number {
    const byte = chunk[i];
    if (byte === COMMA) {
      this.endField();
      this.rowHasContent = true;
      this.state = "field-start";
    } else if (byte === LF) {
      this.line++;
      this.endField();
      this.endRow(rows, base + i + 1);
    } else {
      this.stateBeforeCr = from;
      this.state = "after-cr";
    }
    return i + 1;
  }

  private append(source: Uint8Array, start: number, end: number): void {
    const needed = this.fieldLength + (end - start);
    if (needed > this.field.length) {
      let size = this.field.length * 2;
      while (size < needed) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.field.subarray(0, this.fieldLength));
      this.field = grown;
    }
    this.field.set(source.subarray(start, end), this.fieldLength);
    this.fieldLength = needed;
  }

  private endField(): void {
    const bytes = this.field.subarray(0, this.fieldLength);
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      text = lenientUtf8.decode(bytes);
      this.problem ??= "not-utf8";
    }
    this.cells.push(text);
    this.fieldLength = 0;
    if (this.field.length > 1 << 20) this.field = new Uint8Array(4096);
  }

  private endRow(rows: CsvRow[], endOffset: number): void {
    if (this.rowHasContent || this.cells.length > 1 || this.problem !== null) {
      rows.push({ line: this.rowLine, endOffset, endLine: this.line, cells: this.cells, problem: this.problem });
    }
    this.cells = [];
    this.problem = null;
    this.rowHasContent = false;
    this.state = "field-start";
    this.rowLine = this.line;
    this.rowOffset = endOffset;
  }
}

/** One CSV line (ending with CRLF) of `cells`, quoting the cells that need it. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")}\r\n`;
}
