import { createTranslator } from "next-intl";
import type { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import { routing } from "@/i18n/routing";
import { catalogue } from "@/lib/i18n/catalogues";
import type { FieldProblem } from "./results";

/**
 * Problems with a sent record, as the sender reads them: the field's path in the record
 * ("fineYuan", "kinds/2", "revoked/on"), a stable reason code a program can act on, and a
 * sentence in the sender's language (Accept-Language; messages namespace IngestProblems).
 */
export type Problem = { field: string; reason: string; expected?: string };

/** The reason codes with a sentence in the catalogues (messages IngestProblems.reasons). */
export const PROBLEM_REASONS = [
  "required",
  "wrong-type",
  "too-short",
  "too-long",
  "too-few",
  "too-many",
  "too-small",
  "too-large",
  "unknown-code",
  "invalid-format",
  "unknown-field",
  "invalid-characters",
  "invalid-date",
  "date-in-future",
  "date-too-early",
  "date-order",
  "invalid-decimal",
  "fine-required",
  "fine-not-allowed",
  "duplicate-value",
  "invalid-resident-id",
  "wrong-removal-reason",
  "invalid-code",
  "check-character",
  "pilot-code",
  "unknown-enterprise",
  "enterprise-mismatch",
  "other-authority",
  "duplicate-in-batch",
  "registration-number-taken",
  "not-found",
  "not-revocable",
  "already-revoked",
  "already-removed",
  "published-late",
  "invalid-record",
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

const KNOWN = new Set<string>(PROBLEM_REASONS);

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join("/");
}

function listOf(values: readonly unknown[]): string {
  return values.length <= 12 ? values.map(String).join(", ") : `${values.slice(0, 12).map(String).join(", ")}, …`;
}

/** The value at `path` in what was sent (undefined when a member on the way is missing). */
function valueAt(payload: unknown, path: readonly PropertyKey[]): unknown {
  let value = payload;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The problems of a failed zod parse of `payload`, one per issue (an unknown member is one per member). */
export function problemsFromZod(error: z.ZodError, payload: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const field = pathOf(issue.path);
    switch (issue.code) {
      case "invalid_type":
        problems.push(valueAt(payload, issue.path) === undefined ? { field, reason: "required" } : { field, reason: "wrong-type", expected: issue.expected });
        break;
      case "too_small":
        if (issue.origin === "string") problems.push(Number(issue.minimum) <= 1 ? { field, reason: "required" } : { field, reason: "too-short", expected: String(issue.minimum) });
        else if (issue.origin === "array") problems.push({ field, reason: "too-few", expected: String(issue.minimum) });
        else problems.push({ field, reason: "too-small", expected: String(issue.minimum) });
        break;
      case "too_big":
        if (issue.origin === "string") problems.push({ field, reason: "too-long", expected: String(issue.maximum) });
        else if (issue.origin === "array") problems.push({ field, reason: "too-many", expected: String(issue.maximum) });
        else problems.push({ field, reason: "too-large", expected: String(issue.maximum) });
        break;
      case "invalid_value":
        problems.push({ field, reason: "unknown-code", expected: listOf(issue.values) });
        break;
      case "invalid_format":
        problems.push({ field, reason: issue.format === "regex" && /\\d\{4\}-/.test(String(issue.pattern ?? "")) ? "invalid-date" : "invalid-format" });
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) problems.push({ field: pathOf([...issue.path, key]), reason: "unknown-field" });
        break;
      case "invalid_union":
        problems.push({ field, reason: "wrong-type" });
        break;
      case "custom":
        problems.push({ field, reason: KNOWN.has(issue.message) ? issue.message : "invalid-record" });
        break;
      default:
        problems.push({ field, reason: "invalid-record" });
    }
  }
  return problems;
}

/** The sender's language from Accept-Language (zh, ug or en; zh when none matches). */
export function localeFromAcceptLanguage(header: string | null): AppLocale {
  if (!header) return routing.defaultLocale;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...parameters] = part.trim().split(";");
      const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { language } of ranked) {
    if ((routing.locales as readonly string[]).includes(language)) return language as AppLocale;
  }
  return routing.defaultLocale;
}

/** Problems with their sentence in `locale`. */
const reasonTranslators = new Map<AppLocale, (key: ProblemReason, values: Record<string, string>) => string>();

function reasonTranslator(locale: AppLocale) {
  let translate = reasonTranslators.get(locale);
  if (!translate) {
    const t = createTranslator({ locale, messages: catalogue(locale), namespace: "IngestProblems.reasons" });
    translate = (key, values) => t(key, values);
    reasonTranslators.set(locale, translate);
  }
  return translate;
}

export function describeProblems(problems: readonly Problem[], locale: AppLocale): FieldProblem[] {
  if (problems.length === 0) return [];
  const t = reasonTranslator(locale);
  return problems.map(({ field, reason, expected }) => ({
    field,
    reason,
    detail: t(KNOWN.has(reason) ? (reason as ProblemReason) : "invalid-record", { field: field || "—", expected: expected ?? "" }),
    ...(expected !== undefined ? { expected } : {}),
  }));
}

/** One sentence for a whole request, in `locale` (messages IngestProblems.request). */
export function describeRequestProblem(
  key: "unauthorized" | "forbidden-kind" | "unknown-kind" | "media-type" | "malformed-json" | "body-shape" | "too-many-records" | "too-large" | "empty-batch" | "rejected",
  locale: AppLocale,
  values: Record<string, string | number> = {},
): string {
  const t = createTranslator({ locale, messages: catalogue(locale), namespace: "IngestProblems.request" });
  return t(key, values);
}
