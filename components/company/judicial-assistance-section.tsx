import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { JudicialAssistance } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type JudicialAssistanceSectionProps = { locale: AppLocale; entries: JudicialAssistance[]; view: SectionView };

/** 司法协助信息: equity freezes and court-ordered shareholder changes. */
export async function JudicialAssistanceSection({ locale, entries, view }: JudicialAssistanceSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="judicial-assistance" isEmpty={entries.length === 0} list={{ view, total: entries.length }}>
      <DataTable
        caption={t("sections.judicialAssistance")}
        rows={visibleRows(entries, view)}
        rowKey={(row, index) => `${index}-${row.noticeNumber}`}
        columns={[
          { key: "kind", header: t("judicial.kind"), cell: (row) => f.term("judicial-kinds", row.kind) },
          { key: "subject", header: t("judicial.subjectName"), cell: (row) => <DataText text={row.subjectName} /> },
          { key: "amount", header: f.wanYuanColumn(t("judicial.equityAmount")), isNumeric: true, cell: (row) => f.amount(row.equityAmount) },
          { key: "court", header: t("judicial.court"), cell: (row) => <DataText text={row.court} /> },
          { key: "notice", header: t("judicial.noticeNumber"), cell: (row) => <DataText text={row.noticeNumber} /> },
          { key: "status", header: t("judicial.status"), cell: (row) => f.term("judicial-statuses", row.status) },
          {
            key: "period",
            header: t("judicial.period"),
            cell: (row) => f.period(row.fromOn, row.toOn),
          },
          { key: "published", header: t("judicial.publishedOn"), cell: (row) => f.date(row.publishedOn) },
        ]}
      />
    </CompanySection>
  );
}
