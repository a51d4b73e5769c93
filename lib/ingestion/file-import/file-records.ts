/**
 * The records of an import file, read as a stream from any line boundary (to resume): JSON Lines
 * (one record object per line, the API's JSON) or CSV (a header row of the API's field names,
 * csv-records.ts). UTF-8, with or without a byte-order mark. Each record comes with its line
 * number and the position just after it; a line that cannot be a record comes with its problems
 * instead, and reading goes on.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { IngestKind } from "@/lib/ingestion/kinds";
import type { Problem } from "@/lib/ingestion/record-problems";
import { csvRowAsRead, readCsvHeader, recordFromCsvRow, type CsvColumn } from "./csv-records";
import { CsvRowReader, CsvRowTooLongError, type CsvRow } from "./csv-rows";
import { JsonLineReader } from "./jsonl-lines";

export const IMPORT_FORMATS = ["csv", "jsonl"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format a file's name says: .csv, or .jsonl / .ndjson. */
export function importFormatOf(path: string): ImportFormat | null {
  const name = path.toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  return null;
}

/** A place in the file between two lines: the byte offset and the physical line number there. */
export type FilePosition = { offset: number; line: number };

export type FileRecord = {
  /** The physical line the record starts on (1-based; a CSV file's header is line 1). */
  line: number;
  /** Just after the record: where reading resumes once it is committed. */
  end: FilePosition;
  /** The record to send, when the line could be read as one. */
  payload?: unknown;
  /** The record as read, for the rejected-lines report: an object, a CSV row's cells, or the line's text. */
  asRead: unknown;
  /** Why the line is not a record (empty when it is one). */
  problems: Problem[];
  /** For a line that is not a record: the document number and code it seems to carry, for the report. */
  identity?: { documentNumber: string | null; uscc: string | null };
};

/** The file cannot be imported as it is (unreadable, empty, wrong header, a runaway CSV quote). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** The longest record line (or CSV row) read: a decision document of 100,000 characters fits many times. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

const CHUNK_BYTES = 256 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** 3 when the file starts with a UTF-8 byte-order mark, else 0. */
export async function byteOrderMarkLength(path: string): Promise<number> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && UTF8_BOM.every((byte, index) => head[index] === byte) ? 3 : 0;
  } finally {
    await handle.close();
  }
}

/**
 * Refuses a file whose first 64 KiB are not UTF-8: most likely GBK, which spreadsheet programs in
 * China write for "CSV"; every line would otherwise be rejected one by one.
 */
async function assertUtf8Head(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    try {
      // stream: a character cut at the end of the sample is not an error.
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, bytesRead), { stream: true });
    } catch {
      throw new ImportFileError("The file is not UTF-8 text (perhaps GBK, as spreadsheet programs save \"CSV\"): save it as \"CSV UTF-8\" and import it again.");
    }
  } finally {
    await handle.close();
  }
}

async function* chunksFrom(path: string, offset: number): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { start: offset, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    stream.destroy();
  }
}

async function* csvRowsFrom(path: string, position: FilePosition, maxRowBytes: number): AsyncGenerator<CsvRow> {
  const reader = new CsvRowReader({ ...position, maxRowBytes });
  try {
    for await (const chunk of chunksFrom(path, position.offset)) yield* reader.push(chunk);
    yield* reader.end();
  } catch (error) {
    if (error instanceof CsvRowTooLongError) throw new ImportFileError(error.message);
    throw error;
  }
}

export type CsvFileHeader = { columns: CsvColumn[]; dataStart: FilePosition };

/** The CSV file's header row, checked against the kind's columns; throws ImportFileError when it is not one. */
export async function readCsvFileHeader(path: string, kind: IngestKind): Promise<CsvFileHeader> {
  const start = { offset: await byteOrderMarkLength(path), line: 1 };
  for await (const row of csvRowsFrom(path, start, 1024 * 1024)) {
    if (row.problem !== null) throw new ImportFileError(`The header row cannot be read (${row.problem}).`);
    const header = readCsvHeader(kind, row.cells);
    if (!header.ok) throw new ImportFileError(header.message);
    return { columns: header.columns, dataStart: { offset: row.endOffset, line: row.endLine } };
  }
  throw new ImportFileError("The file is empty: a CSV file starts with a header row of field names.");
}

const CSV_ROW_PROBLEMS = { "unclosed-quote": "unclosed-quote", "stray-quote": "stray-quote", "not-utf8": "not-utf8" } as const;

async function* csvRecords(path: string, kind: IngestKind, from: FilePosition | null): AsyncGenerator<FileRecord> {
  const { columns, dataStart } = await readCsvFileHeader(path, kind);
  const position = from ?? dataStart;
  if (position.offset < dataStart.offset) throw new ImportFileError(`Cannot resume at byte ${position.offset}: that is inside the header row.`);
  const cellOf = (cells: readonly string[], name: string) => {
    const index = columns.findIndex((column) => column.name === name);
    return index >= 0 && index < cells.length && cells[index] !== "" ? cells[index] : null;
  };
  for await (const row of csvRowsFrom(path, position, MAX_RECORD_BYTES)) {
    const end = { offset: row.endOffset, line: row.endLine };
    const asRead = csvRowAsRead(columns, row.cells);
    const identity = { documentNumber: cellOf(row.cells, "documentNumber"), uscc: cellOf(row.cells, "uscc") };
    if (row.problem !== null) {
      yield { line: row.line, end, asRead, problems: [{ field: "", reason: CSV_ROW_PROBLEMS[row.problem] }], identity };
      continue;
    }
    const read = recordFromCsvRow(columns, row.cells);
    if (read.kind === "blank") continue;
    if (read.kind === "unreadable") yield { line: row.line, end, asRead, problems: read.problems, identity };
    else yield { line: row.line, end, payload: read.record, asRead: read.record, problems: [] };
  }
}

async function* jsonlRecords(path: string, from: FilePosition | null): AsyncGenerator<FileRecord> {
  const position = from ?? { offset: await byteOrderMarkLength(path), line: 1 };
  const reader = new JsonLineReader({ ...position, maxLineBytes: MAX_RECORD_BYTES });
  const toRecord = (line: ReturnType<JsonLineReader["push"]>[number]): FileRecord => {
    const end = { offset: line.endOffset, line: line.endLine };
    if (line.problem === null) return { line: line.line, end, payload: line.value, asRead: line.value, problems: [] };
    const problem: Problem =
      line.problem.reason === "malformed-json"
        ? { field: "", reason: "malformed-json", expected: line.problem.detail }
        : line.problem.reason === "line-too-long"
          ? { field: "", reason: "line-too-long", expected: `${MAX_RECORD_BYTES / 1024 / 1024} MB` }
          : { field: "", reason: line.problem.reason };
    return { line: line.line, end, asRead: line.text, problems: [problem] };
  };
  for await (const chunk of chunksFrom(path, position.offset)) {
    for (const line of reader.push(chunk)) yield toRecord(line);
  }
  for (const line of reader.end()) yield toRecord(line);
}

/**
 * The records of the file from `from` (a position a checkpoint recorded; null for the start).
 * Throws ImportFileError when the file cannot be read as `format` at all.
 */
export async function* readFileRecords({
  path,
  format,
  kind,
  from = null,
}: {
  path: string;
  format: ImportFormat;
  kind: IngestKind;
  from?: FilePosition | null;
}): AsyncGenerator<FileRecord> {
  try {
    await assertUtf8Head(path);
    yield* format === "csv" ? csvRecords(path, kind, from) : jsonlRecords(path, from);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new ImportFileError(`Cannot read ${path}: ${code} (${(error as Error).message}).`);
    throw error;
  }
}
