import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Isolate } from "@/components/ui/bidi";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import { SummaryList } from "@/components/ui/summary-list";
import { getRecordFormat } from "@/components/company/record-format";
import type { AnnualReport, AnnualReportAssets } from "@/lib/records/company-profile";
import { WithheldNotice } from "./withheld-notice";

type AssetKey = keyof AnnualReportAssets;

const COMPANY_ASSETS: readonly AssetKey[] = [
  "totalAssets",
  "ownersEquity",
  "totalRevenue",
  "mainRevenue",
  "totalProfit",
  "netProfit",
  "taxPaid",
  "totalLiabilities",
];

/** 资产状况 (companies) or 生产经营情况 (individual businesses, cooperatives): amounts in 万元. */
export async function AssetsBlock({ locale, report, variant }: { locale: AppLocale; report: AnnualReport; variant: "assets" | "operating" }) {
  const { assets } = report;
  if (!assets.isPublished) return <WithheldNotice locale={locale} />;
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const f = await getRecordFormat(locale);
  const value = (amount: string | null) =>
    amount === null ? <span className="text-ink-secondary">{common("notGiven")}</span> : <Isolate>{f.wanYuan(amount)}</Isolate>;

  if (variant === "assets") {
    return (
      <SummaryList rows={COMPANY_ASSETS.map((key) => ({ key, label: t(`assets.${key}`), value: value(assets[key]) }))} />
    );
  }
  const isCooperative = report.form === "cooperative";
  return (
    <SummaryList
      rows={[
        { key: "revenue", label: t(isCooperative ? "operating.salesRevenue" : "operating.revenue"), value: value(assets.totalRevenue) },
        ...(isCooperative ? [{ key: "surplus", label: t("operating.surplus"), value: value(assets.totalProfit) }] : []),
        { key: "tax", label: t("operating.taxPaid"), value: value(assets.taxPaid) },
      ]}
    />
  );
}

/** 对外提供保证担保信息. */
export async function GuaranteesBlock({ locale, report }: { locale: AppLocale; report: AnnualReport }) {
  const { guarantees } = report;
  if (!guarantees.isPublished) return <WithheldNotice locale={locale} />;
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const common = await getTranslations({ locale, namespace: "Common" });
  if (guarantees.rows.length === 0) return <p className="text-ink-secondary">{common("none")}</p>;
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={t("sections.guarantees")}
      rows={guarantees.rows}
      rowKey={(row, index) => `${index}-${row.creditor}`}
      columns={[
        { key: "creditor", header: t("guarantees.creditor"), cell: (row) => <DataText text={row.creditor} /> },
        { key: "debtor", header: t("guarantees.debtor"), cell: (row) => <DataText text={row.debtor} /> },
        { key: "kind", header: t("guarantees.kind"), cell: (row) => f.term("guarantee-kinds", row.kind) },
        { key: "amount", header: f.wanYuanColumn(t("guarantees.amount")), isNumeric: true, cell: (row) => f.amount(row.amount) },
        {
          key: "term",
          header: t("guarantees.term"),
          cell: (row) => f.period(row.termFrom, row.termTo),
        },
        { key: "period", header: t("guarantees.period"), cell: (row) => f.term("guarantee-periods", row.period) },
        { key: "mode", header: t("guarantees.mode"), cell: (row) => f.term("guarantee-modes", row.mode) },
      ]}
    />
  );
}

/** 社保信息: insured headcount and contributions per insurance kind. */
export async function SocialInsuranceBlock({ locale, report }: { locale: AppLocale; report: AnnualReport }) {
  const { socialInsurance } = report;
  if (!socialInsurance.isPublished) return <WithheldNotice locale={locale} />;
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const common = await getTranslations({ locale, namespace: "Common" });
  if (socialInsurance.rows.length === 0) return <p className="text-ink-secondary">{common("none")}</p>;
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={t("sections.socialInsurance")}
      rows={socialInsurance.rows}
      rowKey={(row) => row.kind}
      columns={[
        { key: "kind", header: t("socialInsurance.kind"), cell: (row) => f.term("insurance-kinds", row.kind) },
        { key: "count", header: t("socialInsurance.insuredCount"), isNumeric: true, cell: (row) => <bdi>{f.count(row.insuredCount)}</bdi> },
        { key: "base", header: f.wanYuanColumn(t("socialInsurance.contributionBase")), isNumeric: true, cell: (row) => f.amount(row.contributionBase) },
        { key: "paid", header: f.wanYuanColumn(t("socialInsurance.paid")), isNumeric: true, cell: (row) => f.amount(row.paid) },
        { key: "arrears", header: f.wanYuanColumn(t("socialInsurance.arrears")), isNumeric: true, cell: (row) => f.amount(row.arrears) },
      ]}
    />
  );
}
