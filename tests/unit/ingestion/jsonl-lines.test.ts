import { describe, expect, it } from "vitest";
import { JsonLineReader, MAX_TEXT_CHARS, type JsonLine } from "@/lib/ingestion/file-import/jsonl-lines";

const encoder = new TextEncoder();

function read(text: string | Uint8Array, { chunks = [1 << 20], offset = 0, line = 1, maxLineBytes }: { chunks?: number[]; offset?: number; line?: number; maxLineBytes?: number } = {}): JsonLine[] {
  const bytes = typeof text === "string" ? encoder.encode(text) : text;
  const reader = new JsonLineReader({ offset, line, maxLineBytes });
  const lines: JsonLine[] = [];
  let at = 0;
  for (let n = 0; at < bytes.length; n++) {
    const size = Math.max(1, chunks[n % chunks.length]);
    lines.push(...reader.push(bytes.subarray(at, at + size)));
    at += size;
  }
  lines.push(...reader.end());
  return lines;
}

describe("JsonLineReader", () => {
  it("parses one value per line, LF or CRLF, with or without a final line break", () => {
    const lines = read('{"a":1}\r\n{"b":"中文"}\n[1,2]');
    expect(lines.map((line) => line.value)).toEqual([{ a: 1 }, { b: "中文" }, [1, 2]]);
    expect(lines.map((line) => line.problem)).toEqual([null, null, null]);
  });

  it("skips blank lines but keeps counting them", () => {
    const lines = read('\n{"a":1}\n   \r\n\n{"b":2}\n');
    expect(lines.map((line) => [line.line, line.endLine, line.value])).toEqual([
      [2, 3, { a: 1 }],
      [5, 6, { b: 2 }],
    ]);
  });

  it("gives the byte offset where the next line starts, and resumes from it", () => {
    const text = '{"名":"甲"}\n{"名":"乙"}\r\n{"名":"丙"}\n';
    const lines = read(text);
    expect(lines.map((line) => line.endOffset)).toEqual([
      encoder.encode('{"名":"甲"}\n').length,
      encoder.encode('{"名":"甲"}\n{"名":"乙"}\r\n').length,
      encoder.encode(text).length,
    ]);
    const rest = read(encoder.encode(text).subarray(lines[0].endOffset), { offset: lines[0].endOffset, line: lines[0].endLine });
    expect(rest).toEqual(lines.slice(1));
  });

  it("reads the same lines whatever the chunk sizes", () => {
    const text = '{"content":"警告，罚款"}\r\n{"x":"ئۇيغۇر"}\n';
    const whole = read(text);
    for (const chunks of [[1], [2, 3], [7]]) expect(read(text, { chunks })).toEqual(whole);
  });

  it("reports a line that is not JSON, with the parser's reason, and reads on", () => {
    const lines = read('{"a":1}\n{"a": \n{"b":2}\n');
    expect(lines.map((line) => line.problem?.reason ?? null)).toEqual([null, "malformed-json", null]);
    expect(lines[1]).toMatchObject({ line: 2, text: '{"a": ', problem: { reason: "malformed-json", detail: expect.stringMatching(/JSON/) } });
    expect(lines[2].value).toEqual({ b: 2 });
  });

  it("reports a line that is not UTF-8", () => {
    const bytes = Uint8Array.of(...encoder.encode('{"a":"'), 0xc3, 0x28, ...encoder.encode('"}\n{"b":1}\n'));
    expect(read(bytes).map((line) => line.problem?.reason ?? null)).toEqual(["not-utf8", null]);
  });

  it("reports a line longer than the limit without holding it, with the start of its text, and reads on", () => {
    const long = `{"documentText":"${"长".repeat(20_000)}"}`;
    const lines = read(`${long}\n{"b":2}\n`, { maxLineBytes: 1000, chunks: [300] });
    expect(lines.map((line) => [line.line, line.problem?.reason ?? null])).toEqual([
      [1, "line-too-long"],
      [2, null],
    ]);
    expect(lines[0].text!.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(lines[0].text!.startsWith('{"documentText":"长长')).toBe(true);
    expect(lines[0].endOffset).toBe(encoder.encode(`${long}\n`).length);
  });

  it("keeps a byte-order mark in the middle as content (the file reader strips the one at the start)", () => {
    expect(read('\uFEFF{"a":1}\n')[0].problem?.reason).toBe("malformed-json");
  });
});
