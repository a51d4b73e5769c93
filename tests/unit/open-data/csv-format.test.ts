import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvRecord, jsonLine } from "@/lib/open-data/csv-format";
import { parseCsv } from "../../support/csv-reader";

describe("CSV fields and records", () => {
  it("quotes only fields that need it, doubling quotes", () => {
    expect(csvField("plain 文本")).toBe("plain 文本");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(12)).toBe("12");
    expect(csvField(["warning", "fine"])).toBe("warning;fine");
  });

  it("ends each record with CRLF", () => {
    expect(csvRecord(["a", null, 'x"y'])).toBe('a,,"x""y"\r\n');
  });

  it("reads back exactly what it wrote, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => csvRecord(row)).join("");
        expect(parseCsv(text)).toEqual(rows);
      }),
    );
  });
});

describe("JSON lines", () => {
  it("writes one object per line keyed by the columns, in order, with typed values", () => {
    const line = jsonLine(["uscc", "kinds", "fineYuan", "isNaturalPerson"], ["9165", ["fine"], null, false]);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ uscc: "9165", kinds: ["fine"], fineYuan: null, isNaturalPerson: false });
    expect(Object.keys(JSON.parse(line))).toEqual(["uscc", "kinds", "fineYuan", "isNaturalPerson"]);
  });

  it("keeps line breaks inside values escaped", () => {
    expect(jsonLine(["text"], ["a\nb\r\nc"]).split("\n")).toHaveLength(2);
  });
});
