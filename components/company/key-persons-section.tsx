import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { KeyPerson } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type KeyPersonsSectionProps = { locale: AppLocale; keyPersons: KeyPerson[]; view: SectionView };

/** 主要人员信息: directors, supervisors, managers. */
export async function KeyPersonsSection({ locale, keyPersons, view }: KeyPersonsSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="key-personnel" isEmpty={keyPersons.length === 0} list={{ view, total: keyPersons.length }}>
      <DataTable
        caption={t("sections.keyPersons")}
        rows={visibleRows(keyPersons, view)}
        rowKey={(row, index) => `${index}-${row.name}`}
        columns={[
          { key: "name", header: t("keyPersons.name"), cell: (row) => <DataText text={row.name} /> },
          { key: "title", header: t("keyPersons.title"), cell: (row) => f.term("key-person-titles", row.title) },
        ]}
      />
    </CompanySection>
  );
}
