import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { ChattelMortgage } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type ChattelMortgagesSectionProps = { locale: AppLocale; mortgages: ChattelMortgage[]; view: SectionView };

/** 动产抵押登记信息. */
export async function ChattelMortgagesSection({ locale, mortgages, view }: ChattelMortgagesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="chattel-mortgages" isEmpty={mortgages.length === 0} list={{ view, total: mortgages.length }}>
      <DataTable
        caption={t("sections.chattelMortgages")}
        rows={visibleRows(mortgages, view)}
        rowKey={(row, index) => `${index}-${row.registrationNumber}`}
        columns={[
          { key: "number", header: t("mortgages.registrationNumber"), cell: (row) => <DataText text={row.registrationNumber} /> },
          { key: "registered", header: t("mortgages.registeredOn"), cell: (row) => f.date(row.registeredOn) },
          { key: "authority", header: t("mortgages.authority"), cell: (row) => f.authority(row.authority) },
          { key: "amount", header: f.wanYuanColumn(t("mortgages.securedAmount")), isNumeric: true, cell: (row) => f.amount(row.securedAmount) },
          { key: "mortgagee", header: t("mortgages.mortgagee"), cell: (row) => <DataText text={row.mortgagee} /> },
          { key: "collateral", header: t("mortgages.collateral"), cell: (row) => <DataText text={row.collateral} /> },
          { key: "status", header: t("mortgages.status"), cell: (row) => f.term("record-statuses", row.status) },
          { key: "published", header: t("mortgages.publishedOn"), cell: (row) => f.date(row.publishedOn) },
        ]}
      />
    </CompanySection>
  );
}
