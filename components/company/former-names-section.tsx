import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { FormerName } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";

type FormerNamesSectionProps = { locale: AppLocale; formerNames: FormerName[] };

/** 曾用名: names the company was registered under before (from its name changes). */
export async function FormerNamesSection({ locale, formerNames }: FormerNamesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="former-names" isEmpty={formerNames.length === 0}>
      <DataTable
        caption={t("sections.formerNames")}
        rows={formerNames}
        rowKey={(row, index) => `${index}-${row.name}`}
        columns={[
          { key: "name", header: t("formerNames.name"), cell: (row) => <DataText text={row.name} /> },
          { key: "until", header: t("formerNames.until"), cell: (row) => f.date(row.until) },
        ]}
      />
    </CompanySection>
  );
}
