import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { Banner } from "@/components/ui/banner";
import { SummaryList } from "@/components/ui/summary-list";
import { CompanyNames } from "@/components/company/company-name";
import { formatTimestamp } from "@/lib/i18n/format-values";
import { isAppLocale } from "@/lib/locales";
import { formatReportId } from "@/lib/report/report-content";
import type { ReportVerification } from "@/lib/report/credit-reports";

type VerificationResultProps = {
  locale: AppLocale;
  report: ReportVerification & { reportId: string; generatedAt: string; company: NonNullable<ReportVerification["company"]> };
  /** The uploaded file's check, when the result came from an upload: did its bytes match? */
  fileMatches: boolean | null;
};

/** What the register recorded for a genuine report number, and whether an uploaded file is that report. */
export async function VerificationResult({ locale, report, fileMatches }: VerificationResultProps) {
  const t = await getTranslations({ locale, namespace: "Verify" });
  const printedId = formatReportId(report.reportId);
  const companyHref = `/${locale}/companies/${report.company.uscc}`;
  const reportLocale = isAppLocale(report.locale) ? report.locale : null;
  return (
    <>
      {fileMatches === false ? (
        <Banner tone="important" title={t("fileMismatchTitle")}>
          <p>{t("fileMismatch", { reportId: printedId })}</p>
        </Banner>
      ) : (
        <Banner tone="success" title={t("genuineTitle")}>
          <p>{t("genuineText", { reportId: printedId })}</p>
          {fileMatches === true ? <p className="font-bold">{t("fileGenuine")}</p> : null}
        </Banner>
      )}
      <SummaryList
        className="mb-6"
        rows={[
          { key: "id", label: t("reportId"), value: <LtrText className="font-mono tracking-wide">{printedId}</LtrText> },
          { key: "company", label: t("company"), value: <a href={companyHref}><CompanyNames locale={locale} names={report.company} /></a> },
          { key: "uscc", label: t("uscc"), value: <LtrText className="font-mono">{report.company.uscc}</LtrText> },
          { key: "generated", label: t("generatedAt"), value: <bdi>{formatTimestamp(locale, report.generatedAt)}</bdi> },
          ...(reportLocale ? [{ key: "language", label: t("language"), value: t(`languages.${reportLocale}`) }] : []),
          {
            key: "changed",
            label: t("changedTitle"),
            value: (
              <>
                <p className={report.changedSince ? "font-bold" : ""}>{t(report.changedSince ? "changed" : "unchanged")}</p>
                <p>
                  <a href={companyHref}>{t("seeCurrent")}</a>
                </p>
              </>
            ),
          },
        ]}
      />
      {fileMatches === null ? <p className="mb-6 text-ink-secondary">{t("idOnlyNote")}</p> : null}
    </>
  );
}
