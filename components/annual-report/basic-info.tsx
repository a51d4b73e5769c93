import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { DataText } from "@/components/ui/data-text";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import { getRecordFormat } from "@/components/company/record-format";
import type { AnnualReport } from "@/lib/records/company-profile";

type BasicInfoProps = { locale: AppLocale; report: AnnualReport };

/** 基本信息, with the fields the report's form has. */
export async function BasicInfo({ locale, report }: BasicInfoProps) {
  const t = await getTranslations({ locale, namespace: "AnnualReport.basic" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const f = await getRecordFormat(locale);
  const { basic, form } = report;
  const notGiven = <span className="text-ink-secondary">{common("notGiven")}</span>;
  const optional = (value: string | null, render: (value: string) => React.ReactNode) => (value === null || value === "" ? notGiven : render(value));
  const isCompany = form !== "individual" && form !== "cooperative";

  const rows: (SummaryRow | false)[] = [
    { key: "name", label: t("name"), value: <DataText text={basic.name} /> },
    { key: "uscc", label: t("uscc"), value: <LtrText className="font-mono">{report.company.uscc}</LtrText> },
    { key: "phone", label: t("phone"), value: optional(basic.phone, (v) => <LtrText className="whitespace-nowrap">{v}</LtrText>) },
    form !== "individual" && { key: "postcode", label: t("postcode"), value: optional(basic.postcode, (v) => <LtrText className="whitespace-nowrap">{v}</LtrText>) },
    { key: "address", label: t("address"), value: optional(basic.address, (v) => <DataText text={v} />) },
    form !== "individual" && { key: "email", label: t("email"), value: optional(basic.email, (v) => <LtrText>{v}</LtrText>) },
    form === "cooperative"
      ? { key: "members", label: t("memberCount"), value: basic.memberCount === null ? notGiven : <bdi>{f.count(basic.memberCount)}</bdi> }
      : { key: "employees", label: t("employees"), value: basic.employees === null ? notGiven : <bdi>{f.count(basic.employees)}</bdi> },
    {
      key: "operating-state",
      label: t("operatingState"),
      value: optional(basic.operatingState, (v) => f.term("operating-states", v)),
    },
    { key: "has-website", label: t("hasWebsite"), value: f.yesNo(basic.hasWebsite) },
    isCompany && { key: "has-investments", label: t("hasInvestments"), value: f.yesNo(basic.hasInvestments) },
    isCompany && { key: "has-equity-transfer", label: t("hasEquityTransfer"), value: f.yesNo(basic.hasEquityTransfer) },
  ];
  return <SummaryList rows={rows.filter((row): row is SummaryRow => row !== false)} />;
}
