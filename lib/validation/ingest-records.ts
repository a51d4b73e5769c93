/**
 * What departments send (POST /api/v1/ingest/{kind}, npm run data:import): one zod schema per
 * record kind, JSON in camelCase. The same schemas are the OpenAPI document's request bodies
 * (lib/api/openapi.ts), so they stay plain: formats and enums, no transforms; rules that need
 * more than one field or a calculation are refinements whose message is a stable reason code
 * (lib/ingestion/record-problems.ts turns issues into field problems).
 *
 * Every record names its enterprise by `uscc` and carries the department's own document number
 * (文号): (authority, kind, documentNumber) is its identity. A record with `revoked` withdraws
 * the one with the same document number (a penalty annulled, a licence revoked, a listing
 * withdrawn).
 */
import { z } from "zod";
import { ENTERPRISE_TYPES } from "@/lib/dictionaries/enterprise-types";
import { INDUSTRY_DIVISIONS } from "@/lib/dictionaries/industries";
import { COUNTIES } from "@/lib/dictionaries/regions";
import { RECORD_TERMS } from "@/lib/dictionaries/record-terms";
import { STATUSES } from "@/lib/dictionaries/statuses";
import type { IngestKind } from "@/lib/ingestion/kinds";

/** Stable reason codes of the refinements below (also used by record-problems.ts). */
export const INGEST_REASONS = {
  characters: "invalid-characters",
  date: "invalid-date",
  future: "date-in-future",
  tooEarly: "date-too-early",
  order: "date-order",
  decimal: "invalid-decimal",
  fineRequired: "fine-required",
  fineNotAllowed: "fine-not-allowed",
  duplicate: "duplicate-value",
  residentId: "invalid-resident-id",
  registrationNumber: "invalid-registration-number",
  removalReason: "wrong-removal-reason",
} as const;

const codes = <Group extends keyof typeof RECORD_TERMS>(group: Group) => Object.keys(RECORD_TERMS[group]) as [string, ...string[]];

// Text as people and systems send it: any Unicode except control characters (tab and newline
// allowed in long text), NUL and unpaired surrogates, which PostgreSQL cannot store faithfully.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F]/;

function text(maxLength: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .refine((value) => value.isWellFormed() && !(multiline ? CONTROL : CONTROL_OR_NEWLINE).test(value), INGEST_REASONS.characters);
}

/** The earliest date any record may carry (the People's Republic's register starts here). */
export const EARLIEST_DATE = "1949-10-01";

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date "YYYY-MM-DD" from EARLIEST_DATE on; `latest` (usually today) when given. */
function date({ latest, horizon }: { latest?: string; horizon?: string } = {}) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isCalendarDate, INGEST_REASONS.date)
    .refine((value) => value >= EARLIEST_DATE, INGEST_REASONS.tooEarly)
    .refine((value) => latest === undefined || value <= latest, INGEST_REASONS.future)
    .refine((value) => horizon === undefined || value <= horizon, INGEST_REASONS.date);
}

/** A non-negative decimal amount, as a JSON number or a string, with at most `scale` decimals and `integerDigits` before the point. */
function amount({ scale, integerDigits }: { scale: number; integerDigits: number }) {
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`);
  return z.union([z.number().nonnegative(), z.string()]).refine((value) => pattern.test(typeof value === "number" ? String(value) : value), INGEST_REASONS.decimal);
}

const documentNumber = text(120);
/** Checked (and normalised) by the writer: wrong check character rejected, pilot codes warned. */
const uscc = z.string().min(1).max(64);

export type IngestSchemaOptions = {
  /** Today on the register's clock ("YYYY-MM-DD"): no record is dated after it. */
  today: string;
};

const revocation = (today: string) =>
  z.strictObject({
    documentNumber,
    uscc,
    revoked: z.strictObject({ on: date({ latest: today }), reason: text(500) }),
  });

function penaltySchema({ today }: IngestSchemaOptions) {
  return z
    .strictObject({
      documentNumber,
      uscc,
      violationType: z.enum(codes("violation-types")),
      kinds: z.array(z.enum(codes("penalty-kinds"))).min(1).max(8).refine((kinds) => new Set(kinds).size === kinds.length, INGEST_REASONS.duplicate),
      content: text(2000, { multiline: true }),
      fineYuan: amount({ scale: 2, integerDigits: 13 }).nullable().optional(),
      decidedOn: date({ latest: today }),
      publishedOn: date({ latest: today }).optional(),
      documentText: text(100_000, { multiline: true }),
    })
    .superRefine((record, context) => {
      const fines = record.kinds.includes("fine");
      const hasFine = record.fineYuan !== undefined && record.fineYuan !== null;
      if (fines && !hasFine) context.addIssue({ code: "custom", path: ["fineYuan"], message: INGEST_REASONS.fineRequired });
      if (!fines && hasFine) context.addIssue({ code: "custom", path: ["fineYuan"], message: INGEST_REASONS.fineNotAllowed });
      if (record.publishedOn !== undefined && record.publishedOn < record.decidedOn) {
        context.addIssue({ code: "custom", path: ["publishedOn"], message: INGEST_REASONS.order });
      }
    });
}

function licenceSchema({ today }: IngestSchemaOptions) {
  return z
    .strictObject({
      documentNumber,
      uscc,
      name: z.enum(codes("licence-names")),
      content: text(2000, { multiline: true }),
      validFrom: date({ horizon: "2199-12-31" }),
      validTo: date({ horizon: "2199-12-31" }).nullable().optional(),
      status: z.enum(codes("record-statuses")).optional(),
      statusChangedOn: date({ latest: today }).optional(),
      publishedOn: date({ latest: today }).optional(),
    })
    .superRefine((record, context) => {
      if (record.validTo != null && record.validTo < record.validFrom) context.addIssue({ code: "custom", path: ["validTo"], message: INGEST_REASONS.order });
    });
}

function spotCheckSchema({ today }: IngestSchemaOptions) {
  return z.strictObject({
    documentNumber,
    uscc,
    kind: z.enum(codes("spot-check-kinds")),
    checkedOn: date({ latest: today }),
    result: z.enum(codes("spot-check-results")),
  });
}

function abnormalListingSchema({ today }: IngestSchemaOptions) {
  return z.strictObject({
    documentNumber,
    uscc,
    reason: z.enum(codes("abnormal-reasons")),
    listedOn: date({ latest: today }),
  });
}

function seriousViolationSchema({ today }: IngestSchemaOptions) {
  return z.strictObject({
    documentNumber,
    uscc,
    reason: z.enum(codes("serious-reasons")),
    listedOn: date({ latest: today }),
  });
}

/** The two lists a removal can take an enterprise off. */
export const REMOVAL_LISTS = ["abnormal-listings", "serious-violations"] as const;

function removalSchema({ today }: IngestSchemaOptions) {
  return z
    .strictObject({
      documentNumber,
      uscc,
      list: z.enum(REMOVAL_LISTS),
      /** The document number of the listing decision being lifted (sent earlier by the same authority). */
      listingDocumentNumber: documentNumber,
      reason: z.enum([...codes("abnormal-removal-reasons"), ...codes("serious-removal-reasons")] as [string, ...string[]]),
      removedOn: date({ latest: today }),
    })
    .superRefine((record, context) => {
      const group = record.list === "abnormal-listings" ? "abnormal-removal-reasons" : "serious-removal-reasons";
      if (!(record.reason in RECORD_TERMS[group])) context.addIssue({ code: "custom", path: ["reason"], message: INGEST_REASONS.removalReason });
    });
}

function registrationSchema({ today }: IngestSchemaOptions) {
  return z
    .strictObject({
      /** Defaults to the code itself: a registration's identity is the enterprise. */
      documentNumber: documentNumber.optional(),
      uscc,
      registrationNumber: z.string().regex(/^\d{15}$/).optional(),
      nameZh: text(200),
      nameUg: text(300).optional(),
      type: z.enum(ENTERPRISE_TYPES.map((type) => type.code) as [string, ...string[]]),
      status: z.enum(STATUSES.map((status) => status.code) as [string, ...string[]]),
      legalRepName: text(100),
      /** PRIVATE: kept on the register, never published. */
      legalRepIdNumber: z.string().regex(/^\d{17}[\dXx]$/).optional(),
      capital: amount({ scale: 6, integerDigits: 14 }).nullable().optional(),
      currency: z.enum(codes("currencies")).optional(),
      establishedOn: date({ latest: today }),
      termFrom: date({ horizon: "2199-12-31" }).optional(),
      termTo: date({ horizon: "2199-12-31" }).nullable().optional(),
      approvedOn: date({ latest: today }).optional(),
      regionCode: z.enum(COUNTIES.map((county) => county.code) as [string, ...string[]]),
      industryCode: z.enum(INDUSTRY_DIVISIONS.map((division) => division.code) as [string, ...string[]]),
      address: text(300),
      scope: text(4000, { multiline: true }),
      statusChangedOn: date({ latest: today }).optional(),
    })
    .superRefine((record, context) => {
      if (record.termTo != null && record.termFrom !== undefined && record.termTo < record.termFrom) {
        context.addIssue({ code: "custom", path: ["termTo"], message: INGEST_REASONS.order });
      }
      if (record.approvedOn !== undefined && record.approvedOn < record.establishedOn) {
        context.addIssue({ code: "custom", path: ["approvedOn"], message: INGEST_REASONS.order });
      }
    });
}

const BUILDERS = {
  registrations: registrationSchema,
  licences: licenceSchema,
  penalties: penaltySchema,
  "spot-checks": spotCheckSchema,
  "abnormal-listings": abnormalListingSchema,
  "serious-violations": seriousViolationSchema,
  removals: removalSchema,
} as const satisfies Record<IngestKind, (options: IngestSchemaOptions) => z.ZodType>;

export type IngestRecordInput<Kind extends IngestKind> = z.output<ReturnType<(typeof BUILDERS)[Kind]>>;
export type RevocationInput = z.output<ReturnType<typeof revocation>>;

/** Kinds that accept a revocation (`revoked`); a registration changes status instead, a removal cannot be withdrawn. */
export const REVOCABLE_KINDS: readonly IngestKind[] = ["licences", "penalties", "spot-checks", "abnormal-listings", "serious-violations"];

/** The schema for one record of `kind`. */
export function ingestRecordSchema(kind: IngestKind, options: IngestSchemaOptions): z.ZodType {
  return BUILDERS[kind](options);
}

/** The schema for a revocation of a record of `kind` (revocable kinds only). */
export function revocationSchema(options: IngestSchemaOptions) {
  return revocation(options.today);
}

/** Whether a payload asks to revoke (it has a `revoked` member). */
export function isRevocation(payload: unknown): boolean {
  return typeof payload === "object" && payload !== null && !Array.isArray(payload) && "revoked" in payload;
}
