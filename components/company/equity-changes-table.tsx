import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Isolate } from "@/components/ui/bidi";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { EquityChange } from "@/lib/records/company-profile";
import { getRecordFormat } from "./record-format";

type EquityChangesTableProps = { locale: AppLocale; caption: string; changes: EquityChange[] };

/** 股权变更信息: a shareholder's percentage before and after. */
export async function EquityChangesTable({ locale, caption, changes }: EquityChangesTableProps) {
  const t = await getTranslations({ locale, namespace: "Company.equityChanges" });
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={caption}
      rows={changes}
      rowKey={(row, index) => `${index}-${row.shareholderName}-${row.changedOn}`}
      columns={[
        { key: "shareholder", header: t("shareholder"), cell: (row) => <DataText text={row.shareholderName} /> },
        { key: "before", header: t("ratioBefore"), isNumeric: true, cell: (row) => <Isolate>{f.percent(row.ratioBefore)}</Isolate> },
        { key: "after", header: t("ratioAfter"), isNumeric: true, cell: (row) => <Isolate>{f.percent(row.ratioAfter)}</Isolate> },
        { key: "date", header: t("changedOn"), cell: (row) => f.date(row.changedOn) },
      ]}
    />
  );
}
