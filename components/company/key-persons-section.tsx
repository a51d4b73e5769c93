import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { KeyPerson } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";

type KeyPersonsSectionProps = { locale: AppLocale; keyPersons: KeyPerson[] };

/** 主要人员信息: directors, supervisors, managers. */
export async function KeyPersonsSection({ locale, keyPersons }: KeyPersonsSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="key-personnel" isEmpty={keyPersons.length === 0}>
      <DataTable
        caption={t("sections.keyPersons")}
        rows={keyPersons}
        rowKey={(row, index) => `${index}-${row.name}`}
        columns={[
          { key: "name", header: t("keyPersons.name"), cell: (row) => <DataText text={row.name} /> },
          { key: "title", header: t("keyPersons.title"), cell: (row) => f.term("key-person-titles", row.title) },
        ]}
      />
    </CompanySection>
  );
}
