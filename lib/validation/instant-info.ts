import { z } from "zod";
import { findAuthority } from "@/lib/dictionaries/authorities";
import { termCodes, type TermGroup } from "@/lib/dictionaries/record-terms";

/**
 * Instant information (即时信息) an enterprise publishes itself: one schema per kind, used by the
 * form pages, the route handlers and the records layer alike. Errors are message keys under
 * `InstantInfo.errors` ("<kind>.<field>.<problem>"), never sentences. Values arrive as form
 * strings and leave normalised: amounts and percentages as plain decimal strings (full-width
 * digits, spaces and thousands separators removed), dates as "YYYY-MM-DD", empty optional
 * values as null.
 *
 * Dates of a change may not be in the future (`today` is the register's date, given by the
 * caller); a contribution's subscribed date may, because it is the date by which the shareholder
 * undertook to pay in (认缴出资日期), often years ahead.
 */

export const INSTANT_INFO_KINDS = ["contribution", "equity-change", "licence", "ip-pledge", "penalty"] as const;
export type InstantInfoKind = (typeof INSTANT_INFO_KINDS)[number];

export function isInstantInfoKind(value: string): value is InstantInfoKind {
  return (INSTANT_INFO_KINDS as readonly string[]).includes(value);
}

/** The message-key prefix of a kind (message keys are camel case). */
export const KIND_KEYS = {
  contribution: "contribution",
  "equity-change": "equityChange",
  licence: "licence",
  "ip-pledge": "ipPledge",
  penalty: "penalty",
} as const satisfies Record<InstantInfoKind, string>;

export type InstantInfoKindKey = (typeof KIND_KEYS)[InstantInfoKind];

/** How a field is asked for; the form pages render from this, the schemas below check it. */
export type FieldSpec =
  | { name: string; type: "text"; maxLength: number; isOptional?: false }
  | { name: string; type: "textarea"; maxLength: number; isOptional?: false }
  /** 万元, up to 6 decimals. */
  | { name: string; type: "amount"; isOptional?: false }
  /** Yuan, up to 2 decimals. */
  | { name: string; type: "yuan"; isOptional?: boolean }
  | { name: string; type: "percent"; isOptional?: false }
  | { name: string; type: "date"; isOptional?: boolean }
  | { name: string; type: "choice"; group: TermGroup; isOptional?: boolean }
  | { name: string; type: "choices"; group: TermGroup; isOptional?: false }
  | { name: string; type: "authority"; isOptional?: false };

const NAME_LENGTH = 100;
const NUMBER_LENGTH = 60;
const CONTENT_LENGTH = 500;

export const INSTANT_INFO_FIELDS = {
  contribution: [
    { name: "shareholderName", type: "text", maxLength: NAME_LENGTH },
    { name: "subscribed", type: "amount" },
    { name: "subscribedVia", type: "choice", group: "contribution-methods" },
    { name: "subscribedOn", type: "date" },
    { name: "paid", type: "amount" },
    { name: "paidVia", type: "choice", group: "contribution-methods", isOptional: true },
    { name: "paidOn", type: "date", isOptional: true },
    { name: "changedOn", type: "date" },
  ],
  "equity-change": [
    { name: "shareholderName", type: "text", maxLength: NAME_LENGTH },
    { name: "ratioBefore", type: "percent" },
    { name: "ratioAfter", type: "percent" },
    { name: "changedOn", type: "date" },
  ],
  licence: [
    { name: "documentNumber", type: "text", maxLength: NUMBER_LENGTH },
    { name: "name", type: "choice", group: "licence-names" },
    { name: "validFrom", type: "date" },
    { name: "validTo", type: "date", isOptional: true },
    { name: "authorityName", type: "text", maxLength: NAME_LENGTH },
    { name: "content", type: "textarea", maxLength: CONTENT_LENGTH },
  ],
  "ip-pledge": [
    { name: "registrationNumber", type: "text", maxLength: NUMBER_LENGTH },
    { name: "kind", type: "choice", group: "ip-pledge-kinds" },
    { name: "name", type: "text", maxLength: NAME_LENGTH },
    { name: "pledgor", type: "text", maxLength: NAME_LENGTH },
    { name: "pledgee", type: "text", maxLength: NAME_LENGTH },
    { name: "termFrom", type: "date" },
    { name: "termTo", type: "date", isOptional: true },
  ],
  penalty: [
    { name: "decisionNumber", type: "text", maxLength: NUMBER_LENGTH },
    { name: "authorityId", type: "authority" },
    { name: "decidedOn", type: "date" },
    { name: "violationType", type: "choice", group: "violation-types" },
    { name: "kinds", type: "choices", group: "penalty-kinds" },
    { name: "fineYuan", type: "yuan", isOptional: true },
    { name: "content", type: "textarea", maxLength: CONTENT_LENGTH },
  ],
} as const satisfies Record<InstantInfoKind, readonly FieldSpec[]>;

/** The field (of the values) whose date starts the 20 working days to publish. */
export const CHANGE_DATE_FIELD = {
  contribution: "changedOn",
  "equity-change": "changedOn",
  licence: "validFrom",
  "ip-pledge": "termFrom",
  penalty: "decidedOn",
} as const satisfies Record<InstantInfoKind, string>;

/** Form values as posted: every value of every field, as strings. */
export type RawInstantInfo = Record<string, string[]>;

/** Reads a posted form (or the query string of a page) into raw values. */
export function readRawInstantInfo(input: FormData | URLSearchParams): RawInstantInfo {
  const raw: RawInstantInfo = {};
  for (const [key, value] of input.entries()) {
    if (typeof value !== "string") continue;
    (raw[key] ??= []).push(value);
  }
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Normalising what people type

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Full-width digits and punctuation to ASCII; spaces and thousands separators removed. */
function normaliseNumber(value: string): string {
  return value
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[\s,，_]/g, "");
}

/** A decimal string in millionths (6 decimals), exact: for comparing amounts without floats. */
export function toMillionths(value: string): bigint {
  const [whole, fraction = ""] = value.split(".");
  return BigInt(whole) * 1_000_000n + BigInt((fraction + "000000").slice(0, 6));
}

/** A plain decimal with no leading zeros and no trailing fractional zeros ("007.50" → "7.5"). */
function canonicalDecimal(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  const integer = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${integer}.${decimals}` : integer;
}

/** Separators people type or copy between year, month and day: hyphens and dashes of every kind, slashes, dots. */
const DATE_INPUT = /^(\d{4})\s*[-\u2010-\u2015\u2212\uFF0D/.／．年]\s*(\d{1,2})\s*[-\u2010-\u2015\u2212\uFF0D/.／．月]\s*(\d{1,2})\s*日?$/;
/** Invisible direction marks (an example copied from a right-to-left page carries them). */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** "2025-10-09", "2025/10/9", "2025.10.9", "2025年10月9日" (full-width digits too) → "2025-10-09"; else null. */
export function normaliseDate(value: string): string | null {
  const text = value
    .replace(BIDI_CONTROLS, "")
    .trim()
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const match = DATE_INPUT.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1949 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Field schemas. Each reports "<kind>.<field>.<problem>".

type KeyOf = (field: string, problem: string) => string;

function keys(kind: InstantInfoKind): KeyOf {
  return (field, problem) => `${KIND_KEYS[kind]}.${field}.${problem}`;
}

/** The first value given, trimmed; "" when none. */
const first = (values: unknown): string => {
  const list = Array.isArray(values) ? values : [values];
  const value = list.find((item) => typeof item === "string");
  return typeof value === "string" ? value.trim() : "";
};

function text(key: KeyOf, field: string, maxLength: number) {
  return z.preprocess(first, z.string().min(1, key(field, "required")).max(maxLength, key(field, "tooLong")));
}

/** A date, or null when left empty; with `notAfter`, a later date is refused ("future"). */
function optionalDate(key: KeyOf, field: string, { notAfter }: { notAfter?: string } = {}) {
  return z.preprocess(first, z.string()).transform((value, context) => {
    if (value === "") return null;
    const date = normaliseDate(value);
    if (date === null) {
      context.addIssue({ code: "custom", message: key(field, "format") });
      return z.NEVER;
    }
    if (notAfter !== undefined && date > notAfter) {
      context.addIssue({ code: "custom", message: key(field, "future") });
      return z.NEVER;
    }
    return date;
  });
}

function date(key: KeyOf, field: string, options: { notAfter?: string } = {}) {
  return optionalDate(key, field, options).refine((value) => value !== null, key(field, "required")).transform((value) => value as string);
}

function decimal(key: KeyOf, field: string, pattern: RegExp, { isOptional }: { isOptional: boolean }) {
  return z.preprocess(first, z.string()).transform((value, context) => {
    const number = normaliseNumber(value);
    if (number === "") {
      if (isOptional) return null;
      context.addIssue({ code: "custom", message: key(field, "required") });
      return z.NEVER;
    }
    if (!pattern.test(number)) {
      context.addIssue({ code: "custom", message: key(field, "format") });
      return z.NEVER;
    }
    return canonicalDecimal(number);
  });
}

/** 万元: up to 14 whole digits (the columns are numeric(20,6)) and 6 decimals. */
const AMOUNT = /^\d{1,14}(?:\.\d{1,6})?$/;
/** Yuan: up to 14 whole digits (numeric(16,2)) and 2 decimals. */
const YUAN = /^\d{1,14}(?:\.\d{1,2})?$/;
/** Percent: 0–100 with up to 4 decimals (numeric(7,4)); a trailing % is dropped first. */
const PERCENT = /^\d{1,3}(?:\.\d{1,4})?$/;

function amount(key: KeyOf, field: string) {
  return decimal(key, field, AMOUNT, { isOptional: false }).transform((value) => value as string);
}

function percent(key: KeyOf, field: string) {
  return z.preprocess((values: unknown) => first(values).replace(/[%％]$/, ""), z.string()).transform((value, context) => {
    const number = normaliseNumber(value);
    if (number === "") {
      context.addIssue({ code: "custom", message: key(field, "required") });
      return z.NEVER;
    }
    if (!PERCENT.test(number)) {
      context.addIssue({ code: "custom", message: key(field, "format") });
      return z.NEVER;
    }
    if (toMillionths(number) > 100_000_000n) {
      context.addIssue({ code: "custom", message: key(field, "range") });
      return z.NEVER;
    }
    return canonicalDecimal(number);
  });
}

function choice(key: KeyOf, field: string, group: TermGroup) {
  const codes = new Set<string>(termCodes(group));
  return z.preprocess(first, z.string().min(1, key(field, "required")).refine((value) => codes.has(value), key(field, "required")));
}

function optionalChoice(key: KeyOf, field: string, group: TermGroup) {
  const codes = new Set<string>(termCodes(group));
  return z
    .preprocess(first, z.string().refine((value) => value === "" || codes.has(value), key(field, "required")))
    .transform((value) => (value === "" ? null : value));
}

function choices(key: KeyOf, field: string, group: TermGroup) {
  const codes = termCodes(group) as string[];
  return z
    .preprocess((values: unknown) => (Array.isArray(values) ? values : values === undefined ? [] : [values]), z.array(z.unknown()))
    .transform((values, context) => {
      const chosen = values.filter((value): value is string => typeof value === "string" && value !== "");
      if (chosen.length === 0 || chosen.some((value) => !codes.includes(value))) {
        context.addIssue({ code: "custom", message: key(field, "required") });
        return z.NEVER;
      }
      // Kept in the dictionary's order, each once.
      return codes.filter((code) => chosen.includes(code));
    });
}

function authority(key: KeyOf, field: string) {
  return z.preprocess(first, z.string().refine((value) => findAuthority(value) !== undefined, key(field, "required")));
}

// ---------------------------------------------------------------------------------------------
// One schema per kind

type Options = { today: string };

export function contributionSchema({ today }: Options) {
  const key = keys("contribution");
  return z
    .object({
      shareholderName: text(key, "shareholderName", NAME_LENGTH),
      subscribed: amount(key, "subscribed"),
      subscribedVia: choice(key, "subscribedVia", "contribution-methods"),
      subscribedOn: date(key, "subscribedOn"),
      paid: amount(key, "paid"),
      paidVia: optionalChoice(key, "paidVia", "contribution-methods"),
      paidOn: optionalDate(key, "paidOn", { notAfter: today }),
      changedOn: date(key, "changedOn", { notAfter: today }),
    })
    .superRefine((value, context) => {
      if (toMillionths(value.subscribed) === 0n) context.addIssue({ code: "custom", path: ["subscribed"], message: key("subscribed", "zero") });
      const paid = toMillionths(value.paid);
      if (paid > toMillionths(value.subscribed)) context.addIssue({ code: "custom", path: ["paid"], message: key("paid", "moreThanSubscribed") });
      if (paid > 0n) {
        if (value.paidVia === null) context.addIssue({ code: "custom", path: ["paidVia"], message: key("paidVia", "required") });
        if (value.paidOn === null) context.addIssue({ code: "custom", path: ["paidOn"], message: key("paidOn", "required") });
      } else if (value.paidVia !== null || value.paidOn !== null) {
        context.addIssue({ code: "custom", path: ["paid"], message: key("paid", "zeroWithPayment") });
      }
    });
}

export function equityChangeSchema({ today }: Options) {
  const key = keys("equity-change");
  return z
    .object({
      shareholderName: text(key, "shareholderName", NAME_LENGTH),
      ratioBefore: percent(key, "ratioBefore"),
      ratioAfter: percent(key, "ratioAfter"),
      changedOn: date(key, "changedOn", { notAfter: today }),
    })
    .superRefine((value, context) => {
      if (toMillionths(value.ratioBefore) === toMillionths(value.ratioAfter)) {
        context.addIssue({ code: "custom", path: ["ratioAfter"], message: key("ratioAfter", "same") });
      }
    });
}

export function licenceSchema({ today }: Options) {
  const key = keys("licence");
  return z
    .object({
      documentNumber: text(key, "documentNumber", NUMBER_LENGTH),
      name: choice(key, "name", "licence-names"),
      validFrom: date(key, "validFrom", { notAfter: today }),
      validTo: optionalDate(key, "validTo"),
      authorityName: text(key, "authorityName", NAME_LENGTH),
      content: text(key, "content", CONTENT_LENGTH),
    })
    .superRefine((value, context) => {
      if (value.validTo !== null && value.validTo <= value.validFrom) {
        context.addIssue({ code: "custom", path: ["validTo"], message: key("validTo", "notAfterFrom") });
      }
    });
}

export function ipPledgeSchema({ today }: Options) {
  const key = keys("ip-pledge");
  return z
    .object({
      registrationNumber: text(key, "registrationNumber", NUMBER_LENGTH),
      kind: choice(key, "kind", "ip-pledge-kinds"),
      name: text(key, "name", NAME_LENGTH),
      pledgor: text(key, "pledgor", NAME_LENGTH),
      pledgee: text(key, "pledgee", NAME_LENGTH),
      termFrom: date(key, "termFrom", { notAfter: today }),
      termTo: optionalDate(key, "termTo"),
    })
    .superRefine((value, context) => {
      if (value.termTo !== null && value.termTo <= value.termFrom) {
        context.addIssue({ code: "custom", path: ["termTo"], message: key("termTo", "notAfterFrom") });
      }
    });
}

export function penaltySchema({ today }: Options) {
  const key = keys("penalty");
  return z
    .object({
      decisionNumber: text(key, "decisionNumber", NUMBER_LENGTH),
      authorityId: authority(key, "authorityId"),
      decidedOn: date(key, "decidedOn", { notAfter: today }),
      violationType: choice(key, "violationType", "violation-types"),
      kinds: choices(key, "kinds", "penalty-kinds"),
      fineYuan: decimal(key, "fineYuan", YUAN, { isOptional: true }),
      content: text(key, "content", CONTENT_LENGTH),
    })
    .superRefine((value, context) => {
      const isFine = value.kinds.includes("fine");
      if (isFine && value.fineYuan === null) context.addIssue({ code: "custom", path: ["fineYuan"], message: key("fineYuan", "required") });
      if (isFine && value.fineYuan !== null && toMillionths(value.fineYuan) === 0n) {
        context.addIssue({ code: "custom", path: ["fineYuan"], message: key("fineYuan", "zero") });
      }
      if (!isFine && value.fineYuan !== null) context.addIssue({ code: "custom", path: ["fineYuan"], message: key("fineYuan", "withoutFine") });
    });
}

export const INSTANT_INFO_SCHEMAS = {
  contribution: contributionSchema,
  "equity-change": equityChangeSchema,
  licence: licenceSchema,
  "ip-pledge": ipPledgeSchema,
  penalty: penaltySchema,
} as const;

export type ContributionInput = z.output<ReturnType<typeof contributionSchema>>;
export type EquityChangeInput = z.output<ReturnType<typeof equityChangeSchema>>;
export type LicenceInput = z.output<ReturnType<typeof licenceSchema>>;
export type IpPledgeInput = z.output<ReturnType<typeof ipPledgeSchema>>;
export type PenaltyInput = z.output<ReturnType<typeof penaltySchema>>;

export type InstantInfoInput = {
  contribution: ContributionInput;
  "equity-change": EquityChangeInput;
  licence: LicenceInput;
  "ip-pledge": IpPledgeInput;
  penalty: PenaltyInput;
};

/** A checked item of some kind, tagged with it. */
export type InstantInfoItem = { [K in InstantInfoKind]: { kind: K; values: InstantInfoInput[K] } }[InstantInfoKind];

/** Field name → message key (the first problem found with that field). */
export type FieldErrors = Record<string, string>;

export type InstantInfoParse = { ok: true; item: InstantInfoItem; changedOn: string } | { ok: false; fieldErrors: FieldErrors };

/** Checks the raw values of a form of `kind`. */
export function parseInstantInfo(kind: InstantInfoKind, raw: RawInstantInfo, { today }: Options): InstantInfoParse {
  const result = INSTANT_INFO_SCHEMAS[kind]({ today }).safeParse(raw);
  if (!result.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      // A field's own problems come first; cross-field checks only add a problem to a field that had none.
      if (field && !(field in fieldErrors)) fieldErrors[field] = issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const item = { kind, values: result.data } as InstantInfoItem;
  return { ok: true, item, changedOn: changeDateOf(item) };
}

/** The date the 20 working days to publish an item run from. */
export function changeDateOf(item: InstantInfoItem): string {
  switch (item.kind) {
    case "contribution":
    case "equity-change":
      return item.values.changedOn;
    case "licence":
      return item.values.validFrom;
    case "ip-pledge":
      return item.values.termFrom;
    case "penalty":
      return item.values.decidedOn;
  }
}

/** The values of a checked item as form strings again (the check page's hidden fields, the change links). */
export function toRawInstantInfo(item: InstantInfoItem): RawInstantInfo {
  const raw: RawInstantInfo = {};
  for (const [name, value] of Object.entries(item.values)) {
    if (value === null) continue;
    raw[name] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return raw;
}

/**
 * The values of a form of `kind` to send back to it (in the address) after a failed check: only
 * its own fields, each cut to a length that still shows what was wrong with it ("too long") but
 * keeps the address short.
 */
export function valuesForForm(kind: InstantInfoKind, raw: RawInstantInfo): RawInstantInfo {
  const kept: RawInstantInfo = {};
  for (const spec of INSTANT_INFO_FIELDS[kind] as readonly FieldSpec[]) {
    const values = raw[spec.name];
    if (!values) continue;
    const limit = spec.type === "text" || spec.type === "textarea" ? spec.maxLength + 20 : 40;
    kept[spec.name] = values.slice(0, spec.type === "choices" ? 20 : 1).map((value) => [...value].slice(0, limit).join(""));
  }
  return kept;
}
