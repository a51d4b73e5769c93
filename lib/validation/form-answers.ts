import type { RawAnswers, RawRow } from "./annual-report";

/**
 * A question page's form as the draft keeps it: plain fields by name, table rows from
 * "rows.<index>.<field>" names. Only names of that shape are kept, values are cut at 1,000
 * characters and tables at 50 rows, so a crafted post cannot bloat a draft.
 */
const FIELD = /^[a-zA-Z]{1,40}$/;
const ROW_FIELD = /^rows\.(\d{1,2})\.([a-zA-Z]{1,40})$/;
const MAX_VALUE = 1000;
const MAX_ROWS = 50;

export function answersFromForm(form: FormData): RawAnswers {
  const answers: RawAnswers = {};
  const rows: RawRow[] = [];
  for (const [name, entry] of form.entries()) {
    if (typeof entry !== "string") continue;
    const value = entry.slice(0, MAX_VALUE);
    const row = ROW_FIELD.exec(name);
    if (row) {
      const index = Number(row[1]);
      if (index >= MAX_ROWS) continue;
      rows[index] ??= {};
      rows[index][row[2]] = value;
    } else if (FIELD.test(name) && name !== "intent" && name !== "from") {
      answers[name] = value;
    }
  }
  if (rows.length > 0) answers.rows = Array.from(rows, (row) => row ?? {});
  return answers;
}

/** Drops the rows left empty (the blank row the page offers, or one cleared by the filer). */
export function withoutBlankRows(answers: RawAnswers, { keepAll = false }: { keepAll?: boolean } = {}): RawAnswers {
  if (keepAll || !Array.isArray(answers.rows)) return answers;
  return { ...answers, rows: answers.rows.filter((row) => Object.values(row).some((value) => value.trim() !== "")) };
}
