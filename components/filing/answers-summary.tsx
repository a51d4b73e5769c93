import type { AppLocale } from "@/i18n/routing";
import { termLabel } from "@/lib/dictionaries";
import { filingPaths } from "@/lib/filing/filing-paths";
import { formatDay } from "@/lib/i18n/format-values";
import type { DraftAnswers } from "@/lib/records/annual-report-filing";
import { STEPS_OF_FORM, type RawRow, type ReportForm, type StepId } from "@/lib/validation/annual-report";
import { DataText } from "@/components/ui/data-text";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import { fieldLabel, type FilingTranslator } from "./answer-problems";
import { stepSpec, type FieldSpec } from "./step-fields";

type AnswersSummaryProps = {
  t: FilingTranslator;
  locale: AppLocale;
  uscc: string;
  year: number;
  form: ReportForm;
  answers: DraftAnswers;
  invalidSteps: readonly StepId[];
};

/**
 * Check your answers: every page's answers as the filer typed them (dates written out), each section with a change
 * link back to its page (which returns here), and the pages still to complete marked.
 */
export function AnswersSummary({ t, locale, uscc, year, form, answers, invalidSteps }: AnswersSummaryProps) {
  const paths = filingPaths(locale, uscc);
  return (
    <div className="space-y-10">
      {STEPS_OF_FORM[form].map((step) => {
        const spec = stepSpec(step, form);
        const raw = answers[step] ?? {};
        const value = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
        const rows: SummaryRow[] = [];
        if (spec.hasPublishChoice) rows.push({ key: "publish", label: fieldLabel(t, step, "publish"), value: choiceText(t, value("publish"), "publish") });
        if (spec.question) rows.push({ key: spec.question, label: fieldLabel(t, step, spec.question), value: choiceText(t, value(spec.question), "yes-no") });
        for (const field of spec.fields) rows.push({ key: field.name, label: fieldLabel(t, step, field.name), value: fieldText(t, locale, field, value(field.name)) });
        if (spec.rows && !(spec.question && value(spec.question) === "no")) {
          const tableRows = Array.isArray(raw.rows) ? raw.rows : [];
          tableRows.forEach((row, index) => {
            const fixed = spec.rows?.fixed?.[index];
            rows.push({
              key: `row-${index}`,
              label: fixed ? termLabel("insurance-kinds", fixed, locale) : t(`rowLegend.${step}`, { row: index + 1 }),
              value: <RowText t={t} locale={locale} step={step} fields={spec.rows!.fields} row={row} />,
            });
          });
        }
        const isInvalid = invalidSteps.includes(step);
        return (
          <section key={step} aria-labelledby={`check-${step}`}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`check-${step}`} className="text-xl font-bold">
                {t(`steps.${step}.title`)}
              </h2>
              <a href={paths.step(year, step, { fromCheck: true, errors: isInvalid })} className="font-bold">
                {t("change")}
                <span className="sr-only"> {t(`steps.${step}.title`)}</span>
              </a>
            </div>
            {isInvalid ? <p className="mb-2 font-bold text-error">{t("stepIncomplete")}</p> : null}
            <SummaryList rows={rows} />
          </section>
        );
      })}
    </div>
  );
}

function notAnswered(t: FilingTranslator): React.ReactNode {
  return <span className="text-ink-secondary">{t("notAnswered")}</span>;
}

function choiceText(t: FilingTranslator, value: string, kind: "publish" | "yes-no"): React.ReactNode {
  if (value === "") return notAnswered(t);
  if (kind === "publish") return value === "yes" ? t("publishYes") : t("publishNo");
  return value === "yes" ? t("yes") : t("no");
}

/** Short left-to-right values (numbers, phone numbers, codes) are never broken across lines. */
const WHOLE_VALUE_KINDS = new Set(["count", "tel", "postcode", "code"]);

function fieldText(t: FilingTranslator, locale: AppLocale, field: FieldSpec, value: string): React.ReactNode {
  if (value.trim() === "") return notAnswered(t);
  if (field.kind === "choice" && field.options && field.options !== "yes-no") return termLabel(field.options, value, locale);
  if (field.kind === "amount" || field.kind === "signed-amount") {
    return (
      <>
        <bdi dir="ltr" className="whitespace-nowrap">{value}</bdi> {t("unitWan")}
      </>
    );
  }
  if (field.kind === "percent") return <bdi dir="ltr" className="whitespace-nowrap">{value}%</bdi>;
  // A date as every other page writes it (formatDay leaves anything not a valid day as typed).
  if (field.kind === "date") return <bdi className="whitespace-nowrap">{formatDay(locale, value)}</bdi>;
  if (WHOLE_VALUE_KINDS.has(field.kind)) return <bdi dir="ltr" className="whitespace-nowrap">{value}</bdi>;
  if (field.kind === "email" || field.kind === "url") return <bdi dir="ltr" className="wrap-anywhere">{value}</bdi>;
  // Names and addresses as the filer typed them, in their own language.
  return <DataText text={value} />;
}

function RowText({ t, locale, step, fields, row }: { t: FilingTranslator; locale: AppLocale; step: StepId; fields: FieldSpec[]; row: RawRow }) {
  return (
    <ul className="space-y-0.5">
      {fields.map((field) => (
        <li key={field.name}>
          <span className="text-ink-secondary">{fieldLabel(t, step, field.name)}:</span> {fieldText(t, locale, field, row[field.name] ?? "")}
        </li>
      ))}
    </ul>
  );
}
