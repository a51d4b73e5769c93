import { describe, expect, it } from "vitest";
import { csvColumnsOf, csvRowAsRead, readCsvHeader, recordFromCsvRow, type CsvColumn } from "@/lib/ingestion/file-import/csv-records";
import { INGEST_KINDS } from "@/lib/ingestion/kinds";
import { ingestRecordSchema } from "@/lib/validation/ingest-records";

function header(kind: Parameters<typeof readCsvHeader>[0], cells: string[]): CsvColumn[] {
  const read = readCsvHeader(kind, cells);
  if (!read.ok) throw new Error(read.message);
  return read.columns;
}

describe("CSV columns", () => {
  it("are the API's field names, with array fields marked and revocations as revoked.on / revoked.reason", () => {
    const columns = csvColumnsOf("penalties");
    expect(columns.map((column) => column.name)).toEqual([
      "documentNumber",
      "uscc",
      "violationType",
      "kinds",
      "content",
      "fineYuan",
      "decidedOn",
      "publishedOn",
      "documentText",
      "revoked.on",
      "revoked.reason",
    ]);
    expect(columns.filter((column) => column.isArray).map((column) => column.name)).toEqual(["kinds"]);
    expect(columns.find((column) => column.name === "revoked.on")?.path).toEqual(["revoked", "on"]);
  });

  it("offer no revocation columns for kinds that cannot be revoked", () => {
    expect(csvColumnsOf("registrations").map((column) => column.name)).not.toContain("revoked.on");
    expect(csvColumnsOf("removals").map((column) => column.name)).not.toContain("revoked.on");
  });

  it("exist for every kind and cover every field of its schema", () => {
    for (const kind of INGEST_KINDS) {
      const schema = ingestRecordSchema(kind, { today: "2026-11-23" }) as unknown as { shape: Record<string, unknown> };
      const names = csvColumnsOf(kind).map((column) => column.name);
      for (const field of Object.keys(schema.shape)) expect(names).toContain(field);
    }
  });
});

describe("the CSV header", () => {
  it("may list the columns in any order, trimmed, and leave optional ones out", () => {
    expect(header("penalties", [" uscc", "documentNumber ", "kinds"]).map((column) => column.name)).toEqual(["uscc", "documentNumber", "kinds"]);
  });

  it("is refused with a column the kind does not have, a column named twice, or no uscc", () => {
    const unknown = readCsvHeader("penalties", ["documentNumber", "uscc", "fine", "decided_on"]);
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('"fine", "decided_on"') });
    expect(unknown.ok === false && unknown.message).toContain("fineYuan");
    expect(readCsvHeader("penalties", ["uscc", "kinds", "kinds"])).toMatchObject({ ok: false, message: expect.stringContaining("twice") });
    expect(readCsvHeader("penalties", ["documentNumber", "kinds"])).toMatchObject({ ok: false, message: expect.stringContaining("uscc") });
    expect(readCsvHeader("registrations", ["uscc", "revoked.on"])).toMatchObject({ ok: false });
  });
});

describe("a CSV row as a record", () => {
  const columns = header("penalties", ["documentNumber", "uscc", "kinds", "fineYuan", "publishedOn", "revoked.on", "revoked.reason"]);

  it("leaves empty cells out, keeps amounts as decimal strings, and splits a;b lists", () => {
    expect(recordFromCsvRow(columns, ["罚1", "91650103W804X39016", "warning; fine", "5000.50", "", "", ""])).toEqual({
      kind: "record",
      record: { documentNumber: "罚1", uscc: "91650103W804X39016", kinds: ["warning", "fine"], fineYuan: "5000.50" },
    });
  });

  it("reads a list written as a JSON array", () => {
    const read = recordFromCsvRow(columns, ["罚1", "X", '["warning","fine"]', "", "", "", ""]);
    expect(read).toEqual({ kind: "record", record: { documentNumber: "罚1", uscc: "X", kinds: ["warning", "fine"] } });
  });

  it("builds the nested revoked object from its columns, only when one of them has a value", () => {
    expect(recordFromCsvRow(columns, ["罚1", "X", "", "", "", "2026-11-20", "行政复议撤销"])).toEqual({
      kind: "record",
      record: { documentNumber: "罚1", uscc: "X", revoked: { on: "2026-11-20", reason: "行政复议撤销" } },
    });
    const half = recordFromCsvRow(columns, ["罚1", "X", "", "", "", "2026-11-20", ""]);
    expect(half).toEqual({ kind: "record", record: { documentNumber: "罚1", uscc: "X", revoked: { on: "2026-11-20" } } });
  });

  it("skips a row of empty cells", () => {
    expect(recordFromCsvRow(columns, ["", "", "", "", "", "", ""])).toEqual({ kind: "blank" });
  });

  it("refuses a row with the wrong number of cells, and a list cell that starts like JSON but is not", () => {
    expect(recordFromCsvRow(columns, ["罚1", "X"])).toEqual({ kind: "unreadable", problems: [{ field: "", reason: "cell-count", expected: "7" }] });
    expect(recordFromCsvRow(columns, ["罚1", "X", '["warning",', "", "", "", ""])).toMatchObject({
      kind: "unreadable",
      problems: [{ field: "kinds", reason: "malformed-array" }],
    });
  });

  it("is shown as read in the report: cells by column, or in order when their number is wrong", () => {
    expect(csvRowAsRead(columns, ["罚1", "X", "fine", "", "", "", ""])).toEqual({ documentNumber: "罚1", uscc: "X", kinds: "fine" });
    expect(csvRowAsRead(columns, ["罚1", "X"])).toEqual(["罚1", "X"]);
  });
});
