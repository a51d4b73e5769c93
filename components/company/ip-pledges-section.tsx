import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { IpPledge } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { type SectionView, visibleRows } from "./record-sections";

type IpPledgesSectionProps = { locale: AppLocale; pledges: IpPledge[]; view: SectionView };

/** 知识产权出质登记信息: trademarks, patents and copyrights pledged. */
export async function IpPledgesSection({ locale, pledges, view }: IpPledgesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="ip-pledges" isEmpty={pledges.length === 0} list={{ view, total: pledges.length }}>
      <DataTable
        caption={t("sections.ipPledges")}
        rows={visibleRows(pledges, view)}
        rowKey={(row, index) => `${index}-${row.registrationNumber}`}
        columns={[
          { key: "number", header: t("ipPledges.registrationNumber"), cell: (row) => <DataText text={row.registrationNumber} /> },
          { key: "kind", header: t("ipPledges.kind"), cell: (row) => f.term("ip-pledge-kinds", row.kind) },
          { key: "name", header: t("ipPledges.name"), cell: (row) => <DataText text={row.name} /> },
          { key: "pledgor", header: t("ipPledges.pledgor"), cell: (row) => <DataText text={row.pledgor} /> },
          { key: "pledgee", header: t("ipPledges.pledgee"), cell: (row) => <DataText text={row.pledgee} /> },
          {
            key: "term",
            header: t("ipPledges.term"),
            cell: (row) => f.period(row.termFrom, row.termTo),
          },
          { key: "status", header: t("ipPledges.status"), cell: (row) => f.term("record-statuses", row.status) },
          { key: "published", header: t("ipPledges.publishedOn"), cell: (row) => f.date(row.publishedOn) },
        ]}
      />
    </CompanySection>
  );
}
