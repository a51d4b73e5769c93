import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/locales";

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
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** "2024-05-01" → 2024年5月1日 / 1-ماي، 2024 / 1 May 2024. Anything else is returned unchanged. */
export function formatDay(locale: AppLocale, value: string): string {
  const match = DAY.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An ISO timestamp as a date and time on the register's clock (China Standard Time). */
export function formatTimestamp(locale: AppLocale, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(date);
}

/**
 * A decimal string ("1234.500000") with grouping and without trailing zeros: 1,234.5. The string
 * is formatted exactly (no floating-point rounding); at most `maximumFractionDigits` decimals.
 */
export function formatDecimal(locale: AppLocale, value: string | number, maximumFractionDigits = 6): string {
  const text = String(value).trim();
  if (!DECIMAL.test(text)) return text;
  return numberFormat(locale, { maximumFractionDigits }).format(text as Intl.StringNumericLiteral);
}

/** A percentage given in percent ("30.0000" → 30%). */
export function formatPercent(locale: AppLocale, percent: string): string {
  const text = percent.trim();
  if (!DECIMAL.test(text)) return text;
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 4 }).format(
    `${text}E-2` as Intl.StringNumericLiteral,
  );
}

/** A whole number with grouping (headcounts, result totals). */
export function formatCount(locale: AppLocale, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
