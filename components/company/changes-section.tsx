import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { ChangeRecord } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type ChangesSectionProps = { locale: AppLocale; changes: ChangeRecord[]; view: SectionView };

/** 变更信息: registered changes, newest first as the register lists them. */
export async function ChangesSection({ locale, changes, view }: ChangesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="changes" isEmpty={changes.length === 0} list={{ view, total: changes.length }}>
      <DataTable
        caption={t("sections.changes")}
        rows={visibleRows(changes, view)}
        rowKey={(row, index) => `${index}-${row.changedOn}-${row.item}`}
        columns={[
          { key: "item", header: t("changes.item"), cell: (row) => f.term("change-items", row.item) },
          { key: "before", header: t("changes.before"), cell: (row) => <DataText text={row.before} className="whitespace-pre-line" /> },
          { key: "after", header: t("changes.after"), cell: (row) => <DataText text={row.after} className="whitespace-pre-line" /> },
          { key: "date", header: t("changes.changedOn"), cell: (row) => f.date(row.changedOn) },
        ]}
      />
    </CompanySection>
  );
}
