/**
 * A streaming JSON Lines reader for `npm run data:import`: bytes in, one parsed JSON value per
 * non-blank line out, with its line number and the byte offset where the next line starts (what
 * an import checkpoint records). Lines end with LF or CRLF. A line that is not UTF-8, not JSON,
 * or longer than the limit is returned with its problem (and at most MAX_TEXT_CHARS of its text),
 * and reading goes on with the next line: one bad line never stops a file.
 */

const LF = 0x0a;
const CR = 0x0d;

/** How much of an unreadable line the rejected-lines report keeps. */
export const MAX_TEXT_CHARS = 10_000;

export type JsonLineProblem = { reason: "not-utf8" | "line-too-long" } | { reason: "malformed-json"; detail: string };

export type JsonLine = {
  line: number;
  /** Byte offset just past the line's LF: where the next line starts. */
  endOffset: number;
  /** The physical line at endOffset. */
  endLine: number;
  /** The line's text when it could not be read (cut to MAX_TEXT_CHARS). */
  text?: string;
  /** The parsed value, when the line is JSON. */
  value?: unknown;
  problem: JsonLineProblem | null;
};

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export type JsonLineReaderOptions = {
  offset?: number;
  line?: number;
  /** The longest line accepted, in bytes (longer ones are reported, not held in memory). */
  maxLineBytes?: number;
};

export class JsonLineReader {
  private buffer = new Uint8Array(4096);
  private length = 0;
  /** Bytes of the current line beyond the buffer's limit (the line is too long). */
  private overflow = 0;
  private offset: number;
  private line: number;
  private readonly maxLineBytes: number;

  constructor({ offset = 0, line = 1, maxLineBytes = 8 * 1024 * 1024 }: JsonLineReaderOptions = {}) {
    this.offset = offset;
    this.line = line;
    this.maxLineBytes = maxLineBytes;
  }

  push(chunk: Uint8Array): JsonLine[] {
    const lines: JsonLine[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(LF, start);
      const end = newline === -1 ? chunk.length : newline;
      this.append(chunk, start, end);
      if (newline === -1) break;
      this.finishLine(lines, this.offset + newline + 1, 1);
      start = newline + 1;
    }
    this.offset += chunk.length;
    return lines;
  }

  end(): JsonLine[] {
    const lines: JsonLine[] = [];
    this.finishLine(lines, this.offset, 0);
    return lines;
  }

  private append(chunk: Uint8Array, start: number, end: number): void {
    const room = this.maxLineBytes - this.length;
    const taken = Math.min(room, end - start);
    if (taken < end - start) this.overflow += end - start - taken;
    if (taken <= 0) return;
    const needed = this.length + taken;
    if (needed > this.buffer.length) {
      let size = this.buffer.length * 2;
      while (size < needed) size *= 2;
      const grown = new Uint8Array(Math.min(size, this.maxLineBytes));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk.subarray(start, start + taken), this.length);
    this.length = needed;
  }

  private finishLine(lines: JsonLine[], endOffset: number, breaks: number): void {
    const lineNumber = this.line;
    this.line += breaks;
    let bytes = this.buffer.subarray(0, this.length);
    if (this.overflow === 0 && bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    const overflowed = this.overflow > 0;
    this.length = 0;
    this.overflow = 0;
    if (this.buffer.length > 1 << 20) this.buffer = new Uint8Array(4096);

    const base = { line: lineNumber, endOffset, endLine: this.line };
    if (overflowed) {
      lines.push({ ...base, text: lenientUtf8.decode(bytes.subarray(0, MAX_TEXT_CHARS * 4)).slice(0, MAX_TEXT_CHARS), problem: { reason: "line-too-long" } });
      return;
    }
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      lines.push({ ...base, text: lenientUtf8.decode(bytes).slice(0, MAX_TEXT_CHARS), problem: { reason: "not-utf8" } });
      return;
    }
    if (text.trim() === "") return;
    try {
      lines.push({ ...base, value: JSON.parse(text), problem: null });
    } catch (error) {
      const detail = error instanceof SyntaxError ? error.message : "syntax error";
      lines.push({ ...base, text: text.slice(0, MAX_TEXT_CHARS), problem: { reason: "malformed-json", detail } });
    }
  }
}
