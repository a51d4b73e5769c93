import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import type { AnnualReportSummary } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type AnnualReportsSectionProps = { locale: AppLocale; uscc: string; reports: AnnualReportSummary[]; view: SectionView };

/** 企业年报信息: one row per year, linking to the report. */
export async function AnnualReportsSection({ locale, uscc, reports, view }: AnnualReportsSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="annual-reports" isEmpty={reports.length === 0} list={{ view, total: reports.length }}>
      <DataTable
        caption={t("sections.annualReports")}
        rows={visibleRows(reports, view)}
        rowKey={(row) => String(row.year)}
        columns={[
          {
            key: "year",
            header: t("annualReports.year"),
            cell: (row) => (
              <a href={`/${locale}/companies/${uscc}/annual-reports/${row.year}`}>
                {t("annualReports.reportLink", { year: String(row.year) })}
              </a>
            ),
          },
          { key: "state", header: t("annualReports.state"), cell: (row) => f.term("annual-report-states", row.state) },
          { key: "submitted", header: t("annualReports.submittedOn"), cell: (row) => f.date(row.submittedOn) },
        ]}
      />
    </CompanySection>
  );
}
