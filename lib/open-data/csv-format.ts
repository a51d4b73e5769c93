/**
 * How a bulk-data row is written as CSV (RFC 4180) and as a JSON line. One value type for both, so
 * the two files of a kind hold the same rows and columns.
 *
 * CSV choices (documented on /{locale}/data and in README):
 * - UTF-8 with a byte-order mark: Excel on Chinese Windows opens BOM-less UTF-8 as GBK and shows
 *   Chinese and Uyghur as mojibake; with the BOM it opens them right. Most CSV readers skip the
 *   BOM (Python: `encoding="utf-8-sig"`).
 * - CRLF line ends, a header row, fields quoted only when they hold a comma, a double quote, CR or
 *   LF (quotes doubled); null is an empty field; booleans are `true`/`false`; a list (a penalty's
 *   kinds) is its codes joined with `;`.
 * - Values are written exactly as registered, never altered (no "formula injection" prefixes):
 *   the JSON lines are the machine format, and the files must say what the register says.
 */

export type Cell = string | number | boolean | null | readonly string[];

export const UTF8_BOM = "\uFEFF";

/** The separator of list values inside one CSV field. */
export const CSV_LIST_SEPARATOR = ";";

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF. */
export function csvRecord(values: readonly Cell[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** One JSON line: the row as an object whose keys are the columns, in order. */
export function jsonLine(columns: readonly string[], values: readonly Cell[]): string {
  const row: Record<string, Cell> = {};
  columns.forEach((column, index) => {
    row[column] = values[index];
  });
  return `${JSON.stringify(row)}\n`;
}
