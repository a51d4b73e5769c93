/**
 * Enterprise identification codes: the unified social credit code (统一社会信用代码, GB 32100-2015),
 * the organisation code inside it (组织机构代码, GB 11714) and the legacy 15-digit registration
 * number (工商注册号, check digit by ISO 7064 MOD 11,10).
 *
 * Pure functions, no I/O: safe in server and client components, scripts and tests.
 */

/** The 31 USCC symbols, valued 0–30 in this order (no I, O, S, V, Z). */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weights for USCC positions 1–17: 3^(i−1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** Weights for the first 8 characters of a GB 11714 organisation code. */
export const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

export const USCC_LENGTH = 18;
export const REGISTRATION_NUMBER_LENGTH = 15;

/** Result of checking a USCC; `code` is always the normalised input. */
export type UsccCheck =
  | {
      ok: true;
      code: string;
      /** Whether positions 9–17 pass the GB 11714 check. Some legal pilot codes fail it: warn, don't reject. */
      orgCodeValid: boolean;
    }
  | {
      ok: false;
      code: string;
      reason: "empty" | "length" | "character";
      expected?: undefined;
    }
  | {
      ok: false;
      code: string;
      reason: "check-character";
      /** The correct 18th character for the first 17. */
      expected: string;
    };

export type UsccFailureReason = Extract<UsccCheck, { ok: false }>["reason"];

/** Result of checking a legacy 15-digit registration number; `code` is the normalised input. */
export type RegistrationNumberCheck =
  | { ok: true; code: string }
  | { ok: false; code: string; reason: "length" | "character"; expected?: undefined }
  | {
      ok: false;
      code: string;
      reason: "check-digit";
      /** The correct 15th digit for the first 14. */
      expected: string;
    };

/** What a typed-in code looks like, so pages can say "malformed", "wrong check character" or "not found". */
export type CodeInput =
  | { kind: "uscc"; check: UsccCheck }
  | { kind: "registration-number"; check: RegistrationNumberCheck }
  | { kind: "other"; normalized: string };

/** A source of uniform numbers in [0, 1), e.g. Math.random or a seeded PRNG. */
export type RandomSource = () => number;

const USCC_CHARS = /^[0-9A-HJ-NPQRTUWXY]*$/;
const DIGITS = /^[0-9]*$/;
const ALPHANUMERIC = /^[0-9A-Z]*$/;
const ORG_CODE_BODY = /^[0-9A-Z]{8}$/;
const DIVISION = /^[0-9]{6}$/;

// Whitespace (\s covers U+3000, NBSP, U+FEFF), zero-width characters, and hyphen/dash/minus forms.
const SEPARATORS = /[\s\u200B-\u200D\u2060\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

function normalizeOnce(value: string): string {
  return value.normalize("NFKC").toUpperCase().normalize("NFKC").replace(SEPARATORS, "");
}

/**
 * Normalise a typed or pasted code: NFKC (full-width → ASCII), drop all whitespace and hyphens,
 * upper-case. Idempotent; never throws.
 */
export function normalizeCode(input: string): string {
  if (typeof input !== "string") return "";
  let current = input;
  // One pass is enough for real input; repeat (bounded) so exotic Unicode is idempotent too.
  for (let i = 0; i < 8; i++) {
    const next = normalizeOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Check character (position 18) for the first 17 USCC characters. Throws RangeError on malformed input. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1 || !USCC_CHARS.test(first17)) {
    throw new RangeError("computeUsccCheckChar needs 17 characters from USCC_ALPHABET");
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character (digit or "X") for the first 8 organisation-code characters. Throws RangeError on malformed input. */
export function computeOrgCodeCheckChar(first8: string): string {
  if (!ORG_CODE_BODY.test(first8)) {
    throw new RangeError("computeOrgCodeCheckChar needs 8 characters from 0-9 and A-Z");
  }
  let sum = 0;
  for (let i = 0; i < first8.length; i++) {
    // parseInt in base 36 gives 0–9 for digits and 10–35 for A–Z.
    sum += Number.parseInt(first8[i], 36) * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  if (check === 10) return "X";
  if (check === 11) return "0";
  return String(check);
}

/** Whether a 9-character organisation code has a correct GB 11714 check character. */
export function isValidOrgCode(orgCode: string): boolean {
  if (orgCode.length !== 9 || !ORG_CODE_BODY.test(orgCode.slice(0, 8))) return false;
  return computeOrgCodeCheckChar(orgCode.slice(0, 8)) === orgCode[8];
}

/**
 * Check a USCC after normalising it. Checks run in order: empty → length (18) → characters
 * (USCC_ALPHABET) → check character. The organisation-code check is reported, not enforced.
 */
export function checkUscc(raw: string): UsccCheck {
  const code = normalizeCode(raw);
  if (code.length === 0) return { ok: false, code, reason: "empty" };
  if (code.length !== USCC_LENGTH) return { ok: false, code, reason: "length" };
  if (!USCC_CHARS.test(code)) return { ok: false, code, reason: "character" };
  const expected = computeUsccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, code, reason: "check-character", expected };
  return { ok: true, code, orgCodeValid: isValidOrgCode(code.slice(8, 17)) };
}

/** Whether the input, once normalised, is a well-formed USCC with a correct check character. */
export function isValidUscc(raw: string): boolean {
  return checkUscc(raw).ok;
}

/** ISO 7064 MOD 11,10 check digit for the first 14 digits of a registration number. Throws RangeError on malformed input. */
export function computeRegistrationNumberCheckDigit(first14: string): string {
  if (first14.length !== REGISTRATION_NUMBER_LENGTH - 1 || !DIGITS.test(first14)) {
    throw new RangeError("computeRegistrationNumberCheckDigit needs 14 digits");
  }
  let product = 10;
  for (const ch of first14) {
    const sum = (product + Number(ch)) % 10 || 10;
    product = (sum * 2) % 11;
  }
  // The check digit c makes (product + c) mod 10 equal 1.
  return String((11 - product) % 10);
}

/** Check a legacy 15-digit registration number after normalising it: length → digits → check digit. */
export function checkRegistrationNumber(raw: string): RegistrationNumberCheck {
  const code = normalizeCode(raw);
  if (code.length !== REGISTRATION_NUMBER_LENGTH) return { ok: false, code, reason: "length" };
  if (!DIGITS.test(code)) return { ok: false, code, reason: "character" };
  const expected = computeRegistrationNumberCheckDigit(code.slice(0, 14));
  if (code[14] !== expected) return { ok: false, code, reason: "check-digit", expected };
  return { ok: true, code };
}

/**
 * Decide what a search-box or form input is: 18 alphanumerics → USCC (checked), 15 digits →
 * registration number (checked), anything else → other (e.g. a company name).
 */
export function classifyCodeInput(raw: string): CodeInput {
  const normalized = normalizeCode(raw);
  if (normalized.length === USCC_LENGTH && ALPHANUMERIC.test(normalized)) {
    return { kind: "uscc", check: checkUscc(normalized) };
  }
  if (normalized.length === REGISTRATION_NUMBER_LENGTH && DIGITS.test(normalized)) {
    return { kind: "registration-number", check: checkRegistrationNumber(normalized) };
  }
  return { kind: "other", normalized };
}

const DIGIT_CHARS = "0123456789";
const LETTER_CHARS = USCC_ALPHABET.slice(10);

function pick(random: RandomSource, chars: string): string {
  const r = random();
  const index = Number.isFinite(r) ? Math.floor(r * chars.length) : 0;
  return chars[Math.min(Math.max(index, 0), chars.length - 1)];
}

/**
 * A random organisation code with a correct GB 11714 check: 8 body characters (mostly digits,
 * letters only from USCC_ALPHABET) plus the check digit or "X". Deterministic for a given `random`.
 */
export function generateOrgCode(random: RandomSource): string {
  let body = "";
  for (let i = 0; i < 8; i++) {
    body += pick(random, random() < 0.8 ? DIGIT_CHARS : LETTER_CHARS);
  }
  return body + computeOrgCodeCheckChar(body);
}

/**
 * A random USCC for `division` (6-digit GB/T 2260 code) with valid organisation-code and USCC
 * checks. Defaults: authority "9" (market regulation), entity type "1" (enterprise).
 */
export function generateUscc({
  authority = "9",
  entityType = "1",
  division,
  random,
}: {
  authority?: string;
  entityType?: string;
  division: string;
  random: RandomSource;
}): string {
  if (authority.length !== 1 || !USCC_CHARS.test(authority)) {
    throw new RangeError("authority must be one character from USCC_ALPHABET");
  }
  if (entityType.length !== 1 || !USCC_CHARS.test(entityType)) {
    throw new RangeError("entityType must be one character from USCC_ALPHABET");
  }
  if (!DIVISION.test(division)) throw new RangeError("division must be 6 digits");
  const first17 = authority + entityType + division + generateOrgCode(random);
  return first17 + computeUsccCheckChar(first17);
}

/** A random 15-digit registration number for `division` (6-digit GB/T 2260 code) with a valid check digit. */
export function generateRegistrationNumber({
  division,
  random,
}: {
  division: string;
  random: RandomSource;
}): string {
  if (!DIVISION.test(division)) throw new RangeError("division must be 6 digits");
  let first14 = division;
  for (let i = 0; i < 8; i++) first14 += pick(random, DIGIT_CHARS);
  return first14 + computeRegistrationNumberCheckDigit(first14);
}
