import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { DataTable } from "@/components/ui/data-table";
import type { CompanyRef } from "@/lib/records/company-profile";
import { CompanyNames } from "./company-name";
import { CompanySection } from "./company-section";
import { type SectionView, visibleRows } from "./record-sections";
import { StatusBadge } from "./status-badge";

type BranchesSectionProps = { locale: AppLocale; branches: CompanyRef[]; view: SectionView };

/** 分支机构信息: each branch links to its own record. */
export async function BranchesSection({ locale, branches, view }: BranchesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  return (
    <CompanySection locale={locale} id="branches" isEmpty={branches.length === 0} list={{ view, total: branches.length }}>
      <DataTable
        caption={t("sections.branches")}
        rows={visibleRows(branches, view)}
        rowKey={(row) => row.uscc}
        columns={[
          {
            key: "name",
            header: t("branches.name"),
            cell: (row) => (
              <a href={`/${locale}/companies/${row.uscc}`}>
                <CompanyNames locale={locale} names={row} />
              </a>
            ),
          },
          { key: "uscc", header: t("branches.uscc"), cell: (row) => <LtrText className="font-mono">{row.uscc}</LtrText> },
          { key: "status", header: t("branches.status"), cell: (row) => <StatusBadge locale={locale} status={row.status} /> },
        ]}
      />
    </CompanySection>
  );
}
