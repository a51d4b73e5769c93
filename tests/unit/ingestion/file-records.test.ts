import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFileError, importFormatOf, readFileRecords, type FileRecord, type FilePosition, type ImportFormat } from "@/lib/ingestion/file-import/file-records";
import { describeImportProblems } from "@/lib/ingestion/file-import/import-problems";

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "file-records-"));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
}

async function readAll(path: string, format: ImportFormat, from: FilePosition | null = null): Promise<FileRecord[]> {
  const records: FileRecord[] = [];
  for await (const record of readFileRecords({ path, format, kind: "penalties", from })) records.push(record);
  return records;
}

const BOM = "\uFEFF";

describe("reading an import file", () => {
  it("tells the format from the name", () => {
    expect(importFormatOf("a/b.CSV")).toBe("csv");
    expect(importFormatOf("x.jsonl")).toBe("jsonl");
    expect(importFormatOf("x.ndjson")).toBe("jsonl");
    expect(importFormatOf("x.json")).toBeNull();
  });

  it("reads a CSV file with a byte-order mark, CRLF, a quoted line break and a list column", async () => {
    const path = await file(
      "bom.csv",
      `${BOM}documentNumber,uscc,kinds,fineYuan,documentText\r\n罚1,91650103W804X39016,warning;fine,5000,"第一段\r\n第二段"\r\n\r\n罚2,91650103W804X39016,"[""warning""]",,正文\r\n`,
    );
    const records = await readAll(path, "csv");
    expect(records.map((record) => [record.line, record.payload])).toEqual([
      [2, { documentNumber: "罚1", uscc: "91650103W804X39016", kinds: ["warning", "fine"], fineYuan: "5000", documentText: "第一段\r\n第二段" }],
      [5, { documentNumber: "罚2", uscc: "91650103W804X39016", kinds: ["warning"], documentText: "正文" }],
    ]);
  });

  it("resumes a CSV file at a recorded position, reading the header from the top", async () => {
    const path = await file("resume.csv", "uscc,documentNumber\n1,a\n2,b\n3,c\n");
    const all = await readAll(path, "csv");
    const rest = await readAll(path, "csv", all[0].end);
    expect(rest).toEqual(all.slice(1));
    expect(rest.map((record) => record.payload)).toEqual([
      { uscc: "2", documentNumber: "b" },
      { uscc: "3", documentNumber: "c" },
    ]);
  });

  it("reads a JSON Lines file with a byte-order mark, and resumes it", async () => {
    const path = await file("bom.jsonl", `${BOM}{"documentNumber":"甲"}\r\n\n{"documentNumber":"乙"}\nnot json\n`);
    const records = await readAll(path, "jsonl");
    expect(records.map((record) => [record.line, record.payload, record.problems.map((problem) => problem.reason)])).toEqual([
      [1, { documentNumber: "甲" }, []],
      [3, { documentNumber: "乙" }, []],
      [4, undefined, ["malformed-json"]],
    ]);
    expect(records[2].asRead).toBe("not json");
    expect(await readAll(path, "jsonl", records[0].end)).toEqual(records.slice(1));
  });

  it("gives unreadable CSV rows their problem, the cells as read and the identity they seem to carry", async () => {
    const path = await file("bad.csv", 'documentNumber,uscc,kinds\n罚1,X\n罚2,Y,"a"b\n罚3,Z,"warning\n');
    const records = await readAll(path, "csv");
    expect(records.map((record) => [record.line, record.problems.map((problem) => problem.reason), record.identity])).toEqual([
      [2, ["cell-count"], { documentNumber: "罚1", uscc: "X" }],
      [3, ["stray-quote"], { documentNumber: "罚2", uscc: "Y" }],
      [4, ["unclosed-quote"], { documentNumber: "罚3", uscc: "Z" }],
    ]);
    expect(records[0].asRead).toEqual(["罚1", "X"]);
  });

  it("refuses a CSV file that is empty or whose header is not the kind's", async () => {
    await expect(readAll(await file("empty.csv", ""), "csv")).rejects.toThrow(ImportFileError);
    await expect(readAll(await file("bom-only.csv", BOM), "csv")).rejects.toThrow(/empty/);
    await expect(readAll(await file("wrong.csv", "name,amount\nx,1\n"), "csv")).rejects.toThrow(/"name", "amount"/);
    await expect(readAll(join(directory, "missing.csv"), "csv")).rejects.toThrow(/ENOENT/);
  });

  it("refuses a file that is not UTF-8 (GBK, as spreadsheets save CSV in China) before reading any line", async () => {
    // "文号,uscc" and a row, in GBK.
    const gbk = Uint8Array.of(0xce, 0xc4, 0xba, 0xc5, ...new TextEncoder().encode(",uscc\n"), 0xb7, 0xa3, ...new TextEncoder().encode(",X\n"));
    await expect(readAll(await file("gbk.csv", gbk), "csv")).rejects.toThrow(/not UTF-8.*CSV UTF-8/);
    await expect(readAll(await file("gbk.jsonl", gbk), "jsonl")).rejects.toThrow(/not UTF-8/);
  });

  it("refuses a CSV row that runs past the size limit (an unclosed quote in a large file)", async () => {
    const path = await file("runaway.csv", `uscc,documentText\nX,"${"a".repeat(9 * 1024 * 1024)}\n`);
    await expect(readAll(path, "csv")).rejects.toThrow(/line 2 is longer than 8 MB/);
  });
});

describe("the problems of unreadable lines", () => {
  it("have a sentence in each language, and record problems keep the engine's sentences", () => {
    const problems = [
      { field: "", reason: "cell-count", expected: "9" },
      { field: "kinds", reason: "malformed-array", expected: "Unexpected end of JSON input" },
      { field: "uscc", reason: "unknown-enterprise" },
    ];
    const english = describeImportProblems(problems, "en");
    expect(english.map((problem) => problem.detail)).toEqual([
      expect.stringContaining("9 columns"),
      expect.stringMatching(/^kinds: .*Unexpected end of JSON input/),
      "uscc: no enterprise with this code is on the register.",
    ]);
    expect(describeImportProblems(problems, "zh")[0].detail).toMatch(/单元格/);
    expect(describeImportProblems(problems, "ug")[0].detail).toMatch(/[\u0600-\u06FF]/);
  });
});
