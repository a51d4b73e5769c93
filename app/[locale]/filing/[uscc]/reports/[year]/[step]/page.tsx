import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { problemText, problemsByField, fieldId, type FilingTranslator } from "@/components/filing/answer-problems";
import { FilingCaption } from "@/components/filing/filing-caption";
import { StepForm } from "@/components/filing/step-form";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { requireFilerPage } from "@/lib/auth/guards";
import { filingPaths, parseYear, previousStep } from "@/lib/filing/filing-paths";
import { getDraft } from "@/lib/records/annual-report-filing";
import { STEPS_OF_FORM, checkStep, isStepId } from "@/lib/validation/annual-report";

type Props = PageProps<"/[locale]/filing/[uscc]/reports/[year]/[step]">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, step } = await params;
  if (!hasLocale(routing.locales, locale) || !isStepId(step)) return {};
  const t = await getTranslations({ locale, namespace: "Filing" });
  const title = t(`steps.${step}.title`);
  const hasErrors = (await searchParams).errors === "1";
  return { title: hasErrors ? t("errorTitle", { title }) : title, robots: { index: false } };
}

/** /{locale}/filing/{uscc}/reports/{year}/{step} — one question page of the annual report. */
export default async function ReportStepPage({ params, searchParams }: Props) {
  const { locale, uscc, year: yearSegment, step } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null || !isStepId(step)) notFound();
  setRequestLocale(locale);
  const paths = filingPaths(locale, uscc);
  const session = await requireFilerPage({ locale, uscc, path: paths.step(year, step) });
  const draft = await getDraft({ enterpriseId: session.enterpriseId, year });
  if (draft === null) redirect(paths.dashboard);
  if (!STEPS_OF_FORM[draft.form].includes(step)) notFound();

  const query = await searchParams;
  const returnToCheck = query.from === "check";
  const t = (await getTranslations({ locale, namespace: "Filing" })) as unknown as FilingTranslator;
  const answers = draft.answers[step] ?? {};
  const basic = checkStep("basic", draft.answers.basic, { form: draft.form, year, employees: null });
  const context = { form: draft.form, year, employees: step !== "basic" && basic.ok ? basic.value.employees : null };
  const checked = query.errors === "1" ? checkStep(step, answers, context) : null;
  const problems = checked && !checked.ok ? checked.problems : [];
  const previous = previousStep(draft.form, step);
  const back = returnToCheck ? paths.check(year) : previous ? paths.step(year, previous) : paths.dashboard;

  return (
    <>
      <BackLink href={back}>{t("back")}</BackLink>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={problems.map((problem) => ({ href: `#${fieldId(problem.path)}`, text: problemText({ t, locale, step, form: draft.form, year, problem }) }))}
      />
      <PageHeading caption={<FilingCaption locale={locale} session={session} year={year} isAmendment={draft.isAmendment} />}>{t(`steps.${step}.title`)}</PageHeading>
      {t.has(`steps.${step}.lead`) ? <p className="mb-6 max-w-prose text-lg">{t(`steps.${step}.lead`)}</p> : null}
      <StepForm
        t={t}
        locale={locale}
        action={`${paths.step(year, step)}/save`}
        step={step}
        form={draft.form}
        answers={answers}
        errors={problemsByField({ t, locale, step, form: draft.form, year, problems })}
        returnToCheck={returnToCheck}
      />
    </>
  );
}
