/**
 * The 18-character resident identity card number (居民身份证号码, GB 11643-1999): a 6-digit
 * administrative division, the birth date (YYYYMMDD), a 3-digit sequence and a check character
 * (ISO 7064 MOD 11-2: 0–9 or X). Pure functions, no I/O.
 */

/** ISO 7064 MOD 11-2 weights for the first 17 digits. */
const ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = "10X98765432";

/** The 18th character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** A typed ID number as stored: full-width digits to ASCII, spaces dropped, a lower-case x upper-cased. */
export function normalizeResidentId(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * Whether a (normalised) string is a well-formed resident ID number: 17 digits and a check
 * character, a real birth date from 1900 on, and the right check character.
 */
export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return residentIdCheckChar(value.slice(0, 17)) === value[17];
}
