import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvRowReader, CsvRowTooLongError, csvLine, type CsvRow } from "@/lib/ingestion/file-import/csv-rows";

const encoder = new TextEncoder();

/** Reads `text` fed in chunks of the given sizes (cycled), as a file stream would. */
function read(text: string | Uint8Array, { chunks = [1 << 20], offset = 0, line = 1, maxRowBytes }: { chunks?: number[]; offset?: number; line?: number; maxRowBytes?: number } = {}): CsvRow[] {
  const bytes = typeof text === "string" ? encoder.encode(text) : text;
  const reader = new CsvRowReader({ offset, line, maxRowBytes });
  const rows: CsvRow[] = [];
  let at = 0;
  for (let n = 0; at < bytes.length; n++) {
    const size = Math.max(1, chunks[n % chunks.length]);
    rows.push(...reader.push(bytes.subarray(at, at + size)));
    at += size;
  }
  rows.push(...reader.end());
  return rows;
}

const cellsOf = (rows: CsvRow[]) => rows.map((row) => row.cells);

describe("CsvRowReader", () => {
  it("reads plain rows with LF and with CRLF, with or without a final line break", () => {
    expect(cellsOf(read("a,b,c\n1,2,3\n"))).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(cellsOf(read("a,b,c\r\n1,2,3\r\n"))).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(cellsOf(read("a,b,c\r\n1,2,3"))).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(cellsOf(read("a,b,c\r\n1,2,3\r"))).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("keeps empty cells, including a last empty cell", () => {
    expect(cellsOf(read("a,,c\n,,\n1,2,\n"))).toEqual([["a", "", "c"], ["", "", ""], ["1", "2", ""]]);
  });

  it("reads quoted cells with commas, doubled quotes, and line breaks kept as written", () => {
    const rows = read('id,text\r\n1,"a, ""quoted"" word"\r\n2,"line one\r\nline two\nline three"\r\n3,""\r\n');
    expect(cellsOf(rows)).toEqual([["id", "text"], ["1", 'a, "quoted" word'], ["2", "line one\r\nline two\nline three"], ["3", ""]]);
    expect(rows.map((row) => row.problem)).toEqual([null, null, null, null]);
  });

  it("numbers rows by the physical line they start on, counting line breaks inside quotes", () => {
    const rows = read('h\n"a\nb\nc"\n\nd\n"e"\r\n');
    expect(rows.map((row) => [row.line, row.endLine])).toEqual([[1, 2], [2, 5], [6, 7], [7, 8]]);
  });

  it("skips empty lines but not a row of one quoted empty cell", () => {
    expect(cellsOf(read("a\n\n\r\nb\n\n"))).toEqual([["a"], ["b"]]);
    expect(cellsOf(read('a\n""\nb\n'))).toEqual([["a"], [""], ["b"]]);
  });

  it("gives the byte offset where the next row starts, in bytes of UTF-8", () => {
    const text = "名称,金额\r\n乌鲁木齐,5000\r\n\"a\nb\",1\n";
    const rows = read(text);
    const bytes = encoder.encode(text);
    expect(rows.map((row) => row.endOffset)).toEqual([
      encoder.encode("名称,金额\r\n").length,
      encoder.encode("名称,金额\r\n乌鲁木齐,5000\r\n").length,
      bytes.length,
    ]);
  });

  it("resumes from a recorded offset and line with the same rows and numbers as a full read", () => {
    const text = 'h1,h2\n1,"x\ny"\r\n2,z\n\n3,w\n';
    const full = read(text);
    const second = full[1];
    const rest = read(encoder.encode(text).subarray(second.endOffset), { offset: second.endOffset, line: second.endLine });
    expect(rest).toEqual(full.slice(2));
  });

  it("reads the same rows whatever the chunk sizes, even cutting a CRLF or a UTF-8 character in two", () => {
    const text = '文号,内容\r\n"罚〔2026〕1号","警告，""罚款""\r\n五千元"\r\n二,三\r\n';
    const whole = read(text);
    for (const chunks of [[1], [2], [3, 1], [5, 7, 2]]) expect(read(text, { chunks })).toEqual(whole);
  });

  it("keeps a quote inside an unquoted cell as a character", () => {
    expect(cellsOf(read('a,5" screen,c\n'))).toEqual([["a", '5" screen', "c"]]);
  });

  it("marks text after a closing quote, an unclosed quote and invalid UTF-8, and still returns the row", () => {
    expect(read('a,"b"c,d\ne\n').map((row) => [row.cells, row.problem])).toEqual([
      [["a", "bc", "d"], "stray-quote"],
      [["e"], null],
    ]);
    expect(read('a\n"b,c\nd\n').map((row) => [row.cells, row.problem])).toEqual([
      [["a"], null],
      [["b,c\nd\n"], "unclosed-quote"],
    ]);
    const bytes = Uint8Array.of(...encoder.encode("a,"), 0xff, 0xfe, ...encoder.encode("\nb,c\n"));
    expect(read(bytes).map((row) => row.problem)).toEqual(["not-utf8", null]);
  });

  it("keeps a CR that is not part of a line break, and a byte-order mark, as content", () => {
    expect(cellsOf(read("a\rb,c\n"))).toEqual([["a\rb", "c"]]);
    expect(cellsOf(read("\uFEFFa,b\n"))).toEqual([["\uFEFFa", "b"]]);
  });

  it("refuses a row longer than the limit (a runaway quote) without holding the rest of the file", () => {
    const text = `h\n"${"x".repeat(5000)}`;
    expect(() => read(text, { maxRowBytes: 1000, chunks: [256] })).toThrow(CsvRowTooLongError);
    expect(() => read(text, { maxRowBytes: 1000, chunks: [256] })).toThrow(/line 2/);
  });

  it("reads back any table csvLine wrote, cut into any chunks", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "中", "ئ", ",", '"', "\r", "\n", " ", "\u{1F600}", "1"), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        (table, chunks) => {
          // A row of one empty cell is an empty line, which readers skip: leave such rows out.
          const rows = table.filter((row) => !(row.length === 1 && row[0] === ""));
          const text = rows.map(csvLine).join("");
          expect(cellsOf(read(text, { chunks }))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("csvLine", () => {
  it("quotes only the cells that need it and doubles their quotes", () => {
    expect(csvLine(["a", "b,c", 'say "hi"', "x\ny", ""])).toBe('a,"b,c","say ""hi""","x\ny",\r\n');
  });
});
