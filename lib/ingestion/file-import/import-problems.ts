/**
 * Problems with a line of an import file that stop it being a record at all (not UTF-8, not
 * JSON, a CSV row with the wrong number of cells…), next to the record problems the ingestion
 * engine finds (lib/ingestion/record-problems.ts). Both are written to the rejected-lines report
 * with a sentence in the operator's language (messages DataImport.problems for these).
 */
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { catalogue } from "@/lib/i18n/catalogues";
import { describeProblems, type Problem } from "@/lib/ingestion/record-problems";
import type { FieldProblem } from "@/lib/ingestion/results";

export const LINE_PROBLEM_REASONS = ["not-utf8", "line-too-long", "malformed-json", "malformed-array", "cell-count", "unclosed-quote", "stray-quote"] as const;
export type LineProblemReason = (typeof LINE_PROBLEM_REASONS)[number];

const LINE_REASONS = new Set<string>(LINE_PROBLEM_REASONS);

/** Record and line problems with their sentence in `locale`. */
export function describeImportProblems(problems: readonly Problem[], locale: AppLocale): FieldProblem[] {
  const described = describeProblems(problems, locale);
  if (!problems.some((problem) => LINE_REASONS.has(problem.reason))) return described;
  const t = createTranslator({ locale, messages: catalogue(locale), namespace: "DataImport.problems" });
  return problems.map((problem, index) => {
    if (!LINE_REASONS.has(problem.reason)) return described[index];
    const { field, reason, expected } = problem;
    return {
      field,
      reason,
      detail: t(reason as LineProblemReason, { field: field || "—", expected: expected ?? "" }),
      ...(expected !== undefined ? { expected } : {}),
    };
  });
}
