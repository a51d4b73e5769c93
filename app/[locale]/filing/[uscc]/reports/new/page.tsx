import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { Radios } from "@/components/ui/radios";
import { routing } from "@/i18n/routing";
import { requireFilerPage } from "@/lib/auth/guards";
import { filingPaths } from "@/lib/filing/filing-paths";
import { getFilingOverview } from "@/lib/records/annual-report-filing";
import { formatDay } from "@/lib/i18n/format-values";

type Props = PageProps<"/[locale]/filing/[uscc]/reports/new">;

const ERRORS = new Set(["choose", "file-oldest-first", "already-filed", "not-due"]);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Filing" });
  const title = t("chooseYear.title");
  return { title: (await searchParams).error ? t("errorTitle", { title }) : title, robots: { index: false } };
}

/**
 * /{locale}/filing/{uscc}/reports/new — the first question: which year. Only years not filed
 * are offered, oldest first; missed years must be filed oldest first.
 */
export default async function ChooseYearPage({ params, searchParams }: Props) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const paths = filingPaths(locale, uscc);
  const session = await requireFilerPage({ locale, uscc, path: paths.chooseYear });
  const overview = await getFilingOverview({ enterpriseId: session.enterpriseId });
  if (overview === null) notFound();
  const missing = overview.years.filter((year) => year.state === "not-filed").map((year) => year.year).sort((a, b) => a - b);
  if (missing.length === 0) redirect(paths.dashboard);
  const t = await getTranslations({ locale, namespace: "Filing" });
  const query = await searchParams;
  const error = typeof query.error === "string" && ERRORS.has(query.error) ? query.error : null;
  const errorText = error ? t(`chooseYear.errors.${error as "choose"}`, { year: String(overview.nextYear ?? "") }) : null;

  return (
    <>
      <BackLink href={paths.dashboard}>{t("back")}</BackLink>
      {errorText ? <ErrorSummary title={t("errorSummaryTitle")} errors={[{ href: "#f-year", text: errorText }]} /> : null}
      <PageHeading caption={<bdi>{companyTitle(locale, session)}</bdi>}>{t("chooseYear.title")}</PageHeading>
      <form method="post" action={`${paths.chooseYear}/choose`} noValidate className="space-y-6">
        <Radios
          id="f-year"
          name="year"
          legend={<span className="sr-only">{t("chooseYear.title")}</span>}
          hint={missing.length > 1 ? t("chooseYear.hintOldestFirst", { year: String(missing[0]) }) : t("chooseYear.hint")}
          error={errorText}
          options={missing.map((year) => ({
            value: String(year),
            label: t("chooseYear.option", { year: String(year), deadline: formatDay(locale, overview.years.find((entry) => entry.year === year)?.deadline ?? `${year + 1}-06-30`) }),
          }))}
          value={missing.length === 1 ? String(missing[0]) : undefined}
        />
        <button type="submit" className="button-primary">
          {t("continue")}
        </button>
      </form>
    </>
  );
}
