import { STEPS_OF_FORM, type ReportForm, type StepId } from "@/lib/validation/annual-report";

/** The addresses of a filer's pages (the same in every locale; docs: README "Filing"). */
export function filingPaths(locale: string, uscc: string) {
  const base = `/${locale}/filing/${uscc}`;
  const report = (year: number) => `${base}/reports/${year}`;
  return {
    dashboard: base,
    chooseYear: `${base}/reports/new`,
    step: (year: number, step: StepId, { fromCheck = false, errors = false }: { fromCheck?: boolean; errors?: boolean } = {}) => {
      const query = [fromCheck ? "from=check" : null, errors ? "errors=1" : null].filter(Boolean).join("&");
      return `${report(year)}/${step}${query ? `?${query}` : ""}`;
    },
    check: (year: number) => `${report(year)}/check`,
    confirmation: (year: number) => `${report(year)}/confirmation`,
    resume: (year: number) => `${report(year)}/resume`,
    amend: (year: number) => `${report(year)}/amend`,
    submit: (year: number) => `${report(year)}/submit`,
    instant: `${base}/instant`,
    removal: `${base}/removal`,
    publicReport: (year: number) => `/${locale}/companies/${uscc}/annual-reports/${year}`,
  };
}

/** The page after `step` in the form's order, or null after the last (check your answers). */
export function nextStep(form: ReportForm, step: StepId): StepId | null {
  const steps = STEPS_OF_FORM[form];
  return steps[steps.indexOf(step) + 1] ?? null;
}

export function previousStep(form: ReportForm, step: StepId): StepId | null {
  const steps = STEPS_OF_FORM[form];
  return steps[steps.indexOf(step) - 1] ?? null;
}

/** A report year from a URL segment: four digits, nothing else. */
export function parseYear(segment: string): number | null {
  return /^\d{4}$/.test(segment) ? Number(segment) : null;
}
