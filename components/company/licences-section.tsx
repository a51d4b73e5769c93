import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { Licence } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type LicencesSectionProps = {
  locale: AppLocale;
  /** Licences pushed by departments, or those the company published itself. */
  id: "licences" | "self-published-licences";
  licences: Licence[];
  view: SectionView;
};

/** 行政许可信息. */
export async function LicencesSection({ locale, id, licences, view }: LicencesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id={id} isEmpty={licences.length === 0} list={{ view, total: licences.length }}>
      <DataTable
        caption={t(id === "licences" ? "sections.licences" : "sections.selfLicences")}
        rows={visibleRows(licences, view)}
        rowKey={(row, index) => `${index}-${row.documentNumber}`}
        columns={[
          { key: "number", header: t("licences.number"), cell: (row) => <DataText text={row.documentNumber} /> },
          { key: "name", header: t("licences.name"), cell: (row) => f.term("licence-names", row.name) },
          {
            key: "valid",
            header: t("licences.validity"),
            cell: (row) => f.period(row.validFrom, row.validTo),
          },
          {
            key: "authority",
            header: t("licences.authority"),
            cell: (row) =>
              row.authority ? f.authority(row.authority) : row.authorityName ? <DataText text={row.authorityName} /> : "",
          },
          { key: "content", header: t("licences.content"), cell: (row) => <DataText text={row.content} /> },
          { key: "status", header: t("licences.status"), cell: (row) => f.term("record-statuses", row.status) },
          { key: "published", header: t("licences.publishedOn"), cell: (row) => f.date(row.publishedOn) },
        ]}
      />
    </CompanySection>
  );
}
