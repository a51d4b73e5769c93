/**
 * How each simple ingested kind becomes rows of its register table: the columns of a record, and
 * what a revocation does. Written set-based by lib/ingestion/ingest-records.ts (one statement per
 * table and batch, through json_populate_recordset), so a batch of 1,000 costs a handful of
 * statements. Registrations and removals touch other tables and have their own writers
 * (registration-writer.ts, removal-writer.ts).
 */
import { isMinorPenalty, penaltyPublicityEndsOn } from "@/lib/rules/publicity";
import type { IngestRecordInput, RevocationInput } from "@/lib/validation/ingest-records";
import type { IngestKind } from "./kinds";

export type TableKind = "licences" | "penalties" | "spot-checks" | "abnormal-listings" | "serious-violations";

export function isTableKind(kind: IngestKind): kind is TableKind {
  return kind !== "registrations" && kind !== "removals";
}

export type RowContext = {
  authorityId: string;
  /** The publication day when the record gives none: the day the department first sent it. */
  firstReceivedOn: string;
};

type Row = Record<string, unknown>;

export type TableWriter<Kind extends TableKind> = {
  table: string;
  /** The audit-log entity type and action prefix ("penalty" → penalty.create). */
  entity: string;
  /** The row's columns (without id and enterprise_id). Every call returns the same keys. */
  row(record: IngestRecordInput<Kind>, context: RowContext): Row;
  /** Columns a revocation sets (the record stays, marked), or "delete" (the record leaves the register; its history stays in ingested_record_version). */
  revoke: ((revocation: RevocationInput["revoked"]) => Row) | "delete";
  /** The day the record counts from, for the 20-working-day publication deadline (null: none). */
  decidedOn(record: IngestRecordInput<Kind>): string | null;
  publishedOn(record: IngestRecordInput<Kind>, context: RowContext): string;
};

function decimal(value: string | number | null | undefined): string | null {
  return value === undefined || value === null ? null : String(value);
}

const penalties: TableWriter<"penalties"> = {
  table: "penalty",
  entity: "penalty",
  row(record, context) {
    const publishedOn = record.publishedOn ?? context.firstReceivedOn;
    const fineYuan = decimal(record.fineYuan);
    const isMinor = isMinorPenalty({ kinds: record.kinds, fineYuan });
    return {
      authority_id: context.authorityId,
      source: "government",
      decision_number: record.documentNumber,
      violation_type: record.violationType,
      kinds: record.kinds,
      content: record.content,
      fine_yuan: fineYuan,
      is_minor: isMinor,
      decided_on: record.decidedOn,
      published_on: publishedOn,
      publicity_ends_on: penaltyPublicityEndsOn({ publishedOn, isMinor }),
      repaired_on: null,
      annulled_on: null,
      document_text: record.documentText,
    };
  },
  revoke: (revoked) => ({ annulled_on: revoked.on }),
  decidedOn: (record) => record.decidedOn,
  publishedOn: (record, context) => record.publishedOn ?? context.firstReceivedOn,
};

const licences: TableWriter<"licences"> = {
  table: "licence",
  entity: "licence",
  row(record, context) {
    return {
      authority_id: context.authorityId,
      authority_name: null,
      source: "government",
      document_number: record.documentNumber,
      name: record.name,
      content: record.content,
      valid_from: record.validFrom,
      valid_to: record.validTo ?? null,
      status: record.status ?? "valid",
      status_changed_on: record.statusChangedOn ?? null,
      published_on: record.publishedOn ?? context.firstReceivedOn,
    };
  },
  // A licence revoked by its authority (撤销) stays public with that status.
  revoke: (revoked) => ({ status: "revoked", status_changed_on: revoked.on }),
  decidedOn: (record) => record.validFrom,
  publishedOn: (record, context) => record.publishedOn ?? context.firstReceivedOn,
};

const spotChecks: TableWriter<"spot-checks"> = {
  table: "spot_check",
  entity: "spot-check",
  row: (record, context) => ({ authority_id: context.authorityId, kind: record.kind, checked_on: record.checkedOn, result: record.result }),
  revoke: "delete",
  decidedOn: (record) => record.checkedOn,
  publishedOn: (_record, context) => context.firstReceivedOn,
};

const abnormalListings: TableWriter<"abnormal-listings"> = {
  table: "abnormal_listing",
  entity: "abnormal-listing",
  row: (record, context) => ({ listed_by_id: context.authorityId, reason: record.reason, listed_on: record.listedOn }),
  revoke: "delete",
  decidedOn: (record) => record.listedOn,
  publishedOn: (_record, context) => context.firstReceivedOn,
};

const seriousViolations: TableWriter<"serious-violations"> = {
  table: "serious_violation",
  entity: "serious-violation",
  row: (record, context) => ({ listed_by_id: context.authorityId, reason: record.reason, listed_on: record.listedOn }),
  revoke: "delete",
  decidedOn: (record) => record.listedOn,
  publishedOn: (_record, context) => context.firstReceivedOn,
};

export const TABLE_WRITERS: { [Kind in TableKind]: TableWriter<Kind> } = {
  penalties,
  licences,
  "spot-checks": spotChecks,
  "abnormal-listings": abnormalListings,
  "serious-violations": seriousViolations,
};

const IDENTIFIER = /^[a-z_]+$/;

function quoted(columns: readonly string[]): string {
  for (const column of columns) if (!IDENTIFIER.test(column)) throw new Error(`Unexpected column name ${column}`);
  return columns.map((column) => `"${column}"`).join(", ");
}

/** INSERT of rows that carry their own ids (taken from the table's sequence beforehand). */
export function insertRowsSql(table: string, columns: readonly string[]): string {
  const list = quoted(["id", "enterprise_id", ...columns]);
  return `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
}

/** UPDATE of the given columns of the rows whose ids the JSON rows carry. */
export function updateRowsSql(table: string, columns: readonly string[]): string {
  const list = quoted(columns);
  const values = columns.map((column) => `r."${column}"`).join(", ");
  return columns.length === 1
    ? `UPDATE "${table}" t SET ${list} = ${values} FROM json_populate_recordset(NULL::"${table}", $1::json) r WHERE t.id = r.id`
    : `UPDATE "${table}" t SET (${list}) = ROW(${values}) FROM json_populate_recordset(NULL::"${table}", $1::json) r WHERE t.id = r.id`;
}

export function takeIdsSql(table: string): string {
  if (!IDENTIFIER.test(table)) throw new Error(`Unexpected table name ${table}`);
  return `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int)`;
}
