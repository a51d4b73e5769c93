import type { AppLocale } from "@/i18n/routing";
import { termLabel } from "@/lib/dictionaries";
import type { AnswerProblem, ReportForm, StepId } from "@/lib/validation/annual-report";
import { stepSpec } from "./step-fields";

/** next-intl's translator for the Filing namespace, loosely typed (keys are built from data). */
export type FilingTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** The id of the input an answer's path names ("rows.0.url" → "f-rows-0-url"). */
export function fieldId(path: readonly (string | number)[]): string {
  return ["f", ...path].join("-");
}

/** The label of a field as the form shows it. */
export function fieldLabel(t: FilingTranslator, step: StepId, name: string): string {
  if (name === "publish") return t(`fields.publish.${step}`);
  return t(`fields.${step}.${name}`);
}

/**
 * The field's name inside an instruction ("Enter {field}"). English capitalises labels but not
 * nouns in the middle of a sentence; Chinese and Uyghur have no capitals.
 */
function inSentence(label: string, locale: AppLocale): string {
  if (locale !== "en" || !/^[A-Z][a-z]/.test(label)) return label;
  return label[0].toLowerCase() + label.slice(1);
}

/** The words of one problem, as the error summary and the field show it. */
export function problemText({ t, locale, step, form, year, problem }: { t: FilingTranslator; locale: AppLocale; step: StepId; form: ReportForm; year: number; problem: AnswerProblem }): string {
  const [first, index, name] = problem.path;
  let field: string;
  if (first === "rows" && typeof index === "number" && typeof name === "string") {
    const fixed = stepSpec(step, form).rows?.fixed;
    const row = fixed ? termLabel("insurance-kinds", fixed[index], locale) : String(index + 1);
    field = t("rowField", { field: inSentence(fieldLabel(t, step, name), locale), row });
  } else {
    field = inSentence(fieldLabel(t, step, typeof first === "string" ? first : "rows"), locale);
  }
  return t(`errors.${problem.message}`, { field, year: String(year) });
}

/** Problems keyed by the id of their input, for the inline messages. */
export function problemsByField(args: { t: FilingTranslator; locale: AppLocale; step: StepId; form: ReportForm; year: number; problems: AnswerProblem[] }): Map<string, string> {
  const byField = new Map<string, string>();
  for (const problem of args.problems) {
    const id = fieldId(problem.path);
    if (!byField.has(id)) byField.set(id, problemText({ ...args, problem }));
  }
  return byField;
}
