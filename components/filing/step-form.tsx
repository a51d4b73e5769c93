import type { AppLocale } from "@/i18n/routing";
import { listTerms, termLabel } from "@/lib/dictionaries";
import { formatDay } from "@/lib/i18n/format-values";
import type { RawAnswers, RawRow, ReportForm, StepId } from "@/lib/validation/annual-report";
import { FormField, type FieldControlProps } from "@/components/ui/form-field";
import { Radios } from "@/components/ui/radios";
import { fieldId, fieldLabel, type FilingTranslator } from "./answer-problems";
import { stepSpec, type FieldSpec } from "./step-fields";

/** Rows a table may hold; the page always offers one empty row to fill in. */
export const MAX_ROWS = 30;

type StepFormProps = {
  t: FilingTranslator;
  locale: AppLocale;
  action: string;
  step: StepId;
  form: ReportForm;
  answers: RawAnswers;
  /** Messages by input id (answer-problems.ts). */
  errors: Map<string, string>;
  returnToCheck: boolean;
};

const INPUT_ATTRIBUTES: Record<Exclude<FieldSpec["kind"], "choice" | "long-text">, React.InputHTMLAttributes<HTMLInputElement>> = {
  text: { type: "text", autoComplete: "off" },
  amount: { type: "text", inputMode: "decimal", dir: "ltr", autoComplete: "off", spellCheck: false },
  "signed-amount": { type: "text", inputMode: "text", dir: "ltr", autoComplete: "off", spellCheck: false },
  count: { type: "text", inputMode: "numeric", dir: "ltr", autoComplete: "off", spellCheck: false },
  percent: { type: "text", inputMode: "decimal", dir: "ltr", autoComplete: "off", spellCheck: false },
  date: { type: "date", dir: "ltr" },
  tel: { type: "tel", dir: "ltr", autoComplete: "tel" },
  email: { type: "email", dir: "ltr", autoComplete: "email", spellCheck: false },
  url: { type: "url", dir: "ltr", spellCheck: false },
  postcode: { type: "text", inputMode: "numeric", dir: "ltr", autoComplete: "postal-code", spellCheck: false },
  code: { type: "text", dir: "ltr", autoCapitalize: "characters", spellCheck: false },
};

const WIDTHS: Partial<Record<FieldSpec["kind"], string>> = {
  amount: "max-w-56",
  "signed-amount": "max-w-56",
  count: "max-w-32",
  percent: "max-w-32",
  postcode: "max-w-32",
  date: "max-w-52",
  tel: "max-w-64",
  code: "max-w-80",
};

/**
 * One question page of the annual report: its inputs filled with the draft's answers, each
 * problem next to its input, "Save and continue" and "Save and come back later". Works without
 * JavaScript: adding or removing a table row is a save that comes back to the page.
 */
export function StepForm({ t, locale, action, step, form, answers, errors, returnToCheck }: StepFormProps) {
  const spec = stepSpec(step, form);
  const value = (name: string) => (typeof answers[name] === "string" ? (answers[name] as string) : "");
  const savedRows = Array.isArray(answers.rows) ? answers.rows : [];
  const rows: RawRow[] = spec.rows?.fixed
    ? spec.rows.fixed.map((_, index) => savedRows[index] ?? {})
    : [...savedRows, {}].slice(0, MAX_ROWS);
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];

  return (
    <form method="post" action={action} noValidate className="space-y-6">
      {returnToCheck ? <input type="hidden" name="from" value="check" /> : null}
      {spec.hasPublishChoice ? (
        <Radios
          id={fieldId(["publish"])}
          name="publish"
          legend={fieldLabel(t, step, "publish")}
          hint={t("hints.publish")}
          error={errors.get(fieldId(["publish"]))}
          options={[
            { value: "yes", label: t("publishYes") },
            { value: "no", label: t("publishNo") },
          ]}
          value={value("publish")}
        />
      ) : null}
      {spec.question ? (
        <Radios
          id={fieldId([spec.question])}
          name={spec.question}
          legend={fieldLabel(t, step, spec.question)}
          error={errors.get(fieldId([spec.question]))}
          options={yesNo}
          value={value(spec.question)}
          isInline
        />
      ) : null}
      {spec.fields.map((field) => (
        <Field key={field.name} t={t} locale={locale} step={step} field={field} path={[field.name]} value={value(field.name)} errors={errors} />
      ))}
      {spec.rows ? (
        <div id={fieldId(["rows"])} tabIndex={-1} className="space-y-6">
          {spec.question ? <p className="text-ink-secondary">{t(`hints.${step}.rows`)}</p> : null}
          {errors.get(fieldId(["rows"])) ? <p className="font-bold text-error">{errors.get(fieldId(["rows"]))}</p> : null}
          {rows.map((row, index) => {
            const fixedKind = spec.rows?.fixed?.[index];
            const legend = fixedKind ? termLabel("insurance-kinds", fixedKind, locale) : t(`rowLegend.${step}`, { row: index + 1 });
            const isBlank = !fixedKind && index === savedRows.length;
            return (
              <fieldset key={index} className="border border-rule p-4">
                <legend className="px-1 text-lg font-bold">{isBlank && savedRows.length > 0 ? t("rowLegendNew", { legend }) : legend}</legend>
                <div className="grid gap-4 sm:grid-cols-2">
                  {spec.rows!.fields.map((field) => (
                    <Field
                      key={field.name}
                      t={t}
                      locale={locale}
                      step={step}
                      field={field}
                      path={["rows", index, field.name]}
                      value={row[field.name] ?? ""}
                      errors={errors}
                      isInRow
                    />
                  ))}
                </div>
                {!fixedKind && !isBlank ? (
                  <button type="submit" name="intent" value={`remove-${index}`} className="button-secondary mt-4">
                    {t("removeRow", { legend })}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          {!spec.rows.fixed && rows.length < MAX_ROWS ? (
            <button type="submit" name="intent" value="add" className="button-secondary">
              {t(`addRow.${step}`)}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-4 pt-2">
        <button type="submit" name="intent" value="continue" className="button-primary">
          {t("saveAndContinue")}
        </button>
        <button type="submit" name="intent" value="later" className="button-secondary">
          {t("saveAndComeBack")}
        </button>
      </div>
    </form>
  );
}

type FieldProps = {
  t: FilingTranslator;
  locale: AppLocale;
  step: StepId;
  field: FieldSpec;
  path: (string | number)[];
  value: string;
  errors: Map<string, string>;
  isInRow?: boolean;
};

/**
 * The example under a date field, written as dates are written on the site: the field is the
 * browser's date picker, which shows dates in the browser's own format, so "2025-03-31" would
 * describe a format the filer never sees.
 */
const DATE_EXAMPLE = "2025-03-31";

function Field({ t, locale, step, field, path, value, errors, isInRow = false }: FieldProps) {
  const id = fieldId(path);
  const name = path.join(".");
  const label = fieldLabel(t, step, field.name);
  const hintKey = `hints.${step}.${field.name}`;
  const isAmount = field.kind === "amount" || field.kind === "signed-amount";
  const hint = field.hasHint && t.has(hintKey) ? t(hintKey) : isAmount ? t("hints.amount") : field.kind === "date" ? t("hints.date", { example: formatDay(locale, DATE_EXAMPLE) }) : undefined;
  const error = errors.get(id);
  const unit = isAmount ? t("unitWan") : field.kind === "percent" ? "%" : null;

  if (field.kind === "choice" && field.options && field.options !== "yes-no") {
    const options = listTerms(field.options).map((term) => ({ value: term.code, label: term.names[locale] }));
    if (!isInRow) return <Radios id={id} name={name} legend={label} hint={hint} error={error} options={options} value={value} />;
    return (
      <FormField id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <select {...control} name={name} defaultValue={value} className="input-text">
            <option value="">{t("choose")}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
    );
  }
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => <Input control={control} field={field} name={name} value={value} unit={unit} />}
    </FormField>
  );
}

function Input({ control, field, name, value, unit }: { control: FieldControlProps; field: FieldSpec; name: string; value: string; unit: string | null }) {
  if (field.kind === "long-text") return <textarea {...control} name={name} defaultValue={value} rows={2} className="input-text" />;
  const attributes = INPUT_ATTRIBUTES[field.kind as keyof typeof INPUT_ATTRIBUTES];
  const input = <input {...control} {...attributes} name={name} defaultValue={value} className={`input-text ${WIDTHS[field.kind] ?? ""}`} />;
  if (!unit) return input;
  return (
    <div className="flex items-center gap-2">
      {input}
      <span className="shrink-0">
        {unit}
      </span>
    </div>
  );
}
