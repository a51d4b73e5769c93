import type { z } from "zod";

/** A form's problems: the first message key for each field that has one. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export type FormParse<Output, Field extends string> = { ok: true; data: Output } | { ok: false; fieldErrors: FieldErrors<Field> };

/** The text fields of a posted form as an object (files and repeated names ignored). */
export function formFields(form: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    fields[name] = typeof value === "string" ? value : "";
  }
  return fields;
}

/**
 * Runs a form's schema over its fields and keeps, per field, the first problem's message key
 * (GOV.UK: one message per field, the most useful first).
 */
export function parseFormFields<Schema extends z.ZodType, Field extends string>(
  schema: Schema,
  fields: Record<string, string>,
  names: readonly Field[],
): FormParse<z.output<Schema>, Field> {
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors<Field> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? names[0]) as Field;
    if (names.includes(field) && fieldErrors[field] === undefined) fieldErrors[field] = issue.message;
  }
  return { ok: false, fieldErrors };
}
