import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { FilingTranslator } from "@/components/filing/answer-problems";
import { AnswersSummary } from "@/components/filing/answers-summary";
import { FilingCaption } from "@/components/filing/filing-caption";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { requireFilerPage } from "@/lib/auth/guards";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { getDraft } from "@/lib/records/annual-report-filing";
import { STEPS_OF_FORM, checkReport } from "@/lib/validation/annual-report";

type Props = PageProps<"/[locale]/filing/[uscc]/reports/[year]/check">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Filing" });
  return { title: t("check.title"), robots: { index: false } };
}

/** Why a submission came back (an invalid page shows as an incomplete step instead). */
const SUBMIT_PROBLEMS = new Set(["already-filed", "amend-closed"]);

/** /{locale}/filing/{uscc}/reports/{year}/check — check your answers, then submit. */
export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { locale, uscc, year: yearSegment } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null) notFound();
  setRequestLocale(locale);
  const paths = filingPaths(locale, uscc);
  const session = await requireFilerPage({ locale, uscc, path: paths.check(year) });
  const draft = await getDraft({ enterpriseId: session.enterpriseId, year });
  if (draft === null) redirect(paths.dashboard);
  const t = (await getTranslations({ locale, namespace: "Filing" })) as unknown as FilingTranslator;
  const checked = checkReport(draft.answers, { form: draft.form, year });
  const invalidSteps = checked.ok ? [] : checked.invalidSteps;
  const problem = (await searchParams).problem;
  const submitProblem = typeof problem === "string" && SUBMIT_PROBLEMS.has(problem) ? problem : null;
  const steps = STEPS_OF_FORM[draft.form];

  return (
    <>
      <BackLink href={paths.step(year, steps[steps.length - 1])}>{t("back")}</BackLink>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={[
          ...(submitProblem ? [{ href: "#submit", text: t(`check.problems.${submitProblem}`) }] : []),
          ...invalidSteps.map((step) => ({ href: `#check-${step}`, text: t("check.completeStep", { step: t(`steps.${step}.title`) }) })),
        ]}
      />
      <PageHeading caption={<FilingCaption locale={locale} session={session} year={year} isAmendment={draft.isAmendment} />}>{t("check.title")}</PageHeading>
      <AnswersSummary t={t} locale={locale} uscc={uscc} year={year} form={draft.form} answers={draft.answers} invalidSteps={invalidSteps} />
      {invalidSteps.length === 0 ? (
        <form method="post" action={paths.submit(year)} className="mt-10 max-w-prose space-y-4">
          <h2 className="text-xl font-bold">{t("check.declarationHeading")}</h2>
          <p>{draft.isAmendment ? t("check.declarationAmend") : t("check.declaration")}</p>
          <button id="submit" type="submit" className="button-primary">
            {draft.isAmendment ? t("check.submitAmendment") : t("check.submit")}
          </button>
        </form>
      ) : null}
    </>
  );
}
