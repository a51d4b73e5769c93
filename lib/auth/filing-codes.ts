import { createHash, randomBytes } from "node:crypto";

/**
 * One-time filing codes (备案码): the regulator issues one to an enterprise (on paper or by SMS);
 * its liaison person activates the filer account with it, or resets a forgotten password. Twelve
 * Crockford base-32 characters (60 random bits), shown as XXXX-XXXX-XXXX: no I, L, O or U, so
 * nothing reads as another character; typed in any case, with or without the hyphens, in
 * full-width characters, with I/L for 1 and O for 0. Only the SHA-256 of the normalised code is
 * stored; a code is used once and expires (lib/records/filing-codes.ts issues and uses them).
 * Pure functions, no I/O.
 */
export const FILING_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const FILING_CODE_LENGTH = 12;
/** A code not used within this many days must be issued again. */
export const FILING_CODE_VALID_DAYS = 90;

/** Twelve characters from the bits of `bytes` (at least 8 bytes; 5 bits a character). */
export function filingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError("filingCodeFromBytes needs 8 bytes");
  let bits = 0n;
  for (const byte of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < FILING_CODE_LENGTH; i++) code += FILING_CODE_ALPHABET[Number((bits >> BigInt(59 - 5 * i)) & 31n)];
  return code;
}

/** A new random code (normalised form, no hyphens). */
export function generateFilingCode(): string {
  return filingCodeFromBytes(randomBytes(8));
}

/** XXXX-XXXX-XXXX, as the code is printed and shown. */
export function formatFilingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * The code as typed, normalised: full-width to ASCII (NFKC), upper case, spaces and any dash
 * dropped, I and L read as 1, O as 0. Returns null unless that leaves 12 characters of the
 * alphabet.
 */
export function normalizeFilingCode(input: string): string | null {
  const code = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212\u30FC_.]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (code.length !== FILING_CODE_LENGTH) return null;
  for (const char of code) if (!FILING_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** What is stored of a code: the SHA-256 (hex) of its normalised form. */
export function filingCodeHash(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export function filingCodeExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + FILING_CODE_VALID_DAYS * 86_400_000);
}
