import type { AppLocale } from "@/i18n/routing";
import { intlLocale, localeDirection } from "@/lib/locales";

/**
 * Locale-aware formatting of the register's values with Intl (Node has full ICU). Pure: the
 * units (万元, yuan) are added by the caller from the message catalogue.
 */

// Building an Intl formatter costs far more than using one, and a company page formats
// hundreds of values: keep one formatter per locale and option set for the life of the process.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: AppLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A negative number on a right-to-left page keeps its minus in front: "-53.67", not "53.67-".
 * Next to Uyghur words ("-53.67 تۈمەن يۈەن") the bidi algorithm puts a bare "-" on the right of
 * the digits. The number is wrapped in a left-to-right isolate (U+2066 … U+2069): its sign and
 * digits read as one left-to-right run, and an element around the whole value still takes its
 * direction from the Uyghur words (an isolate's content is skipped when a direction is guessed;
 * a left-to-right mark would have turned the whole value around). Invisible, and not drawn in
 * the report (lib/report/pdf-line.ts).
 */
function signFirst(locale: AppLocale, text: string): string {
  return localeDirection(locale) === "rtl" && text.startsWith("-") ? `\u2066${text}\u2069` : text;
}

/**
 * A Uyghur date ("30-ئىيۇن، 2026") kept on one line: browsers break after a hyphen and at spaces,
 * which tore "30-" from its month at the end of a line. The hyphen becomes U+2011 (non-breaking
 * hyphen, the same glyph in the Uyghur web font and the report's font) and the spaces no-break
 * spaces; it reads the same. Chinese dates have no such breaks to fear, and
 * English ones may break between day, month and year like any words.
 */
function keptTogether(locale: AppLocale, text: string): string {
  return locale === "ug" ? text.replaceAll("-", "\u2011").replaceAll(" ", "\u00a0") : text;
}
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** "2024-05-01" → 2024年5月1日 / 1-ماي، 2024 / 1 May 2024. Anything else is returned unchanged. */
export function formatDay(locale: AppLocale, value: string): string {
  const match = DAY.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return keptTogether(locale, dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date));
}

/** An ISO timestamp as a date and time on the register's clock (China Standard Time). */
export function formatTimestamp(locale: AppLocale, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return keptTogether(locale, dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(date));
}

/**
 * A decimal string ("1234.500000") with grouping and without trailing zeros: 1,234.5. The string
 * is formatted exactly (no floating-point rounding); at most `maximumFractionDigits` decimals.
 */
export function formatDecimal(locale: AppLocale, value: string | number, maximumFractionDigits = 6): string {
  const text = String(value).trim();
  if (!DECIMAL.test(text)) return text;
  return signFirst(locale, numberFormat(locale, { maximumFractionDigits }).format(text as Intl.StringNumericLiteral));
}

/**
 * A percentage given in percent ("30.0000" → 30%). With `fractionDigits`, always that many
 * decimals (a column of rates lines up: 93.0%, 87.7%); without, up to 4 and no trailing zeros.
 */
export function formatPercent(locale: AppLocale, percent: string, fractionDigits?: number): string {
  const text = percent.trim();
  if (!DECIMAL.test(text)) return text;
  const digits = fractionDigits === undefined ? { maximumFractionDigits: 4 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return signFirst(locale, numberFormat(locale, { style: "percent", ...digits }).format(`${text}E-2` as Intl.StringNumericLiteral));
}

/** A whole number with grouping (headcounts, result totals). */
export function formatCount(locale: AppLocale, value: number): string {
  return signFirst(locale, numberFormat(locale, { maximumFractionDigits: 0 }).format(value));
}

/**
 * An amount the register keeps in 万 (ten thousands: 万元, or ten thousands of a foreign currency),
 * written with the unit the locale's messages name (Common.amountWanYuan, Common.amountWanForeign).
 * Chinese and Uyghur count in 万 (50 万元, 50 تۈمەن يۈەن); English has no such unit ("50 ten
 * thousand yuan" reads badly, "10,000 ten thousand yuan" worse), so English gets the exact amount
 * in units: 500,000 yuan. Exact: the decimal point moves four places, no floating point.
 */
export function formatWanAmount(locale: AppLocale, value: string): string {
  return formatDecimal(locale, locale === "en" ? wanToUnits(value) : value);
}

/** "168.62" (万) → "1686200"; "-0.000053" → "-0.53". Anything not a decimal is returned unchanged. */
export function wanToUnits(value: string): string {
  const text = value.trim();
  if (!DECIMAL.test(text)) return text;
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const shifted = `${whole}${fraction.padEnd(4, "0").slice(0, 4)}`.replace(/^0+(?=\d)/, "");
  const rest = fraction.slice(4).replace(/0+$/, "");
  const result = rest ? `${shifted}.${rest}` : shifted;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}
