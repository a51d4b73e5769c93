import { z } from "zod";
import { checkUscc } from "@/lib/codes/credit-code";
import { isValidResidentId, normalizeResidentId } from "@/lib/codes/resident-id";
import { normalizeFilingCode } from "@/lib/auth/filing-codes";
import { passwordProblem } from "@/lib/auth/passwords";
import { parseFormFields, type FieldErrors, type FormParse } from "./form-data";

/**
 * The filer's sign-in, activation and reset forms. Messages are keys under `FilerAuth.errors`
 * in the catalogues, written there as instructions.
 */

/** The forms' names, for the problems their handlers send back (lib/forms/form-flash.ts). */
export const FILER_FORMS = { login: "filer-login", activate: "filer-activate", reset: "filer-reset" } as const;

export const LOGIN_FIELDS = ["uscc", "password"] as const;
export const ACTIVATE_FIELDS = ["uscc", "enterpriseName", "filingCode", "liaisonName", "liaisonPhone", "liaisonIdNumber", "password", "passwordConfirm"] as const;
export const RESET_FIELDS = ["uscc", "filingCode", "password", "passwordConfirm"] as const;

export type LoginField = (typeof LOGIN_FIELDS)[number];
export type ActivateField = (typeof ACTIVATE_FIELDS)[number];
export type ResetField = (typeof RESET_FIELDS)[number];

/** Every message key these schemas (and lib/auth/filer-accounts.ts) report. */
export const FILER_AUTH_ERROR_KEYS = [
  "usccRequired",
  "usccFormat",
  "usccCheck",
  "enterpriseNameRequired",
  "enterpriseNameTooLong",
  "liaisonNameRequired",
  "liaisonNameTooLong",
  "liaisonPhoneRequired",
  "liaisonPhoneFormat",
  "liaisonIdNumberRequired",
  "liaisonIdNumberFormat",
  "liaisonIdNumberCheck",
  "filingCodeRequired",
  "filingCodeFormat",
  "passwordRequired",
  "passwordTooShort",
  "passwordTooLong",
  "passwordIsCode",
  "passwordConfirmRequired",
  "passwordsDiffer",
  "signInFailed",
  "noMatch",
  "alreadyActive",
  "notActivated",
  "throttled",
] as const;
export type FilerAuthErrorKey = (typeof FILER_AUTH_ERROR_KEYS)[number];

const issue = (key: FilerAuthErrorKey) => key;

/** The enterprise's code, normalised (spaces, lower case, full width), with its check character. */
export const usccField = z.string().transform((value, context) => {
  const check = checkUscc(value);
  if (check.ok) return check.code;
  context.addIssue({
    code: "custom",
    message: issue(check.reason === "empty" ? "usccRequired" : check.reason === "check-character" ? "usccCheck" : "usccFormat"),
  });
  return z.NEVER;
});

const requiredText = (max: number, required: FilerAuthErrorKey, tooLong: FilerAuthErrorKey) =>
  z
    .string()
    .transform((value) => value.normalize("NFKC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, issue(required)).max(max, issue(tooLong)));

/** A mainland mobile number (11 digits from 1) or a landline with its area code (0991-1234567). */
export const phoneField = z
  .string()
  .transform((value) => value.normalize("NFKC").replace(/[\s()]/g, "").replace(/^\+?86(?=1)/, ""))
  .pipe(
    z
      .string()
      .min(1, issue("liaisonPhoneRequired"))
      .regex(/^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, issue("liaisonPhoneFormat")),
  );

const idNumberField = z.string().transform((value, context) => {
  const id = normalizeResidentId(value);
  if (id === "") context.addIssue({ code: "custom", message: issue("liaisonIdNumberRequired") });
  else if (!/^\d{17}[\dX]$/.test(id)) context.addIssue({ code: "custom", message: issue("liaisonIdNumberFormat") });
  else if (!isValidResidentId(id)) context.addIssue({ code: "custom", message: issue("liaisonIdNumberCheck") });
  else return id;
  return z.NEVER;
});

const filingCodeField = z.string().transform((value, context) => {
  if (value.trim() === "") {
    context.addIssue({ code: "custom", message: issue("filingCodeRequired") });
    return z.NEVER;
  }
  const code = normalizeFilingCode(value);
  if (code === null) {
    context.addIssue({ code: "custom", message: issue("filingCodeFormat") });
    return z.NEVER;
  }
  return code;
});

/**
 * A new password, twice. Checked apart from the schema so that its problems are listed with the
 * others' even when another field is wrong (the policy needs the enterprise's code, if valid).
 */
export function newPasswordErrors(fields: Record<string, string>): FieldErrors<"password" | "passwordConfirm"> {
  const errors: FieldErrors<"password" | "passwordConfirm"> = {};
  const password = fields.password ?? "";
  const confirm = fields.passwordConfirm ?? "";
  const uscc = checkUscc(fields.uscc ?? "");
  const problem = passwordProblem(password, { uscc: uscc.ok ? uscc.code : undefined });
  if (problem) errors.password = issue(problem);
  if (confirm === "") errors.passwordConfirm = issue("passwordConfirmRequired");
  else if (!problem && password !== confirm) errors.passwordConfirm = issue("passwordsDiffer");
  return errors;
}

// Passwords are taken exactly as typed: no trimming, no normalisation.
const loginSchema = z.object({
  uscc: usccField,
  password: z.string().min(1, issue("passwordRequired")).max(1000, issue("passwordTooLong")),
});

const activateSchema = z.object({
  uscc: usccField,
  enterpriseName: requiredText(100, "enterpriseNameRequired", "enterpriseNameTooLong"),
  liaisonName: requiredText(50, "liaisonNameRequired", "liaisonNameTooLong"),
  liaisonPhone: phoneField,
  liaisonIdNumber: idNumberField,
  filingCode: filingCodeField,
  password: z.string(),
});

const resetSchema = z.object({
  uscc: usccField,
  filingCode: filingCodeField,
  password: z.string(),
});

export type LoginInput = z.output<typeof loginSchema>;
export type ActivateInput = z.output<typeof activateSchema>;
export type ResetInput = z.output<typeof resetSchema>;

export function parseLoginForm(fields: Record<string, string>): FormParse<LoginInput, LoginField> {
  return parseFormFields(loginSchema, fields, LOGIN_FIELDS);
}

function withNewPassword<Output, Field extends string>(parsed: FormParse<Output, Field>, fields: Record<string, string>, order: readonly Field[]): FormParse<Output, Field> {
  const passwordErrors = newPasswordErrors(fields) as FieldErrors<Field>;
  if (parsed.ok && Object.keys(passwordErrors).length === 0) return parsed;
  const merged: FieldErrors<Field> = { ...(parsed.ok ? {} : parsed.fieldErrors), ...passwordErrors };
  const fieldErrors: FieldErrors<Field> = {};
  for (const field of order) if (merged[field] !== undefined) fieldErrors[field] = merged[field];
  return { ok: false, fieldErrors };
}

export function parseActivateForm(fields: Record<string, string>): FormParse<ActivateInput, ActivateField> {
  return withNewPassword(parseFormFields(activateSchema, fields, ACTIVATE_FIELDS), fields, ACTIVATE_FIELDS);
}

export function parseResetForm(fields: Record<string, string>): FormParse<ResetInput, ResetField> {
  return withNewPassword(parseFormFields(resetSchema, fields, RESET_FIELDS), fields, RESET_FIELDS);
}
