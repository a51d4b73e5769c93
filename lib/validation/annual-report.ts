import { z } from "zod";
import { RECORD_TERMS } from "@/lib/dictionaries/record-terms";
import { amount, choice, compareDecimal, date, optionalDate, optionalEmail, optionalUscc, percentage, phone, postcode, text, webAddress, wholeNumber, yesNo } from "./annual-report-fields";

/**
 * The annual report a filer submits, one schema per question page (step). The same schemas
 * check a step when it is saved, the whole report on "check your answers", and the submission.
 * Messages are keys of Filing.errors (lib/validation/annual-report-fields.ts).
 */

export type ReportForm = "company" | "individual" | "cooperative";

export const STEP_IDS = ["basic", "websites", "shareholders", "investments", "assets", "guarantees", "equity-changes", "social-insurance"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The question pages of each form, in order. Individual businesses and cooperatives file the short form. */
export const STEPS_OF_FORM: Record<ReportForm, readonly StepId[]> = {
  company: STEP_IDS,
  individual: ["basic", "websites", "assets"],
  cooperative: ["basic", "websites", "assets"],
};

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** What a step's checks need besides its own answers. */
export type StepContext = { form: ReportForm; year: number; employees: number | null };

/** Rows of a repeating answer ("rows.0.name" …): blank rows are dropped before checking. */
export type RawRow = Record<string, string>;
export type RawAnswers = Record<string, string | RawRow[]>;

function rows<Row extends z.ZodType>(row: Row) {
  return z.preprocess((value): unknown[] => (Array.isArray(value) ? value.filter(isFilledRow) : []), z.array(row));
}

/**
 * A page that opens with a yes/no question ("Did the company have a website?"): answering no
 * drops whatever was typed in the rows below it, so it cannot block the page.
 */
function afterQuestion<Schema extends z.ZodType>(question: string, schema: Schema) {
  return z.preprocess((value) => (isRecord(value) && value[question] === "no" ? { ...value, rows: [] } : value), schema);
}

function isFilledRow(value: unknown): value is RawRow {
  return typeof value === "object" && value !== null && Object.values(value).some((field) => typeof field === "string" && field.trim() !== "");
}

function codes<Group extends keyof typeof RECORD_TERMS>(group: Group) {
  return Object.keys(RECORD_TERMS[group]) as [string, ...string[]];
}

const OPERATING_STATES = codes("operating-states");
const WEBSITE_KINDS = codes("website-kinds");
const CONTRIBUTION_METHODS = codes("contribution-methods");
const GUARANTEE_KINDS = codes("guarantee-kinds");
const GUARANTEE_PERIODS = codes("guarantee-periods");
const GUARANTEE_MODES = codes("guarantee-modes");
export const INSURANCE_KINDS = ["pension", "unemployment", "medical", "injury", "maternity"] as const;

function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string) {
  ctx.addIssue({ code: "custom", path, message });
}

/** A field the form does not ask (the short forms): always null. */
const none = z.preprocess(() => null, z.null());

function basicSchema({ form }: StepContext) {
  return z
    .object({
      phone: phone(),
      postcode: postcode(),
      address: text({ max: 200 }),
      email: optionalEmail(),
      employees: wholeNumber(),
      operatingState: choice(OPERATING_STATES),
      memberCount: form === "cooperative" ? wholeNumber() : none,
    });
}

function websitesSchema() {
  return afterQuestion(
    "hasWebsite",
    z
    .object({
      hasWebsite: yesNo,
      rows: rows(z.object({ kind: choice(WEBSITE_KINDS), name: text({ max: 100 }), url: webAddress() })),
    })
    .superRefine((value, ctx) => {
      if (value.hasWebsite === "yes" && value.rows.length === 0) issue(ctx, ["rows"], "rowsRequired");
    })
    .transform((value) => ({ ...value, rows: value.hasWebsite === "yes" ? value.rows : [] })),
  );
}

function shareholdersSchema() {
  return z
    .object({
      rows: rows(
        z
          .object({
            name: text({ max: 100 }),
            subscribed: amount(),
            subscribedOn: optionalDate(),
            subscribedVia: choice(CONTRIBUTION_METHODS),
            paid: amount(),
            paidOn: optionalDate(),
            paidVia: z.preprocess((value) => (typeof value === "string" && value !== "" ? value : null), z.string().nullable()),
          })
          .superRefine((row, ctx) => {
            if (compareDecimal(row.paid, row.subscribed) > 0) issue(ctx, ["paid"], "paidAboveSubscribed");
            if (compareDecimal(row.paid, "0") > 0 && (row.paidVia === null || !CONTRIBUTION_METHODS.includes(row.paidVia))) issue(ctx, ["paidVia"], "choose");
          }),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.rows.length === 0) issue(ctx, ["rows"], "rowsRequired");
    });
}

function investmentsSchema() {
  return afterQuestion(
    "hasInvestments",
    z
    .object({
      hasInvestments: yesNo,
      rows: rows(z.object({ name: text({ max: 100 }), uscc: optionalUscc() })),
    })
    .superRefine((value, ctx) => {
      if (value.hasInvestments === "yes" && value.rows.length === 0) issue(ctx, ["rows"], "rowsRequired");
    })
    .transform((value) => ({ ...value, rows: value.hasInvestments === "yes" ? value.rows : [] })),
  );
}


function assetsSchema({ form }: StepContext) {
  const isCompany = form === "company";
  return z
    .object({
      publish: yesNo,
      totalAssets: isCompany ? amount() : none,
      ownersEquity: isCompany ? amount({ negative: true }) : none,
      totalRevenue: amount(),
      mainRevenue: isCompany ? amount() : none,
      totalProfit: form === "individual" ? none : amount({ negative: true }),
      netProfit: isCompany ? amount({ negative: true }) : none,
      taxPaid: amount(),
      totalLiabilities: isCompany ? amount() : none,
    })
    .superRefine((value, ctx) => {
      if (value.mainRevenue !== null && compareDecimal(value.mainRevenue, value.totalRevenue) > 0) issue(ctx, ["mainRevenue"], "mainRevenueAboveTotal");
    });
}

function guaranteesSchema() {
  return afterQuestion(
    "hasGuarantees",
    z
    .object({
      publish: yesNo,
      hasGuarantees: yesNo,
      rows: rows(
        z
          .object({
            creditor: text({ max: 100 }),
            debtor: text({ max: 100 }),
            kind: choice(GUARANTEE_KINDS),
            amount: amount(),
            termFrom: date(),
            termTo: date(),
            period: choice(GUARANTEE_PERIODS),
            mode: choice(GUARANTEE_MODES),
          })
          .superRefine((row, ctx) => {
            if (row.termTo < row.termFrom) issue(ctx, ["termTo"], "termOrder");
          }),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.hasGuarantees === "yes" && value.rows.length === 0) issue(ctx, ["rows"], "rowsRequired");
    })
    .transform((value) => ({ ...value, rows: value.hasGuarantees === "yes" ? value.rows : [] })),
  );
}

function equityChangesSchema({ year }: StepContext) {
  return afterQuestion(
    "hasEquityTransfer",
    z
    .object({
      hasEquityTransfer: yesNo,
      rows: rows(
        z.object({ shareholderName: text({ max: 100 }), ratioBefore: percentage(), ratioAfter: percentage(), changedOn: date({ inYear: year }) }),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.hasEquityTransfer === "yes" && value.rows.length === 0) issue(ctx, ["rows"], "rowsRequired");
    })
    .transform((value) => ({ ...value, rows: value.hasEquityTransfer === "yes" ? value.rows : [] })),
  );
}

function socialInsuranceSchema({ employees }: StepContext) {
  const row = z.object({ insuredCount: wholeNumber(), contributionBase: amount(), paid: amount(), arrears: amount() });
  return z
    .object({
      publish: yesNo,
      // One row per kind, in INSURANCE_KINDS order; every kind is answered (0 when none).
      rows: z.preprocess((value) => INSURANCE_KINDS.map((_, index) => (Array.isArray(value) && isRecord(value[index]) ? value[index] : {})), z.array(row)),
    })
    .superRefine((value, ctx) => {
      value.rows.forEach((insurance, index) => {
        if (employees !== null && insurance.insuredCount > employees) issue(ctx, ["rows", index, "insuredCount"], "insuredAboveEmployees");
      });
    })
    .transform((value) => ({ ...value, rows: value.rows.map((insurance, index) => ({ kind: INSURANCE_KINDS[index], ...insurance })) }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export const STEP_SCHEMAS = {
  basic: basicSchema,
  websites: websitesSchema,
  shareholders: shareholdersSchema,
  investments: investmentsSchema,
  assets: assetsSchema,
  guarantees: guaranteesSchema,
  "equity-changes": equityChangesSchema,
  "social-insurance": socialInsuranceSchema,
} as const;

export type StepAnswers = { [Step in StepId]: z.output<ReturnType<(typeof STEP_SCHEMAS)[Step]>> };

/** A problem with an answer: where (the field's path) and which message key. */
export type AnswerProblem = { path: (string | number)[]; message: string };

export type StepCheck<Step extends StepId> = { ok: true; value: StepAnswers[Step] } | { ok: false; problems: AnswerProblem[] };

export function checkStep<Step extends StepId>(step: Step, raw: unknown, context: StepContext): StepCheck<Step> {
  const schema = STEP_SCHEMAS[step](context) as unknown as z.ZodType<StepAnswers[Step]>;
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((problem) => ({ path: problem.path.map((part) => (typeof part === "symbol" ? String(part) : part)), message: problem.message })) };
}

/** A whole report's answers, every step of its form checked (the submission). */
export type ReportAnswers = Partial<StepAnswers> & { basic: StepAnswers["basic"]; websites: StepAnswers["websites"]; assets: StepAnswers["assets"] };

export type ReportCheck = { ok: true; value: ReportAnswers } | { ok: false; invalidSteps: StepId[] };

export function checkReport(raw: Partial<Record<StepId, unknown>>, { form, year }: { form: ReportForm; year: number }): ReportCheck {
  const basic = checkStep("basic", raw.basic, { form, year, employees: null });
  const employees = basic.ok ? basic.value.employees : null;
  const value: Partial<StepAnswers> = {};
  const invalidSteps: StepId[] = [];
  for (const step of STEPS_OF_FORM[form]) {
    const checked = checkStep(step, raw[step], { form, year, employees });
    if (checked.ok) (value as Record<StepId, unknown>)[step] = checked.value;
    else invalidSteps.push(step);
  }
  if (invalidSteps.length > 0) return { ok: false, invalidSteps };
  return { ok: true, value: value as ReportAnswers };
}
