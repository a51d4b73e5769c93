import { z } from "zod";
import { checkUscc } from "@/lib/codes/credit-code";

/**
 * The field types of the annual-report forms, as zod schemas over what a form sends (strings).
 * Each failure's message is a KEY of the Filing.errors catalogue namespace; the page words it
 * with the field's label ("Enter the total assets in 万元"). Typing is forgiving: full-width
 * digits, thousands separators and spaces are accepted, as a Chinese or Uyghur keyboard gives them.
 */

/** 万元 with up to 6 decimal places (the register stores Decimal(20, 6)). */
const AMOUNT = /^-?\d{1,14}(\.\d{1,6})?$/;
const WHOLE = /^\d{1,9}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Full-width digits and signs to ASCII; spaces and thousands separators out. */
export function normalizeNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x06f0 + 48))
    .replace(/[．。]/g, ".")
    .replace(/[－−]/g, "-")
    .replace(/[\s,，_']/g, "");
}

/** What a form sent for a field: a string, or "" when the field was not sent (an unchecked radio). */
// z.preprocess (not z.unknown().transform): zod 4 refuses an absent object key before a transform runs.
const input = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export function text({ max = 200 }: { max?: number } = {}) {
  return input.transform((raw, ctx) => {
    const value = raw.trim().replace(/\s+/g, " ");
    if (value === "") return fail(ctx, "required");
    if (value.length > max) return fail(ctx, "tooLong");
    return value;
  });
}

/** An amount in 万元 with up to 6 decimal places, as a canonical decimal string. */
export function amount({ negative = false }: { negative?: boolean } = {}) {
  return input.transform((raw, ctx) => {
    const value = normalizeNumber(raw);
    if (value === "") return fail(ctx, "required");
    if (!AMOUNT.test(value)) return fail(ctx, "amountFormat");
    if (!negative && value.startsWith("-")) return fail(ctx, "amountNegative");
    return canonicalDecimal(value);
  });
}

/** A percentage from 0 to 100 with up to 4 decimals (equity ratios). */
export function percentage() {
  return input.transform((raw, ctx) => {
    const value = normalizeNumber(raw).replace(/%$/, "");
    if (value === "") return fail(ctx, "required");
    if (!/^\d{1,3}(\.\d{1,4})?$/.test(value) || Number(value) > 100) return fail(ctx, "ratioRange");
    return canonicalDecimal(value);
  });
}

export function wholeNumber({ max = 10_000_000 }: { max?: number } = {}) {
  return input.transform((raw, ctx) => {
    const value = normalizeNumber(raw);
    if (value === "") return fail(ctx, "required");
    if (!WHOLE.test(value) || Number(value) > max) return fail(ctx, "countFormat");
    return Number(value);
  });
}

/**
 * A real calendar date, "YYYY-MM-DD" (what `<input type="date">` sends; "2025/3/31" accepted),
 * within `inYear` when given.
 */
export function date({ inYear }: { inYear?: number } = {}) {
  return input.transform((raw, ctx) => {
    const value = normalizeDate(raw);
    if (value === "") return fail(ctx, "required");
    if (!isRealDate(value)) return fail(ctx, "dateFormat");
    if (inYear !== undefined && !value.startsWith(`${inYear}-`)) return fail(ctx, "dateInYear");
    return value;
  });
}

/** A date that may be left empty (null). */
export function optionalDate() {
  return input.transform((raw, ctx) => {
    const value = normalizeDate(raw);
    if (value === "") return null;
    if (!isRealDate(value)) return fail(ctx, "dateFormat");
    return value;
  });
}

export function normalizeDate(raw: string): string {
  const value = normalizeNumber(raw).replace(/[/.年月]/g, "-").replace(/日$/, "");
  const parts = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  return parts ? `${parts[1]}-${parts[2].padStart(2, "0")}-${parts[3].padStart(2, "0")}` : value;
}

export function isRealDate(value: string): boolean {
  const parts = value.match(DATE);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One of the given codes (radio buttons). */
export function choice<const Codes extends readonly [string, ...string[]]>(codes: Codes) {
  return input.transform((raw, ctx) => {
    if (raw === "") return fail(ctx, "choose");
    if (!(codes as readonly string[]).includes(raw)) return fail(ctx, "choose");
    return raw as Codes[number];
  });
}

export const yesNo = choice(["yes", "no"] as const);

export function phone() {
  return input.transform((raw, ctx) => {
    const value = normalizeNumber(raw).replace(/[()（）]/g, "");
    if (value === "") return fail(ctx, "required");
    if (!/^\+?\d[\d-]{4,19}$/.test(value)) return fail(ctx, "phoneFormat");
    return value;
  });
}

export function postcode() {
  return input.transform((raw, ctx) => {
    const value = normalizeNumber(raw);
    if (value === "") return fail(ctx, "required");
    if (!/^\d{6}$/.test(value)) return fail(ctx, "postcodeFormat");
    return value;
  });
}

/** An email address that may be left empty (null). */
export function optionalEmail() {
  return input.transform((raw, ctx) => {
    const value = raw.trim();
    if (value === "") return null;
    if (value.length > 100 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return fail(ctx, "emailFormat");
    return value;
  });
}

export function webAddress() {
  return input.transform((raw, ctx) => {
    let value = raw.trim();
    if (value === "") return fail(ctx, "required");
    if (!/^https?:\/\//i.test(value)) value = `http://${value}`;
    try {
      const url = new URL(value);
      if (!url.hostname.includes(".") || value.length > 300) return fail(ctx, "urlFormat");
      return url.href;
    } catch {
      return fail(ctx, "urlFormat");
    }
  });
}

/** An unified social credit code, optional (an investee abroad has none). */
export function optionalUscc() {
  return input.transform((raw, ctx) => {
    const value = raw.replace(/[\s-]/g, "").toUpperCase();
    if (value === "") return null;
    if (!checkUscc(value).ok) return fail(ctx, "usccFormat");
    return value;
  });
}

/** "0012.500" → "12.5"; "-0" → "0". Keeps every digit (no floating point). */
export function canonicalDecimal(value: string): string {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = value.replace(/^-/, "").split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  const result = decimals ? `${digits}.${decimals}` : digits;
  return negative && result !== "0" ? `-${result}` : result;
}

/** Compares two decimal strings exactly (scaled to 6 places as BigInt). */
export function compareDecimal(a: string, b: string): number {
  const scaled = (value: string) => {
    const negative = value.startsWith("-");
    const [whole, fraction = ""] = value.replace(/^-/, "").split(".");
    const units = BigInt(whole + fraction.padEnd(6, "0"));
    return negative ? -units : units;
  };
  const difference = scaled(a) - scaled(b);
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}
