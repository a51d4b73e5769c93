import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { Shareholder } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { PublicIdNumber } from "./public-id";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type ShareholdersSectionProps = { locale: AppLocale; shareholders: Shareholder[]; view: SectionView };

/** 股东及出资信息 as registered: who the shareholders are. */
export async function ShareholdersSection({ locale, shareholders, view }: ShareholdersSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="shareholders" isEmpty={shareholders.length === 0} list={{ view, total: shareholders.length }}>
      <DataTable
        caption={t("sections.shareholders")}
        rows={visibleRows(shareholders, view)}
        rowKey={(row, index) => `${index}-${row.name}`}
        columns={[
          { key: "name", header: t("shareholders.name"), cell: (row) => <DataText text={row.name} /> },
          { key: "kind", header: t("shareholders.kind"), cell: (row) => f.term("shareholder-kinds", row.kind) },
          { key: "id-type", header: t("shareholders.idType"), cell: (row) => f.term("id-document-types", row.idDocument.type) },
          {
            key: "id-number",
            header: t("shareholders.idNumber"),
            cell: (row) => <PublicIdNumber locale={locale} document={row.idDocument} />,
          },
        ]}
      />
    </CompanySection>
  );
}
