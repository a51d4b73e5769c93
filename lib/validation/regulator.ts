import { z } from "zod";
import { parseFormFields, type FormParse } from "./form-data";
import { usccField } from "./filer-auth";

/** The regulator's sign-in and filing-code forms. Messages are keys under `Regulator.errors`. */
export const REGULATOR_FORMS = { login: "regulator-login", issueCode: "regulator-issue-code" } as const;

export const REGULATOR_LOGIN_FIELDS = ["username", "password"] as const;
export const ISSUE_CODE_FIELDS = ["uscc"] as const;

export type RegulatorLoginField = (typeof REGULATOR_LOGIN_FIELDS)[number];
export type IssueCodeField = (typeof ISSUE_CODE_FIELDS)[number];

const loginSchema = z.object({
  username: z.string().trim().min(1, "usernameRequired").max(100, "signInFailed"),
  password: z.string().min(1, "passwordRequired").max(1000, "signInFailed"),
});

const issueCodeSchema = z.object({ uscc: usccField });

export type RegulatorLoginInput = z.output<typeof loginSchema>;
export type IssueCodeInput = z.output<typeof issueCodeSchema>;

export function parseRegulatorLoginForm(fields: Record<string, string>): FormParse<RegulatorLoginInput, RegulatorLoginField> {
  return parseFormFields(loginSchema, fields, REGULATOR_LOGIN_FIELDS);
}

export function parseIssueCodeForm(fields: Record<string, string>): FormParse<IssueCodeInput, IssueCodeField> {
  return parseFormFields(issueCodeSchema, fields, ISSUE_CODE_FIELDS);
}
