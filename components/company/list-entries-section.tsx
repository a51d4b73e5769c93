import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import type { ListEntry } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type ListEntriesSectionProps = {
  locale: AppLocale;
  list: "abnormal-operations" | "serious-violations";
  entries: ListEntry[];
  view: SectionView;
};

const REASON_GROUPS = {
  "abnormal-operations": { reason: "abnormal-reasons", removal: "abnormal-removal-reasons" },
  "serious-violations": { reason: "serious-reasons", removal: "serious-removal-reasons" },
} as const;

/** 列入经营异常名录信息 / 列入严重违法失信名单信息: listing and, when it happened, removal. */
export async function ListEntriesSection({ locale, list, entries, view }: ListEntriesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  const groups = REASON_GROUPS[list];
  const stillListed = <span className="font-bold">{t("lists.stillListed")}</span>;
  return (
    <CompanySection locale={locale} id={list} isEmpty={entries.length === 0} list={{ view, total: entries.length }}>
      <DataTable
        caption={t(list === "abnormal-operations" ? "sections.abnormalList" : "sections.seriousViolations")}
        rows={visibleRows(entries, view)}
        rowKey={(row, index) => `${index}-${row.listedOn}`}
        columns={[
          { key: "reason", header: t("lists.reason"), cell: (row) => f.term(groups.reason, row.reason) },
          { key: "listed-on", header: t("lists.listedOn"), cell: (row) => f.date(row.listedOn) },
          { key: "listed-by", header: t("lists.listedBy"), cell: (row) => f.authority(row.listedBy) },
          {
            key: "removal-reason",
            header: t("lists.removalReason"),
            cell: (row) => (row.removalReason === null ? stillListed : f.term(groups.removal, row.removalReason)),
          },
          {
            key: "removed-on",
            header: t("lists.removedOn"),
            cell: (row) => (row.removedOn === null ? f.blank : f.date(row.removedOn)),
          },
          { key: "removed-by", header: t("lists.removedBy"), cell: (row) => (row.removedBy === null ? f.blank : f.authority(row.removedBy)) },
        ]}
      />
    </CompanySection>
  );
}
