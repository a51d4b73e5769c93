import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import { getRecordFormat } from "@/components/company/record-format";
import type { AnnualReport } from "@/lib/records/company-profile";

type ReportProps = { locale: AppLocale; report: AnnualReport };

/** 网站或网店信息. The address is shown as text, not a link: it is what the company declared. */
export async function WebsitesTable({ locale, report }: ReportProps) {
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={t("sections.websites")}
      rows={report.websites}
      rowKey={(row, index) => `${index}-${row.url}`}
      columns={[
        { key: "kind", header: t("websites.kind"), cell: (row) => f.term("website-kinds", row.kind) },
        { key: "name", header: t("websites.name"), cell: (row) => <DataText text={row.name} /> },
        { key: "url", header: t("websites.url"), cell: (row) => <LtrText className="break-all">{row.url}</LtrText> },
      ]}
    />
  );
}

/** 对外投资信息: investees on the register link to their record. */
export async function InvestmentsTable({ locale, report }: ReportProps) {
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  return (
    <DataTable
      caption={t("sections.investments")}
      rows={report.investments}
      rowKey={(row, index) => `${index}-${row.investeeName}`}
      columns={[
        {
          key: "name",
          header: t("investments.name"),
          cell: (row) =>
            row.investeeUscc ? (
              <a href={`/${locale}/companies/${row.investeeUscc}`}>
                <DataText text={row.investeeName} />
              </a>
            ) : (
              <DataText text={row.investeeName} />
            ),
        },
        {
          key: "uscc",
          header: t("investments.uscc"),
          cell: (row) => (row.investeeUscc ? <LtrText className="font-mono">{row.investeeUscc}</LtrText> : ""),
        },
      ]}
    />
  );
}

/** 修改信息: every amendment made after the report was first submitted. */
export async function AmendmentsTable({ locale, report }: ReportProps) {
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={t("sections.amendments")}
      rows={report.amendments}
      rowKey={(row, index) => `${index}-${row.amendedOn}-${row.item}`}
      columns={[
        { key: "item", header: t("amendments.item"), cell: (row) => f.term("annual-report-items", row.item) },
        { key: "before", header: t("amendments.before"), cell: (row) => <DataText text={row.before} /> },
        { key: "after", header: t("amendments.after"), cell: (row) => <DataText text={row.after} /> },
        { key: "date", header: t("amendments.amendedOn"), cell: (row) => f.date(row.amendedOn) },
      ]}
    />
  );
}
