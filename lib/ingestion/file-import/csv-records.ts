/**
 * CSV rows as ingestion records: the header row names the API's fields (the same camelCase names
 * as the JSON), each following row becomes the object the API would have received.
 *
 * - An empty cell means the field is absent (a record cannot send an empty string anyway).
 * - An array field (a penalty's `kinds`) is written `warning;fine` or as a JSON array
 *   `["warning","fine"]`.
 * - A nested object's members are columns `object.member`: a revocation is `revoked.on` and
 *   `revoked.reason` (with `documentNumber` and `uscc`, the other cells of the row left empty);
 *   the object is absent when all its cells are empty.
 * - Everything else stays text: amounts are decimal strings, which the schemas accept as such.
 * - A row whose cells are all empty is skipped (spreadsheets leave such rows at the end).
 *
 * The columns are read off the kind's zod schemas, so a field added to a schema is a column at once.
 */
import { z } from "zod";
import type { IngestKind } from "@/lib/ingestion/kinds";
import type { Problem } from "@/lib/ingestion/record-problems";
import { REVOCABLE_KINDS, ingestRecordSchema, revocationSchema } from "@/lib/validation/ingest-records";

export type CsvColumn = {
  /** The header cell, e.g. "kinds" or "revoked.on". */
  name: string;
  /** Where the cell goes in the record: ["kinds"] or ["revoked", "on"]. */
  path: readonly [string] | readonly [string, string];
  isArray: boolean;
};

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

function columnsOfShape(shape: Record<string, z.ZodType>, into: Map<string, CsvColumn>): void {
  for (const [name, member] of Object.entries(shape)) {
    const inner = unwrap(member);
    if (inner instanceof z.ZodObject) {
      for (const [memberName, nested] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        const column = `${name}.${memberName}`;
        into.set(column, { name: column, path: [name, memberName], isArray: unwrap(nested) instanceof z.ZodArray });
      }
    } else {
      into.set(name, { name, path: [name], isArray: inner instanceof z.ZodArray });
    }
  }
}

const COLUMNS = new Map<IngestKind, CsvColumn[]>();

/** Every column a CSV file of `kind` may have, in the schema's order (revocation columns last). */
export function csvColumnsOf(kind: IngestKind): readonly CsvColumn[] {
  const known = COLUMNS.get(kind);
  if (known) return known;
  // The date only bounds values; the shape is the same every day.
  const options = { today: "2000-01-01" };
  const columns = new Map<string, CsvColumn>();
  const schema = ingestRecordSchema(kind, options);
  if (!(schema instanceof z.ZodObject)) throw new Error(`The ${kind} schema is not an object schema.`);
  columnsOfShape(schema.shape as Record<string, z.ZodType>, columns);
  if (REVOCABLE_KINDS.includes(kind)) columnsOfShape(revocationSchema(options).shape as Record<string, z.ZodType>, columns);
  COLUMNS.set(kind, [...columns.values()]);
  return COLUMNS.get(kind)!;
}

export type CsvHeader = { ok: true; columns: CsvColumn[] } | { ok: false; message: string };

/** The header row checked against the kind's columns: every column known, none twice. */
export function readCsvHeader(kind: IngestKind, cells: readonly string[]): CsvHeader {
  const known = new Map(csvColumnsOf(kind).map((column) => [column.name, column]));
  const columns: CsvColumn[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const name = cell.trim();
    const column = known.get(name);
    if (!column) {
      unknown.push(name === "" ? "(an empty header cell)" : `"${name}"`);
      continue;
    }
    if (seen.has(name)) return { ok: false, message: `The header names the column "${name}" twice.` };
    seen.add(name);
    columns.push(column);
  }
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `The header has ${unknown.length === 1 ? "a column" : "columns"} that ${kind} records do not have: ${unknown.join(", ")}. The columns are: ${[...known.keys()].join(", ")}.`,
    };
  }
  if (!seen.has("uscc")) return { ok: false, message: `The header has no "uscc" column: it is not the header row of a ${kind} file.` };
  return { ok: true, columns };
}

export type CsvRecord = { kind: "record"; record: Record<string, unknown> } | { kind: "blank" } | { kind: "unreadable"; problems: Problem[] };

/** One data row as the record the API would receive (or the problems that stop it being one). */
export function recordFromCsvRow(columns: readonly CsvColumn[], cells: readonly string[]): CsvRecord {
  if (cells.every((cell) => cell === "")) return { kind: "blank" };
  if (cells.length !== columns.length) {
    return { kind: "unreadable", problems: [{ field: "", reason: "cell-count", expected: String(columns.length) }] };
  }
  const record: Record<string, unknown> = {};
  const problems: Problem[] = [];
  columns.forEach((column, position) => {
    const cell = cells[position];
    if (cell === "") return;
    let value: unknown = cell;
    if (column.isArray) {
      if (cell.trimStart().startsWith("[")) {
        try {
          value = JSON.parse(cell);
        } catch (error) {
          problems.push({ field: column.path.join("/"), reason: "malformed-array", expected: error instanceof SyntaxError ? error.message : "syntax error" });
          return;
        }
      } else {
        value = cell
          .split(";")
          .map((item) => item.trim())
          .filter((item) => item !== "");
      }
    }
    if (column.path.length === 1) {
      record[column.path[0]] = value;
    } else {
      const [object, member] = column.path;
      const nested = (record[object] ??= {}) as Record<string, unknown>;
      nested[member] = value;
    }
  });
  if (problems.length > 0) return { kind: "unreadable", problems };
  return { kind: "record", record };
}

/** The row as read, for the rejected-lines report: cells by column name (or in order when the count is off). */
export function csvRowAsRead(columns: readonly CsvColumn[], cells: readonly string[]): Record<string, string> | string[] {
  if (cells.length !== columns.length) return [...cells];
  return Object.fromEntries(columns.map((column, position) => [column.name, cells[position]]).filter(([, cell]) => cell !== ""));
}
