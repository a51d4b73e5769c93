import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { Contribution } from "@/lib/records/company-profile";
import { getRecordFormat } from "./record-format";

type ContributionsTableProps = { locale: AppLocale; caption: string; contributions: Contribution[] };

/** Subscribed and paid-in capital per shareholder (company page and annual reports alike). */
export async function ContributionsTable({ locale, caption, contributions }: ContributionsTableProps) {
  const t = await getTranslations({ locale, namespace: "Company.contributions" });
  const f = await getRecordFormat(locale);
  const day = (value: string | null) => (value === null ? f.blank : f.date(value));
  return (
    <DataTable
      caption={caption}
      rows={contributions}
      rowKey={(row, index) => `${index}-${row.shareholderName}`}
      columns={[
        { key: "shareholder", header: t("shareholder"), cell: (row) => <DataText text={row.shareholderName} /> },
        { key: "subscribed", header: f.wanYuanColumn(t("subscribed")), isNumeric: true, cell: (row) => f.amount(row.subscribed) },
        { key: "subscribed-on", header: t("subscribedOn"), cell: (row) => day(row.subscribedOn) },
        { key: "subscribed-via", header: t("subscribedVia"), cell: (row) => f.term("contribution-methods", row.subscribedVia) },
        { key: "paid", header: f.wanYuanColumn(t("paid")), isNumeric: true, cell: (row) => f.amount(row.paid) },
        { key: "paid-on", header: t("paidOn"), cell: (row) => day(row.paidOn) },
        {
          key: "paid-via",
          header: t("paidVia"),
          cell: (row) => (row.paidVia === null ? f.blank : f.term("contribution-methods", row.paidVia)),
        },
      ]}
    />
  );
}
