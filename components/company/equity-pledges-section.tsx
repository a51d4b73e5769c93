import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { EquityPledge } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { PublicIdNumber } from "./public-id";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type EquityPledgesSectionProps = { locale: AppLocale; pledges: EquityPledge[]; view: SectionView };

/** 股权出质登记信息: a party's ID number is shown only when it is not a natural person's. */
export async function EquityPledgesSection({ locale, pledges, view }: EquityPledgesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  const party = (party: EquityPledge["pledgor"]) => (
    <>
      <DataText text={party.name} className="block" />
      <span className="block text-sm">
        <PublicIdNumber locale={locale} document={party.idDocument} />
      </span>
    </>
  );
  return (
    <CompanySection locale={locale} id="equity-pledges" isEmpty={pledges.length === 0} list={{ view, total: pledges.length }}>
      <DataTable
        caption={t("sections.equityPledges")}
        rows={visibleRows(pledges, view)}
        rowKey={(row, index) => `${index}-${row.registrationNumber}`}
        columns={[
          { key: "number", header: t("equityPledges.registrationNumber"), cell: (row) => <DataText text={row.registrationNumber} /> },
          { key: "pledgor", header: t("equityPledges.pledgor"), cell: (row) => party(row.pledgor) },
          { key: "amount", header: f.wanYuanColumn(t("equityPledges.pledgedAmount")), isNumeric: true, cell: (row) => f.amount(row.pledgedAmount) },
          { key: "pledgee", header: t("equityPledges.pledgee"), cell: (row) => party(row.pledgee) },
          { key: "registered", header: t("equityPledges.registeredOn"), cell: (row) => f.date(row.registeredOn) },
          { key: "authority", header: t("equityPledges.authority"), cell: (row) => f.authority(row.authority) },
          { key: "status", header: t("equityPledges.status"), cell: (row) => f.term("record-statuses", row.status) },
          { key: "published", header: t("equityPledges.publishedOn"), cell: (row) => f.date(row.publishedOn) },
        ]}
      />
    </CompanySection>
  );
}
