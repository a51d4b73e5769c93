import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import type { SpotCheck } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type SpotChecksSectionProps = { locale: AppLocale; spotChecks: SpotCheck[]; view: SectionView };

/** 抽查检查结果信息. */
export async function SpotChecksSection({ locale, spotChecks, view }: SpotChecksSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="spot-checks" isEmpty={spotChecks.length === 0} list={{ view, total: spotChecks.length }}>
      <DataTable
        caption={t("sections.spotChecks")}
        rows={visibleRows(spotChecks, view)}
        rowKey={(row, index) => `${index}-${row.checkedOn}`}
        columns={[
          { key: "authority", header: t("spotChecks.authority"), cell: (row) => f.authority(row.authority) },
          { key: "kind", header: t("spotChecks.kind"), cell: (row) => f.term("spot-check-kinds", row.kind) },
          { key: "date", header: t("spotChecks.checkedOn"), cell: (row) => f.date(row.checkedOn) },
          { key: "result", header: t("spotChecks.result"), cell: (row) => f.term("spot-check-results", row.result) },
        ]}
      />
    </CompanySection>
  );
}
