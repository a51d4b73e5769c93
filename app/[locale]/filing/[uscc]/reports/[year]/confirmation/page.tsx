import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { requireFilerPage } from "@/lib/auth/guards";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { getFiledReport } from "@/lib/records/annual-report-filing";

type Props = PageProps<"/[locale]/filing/[uscc]/reports/[year]/confirmation">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Filing" });
  return { title: t("confirmation.title"), robots: { index: false } };
}

/** /{locale}/filing/{uscc}/reports/{year}/confirmation — the report is filed: its reference number and what happens next. */
export default async function ConfirmationPage({ params }: Props) {
  const { locale, uscc, year: yearSegment } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null) notFound();
  setRequestLocale(locale);
  const paths = filingPaths(locale, uscc);
  const session = await requireFilerPage({ locale, uscc, path: paths.confirmation(year) });
  const report = await getFiledReport({ enterpriseId: session.enterpriseId, year });
  if (report === null) redirect(paths.dashboard);
  const t = await getTranslations({ locale, namespace: "Filing" });
  const format = await getFormatter({ locale });
  const isLate = report.state === "filed-late";

  return (
    <>
      <div className="mb-8 bg-action p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold">{t("confirmation.heading", { year: String(year) })}</h1>
        <p className="text-xl">
          {t("confirmation.referenceLabel")}
          <br />
          <strong className="font-mono text-2xl" dir="ltr" data-testid="reference-number">
            {report.referenceNumber}
          </strong>
        </p>
      </div>
      <div className="max-w-prose space-y-4">
        <p>
          {t("confirmation.submittedAt", { time: report.submittedAt ? format.dateTime(report.submittedAt, { dateStyle: "long", timeStyle: "short" }) : "" })}{" "}
          {isLate ? t("confirmation.stateLate") : t("confirmation.stateOnTime")}
        </p>
        <h2 className="text-xl font-bold">{t("confirmation.nextHeading")}</h2>
        <p>{t("confirmation.published")}</p>
        <p>
          <a href={paths.publicReport(year)}>{t("confirmation.viewPublic", { year: String(year) })}</a>
        </p>
        {isLate ? <p>{t("confirmation.lateRemoval")}</p> : null}
        <p>
          <a href={paths.dashboard}>{t("confirmation.backToDashboard")}</a>
        </p>
      </div>
    </>
  );
}
