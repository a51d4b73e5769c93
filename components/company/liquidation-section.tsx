import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { DataText } from "@/components/ui/data-text";
import { SummaryList } from "@/components/ui/summary-list";
import type { Liquidation } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";

type LiquidationSectionProps = { locale: AppLocale; liquidation: Liquidation | null };

/** 清算信息: the liquidation group, when the company is being wound up. */
export async function LiquidationSection({ locale, liquidation }: LiquidationSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company.liquidation" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="liquidation" isEmpty={liquidation === null}>
      {liquidation ? (
        <SummaryList
          rows={[
            { key: "leader", label: t("leader"), value: <DataText text={liquidation.leader} /> },
            { key: "members", label: t("members"), value: <DataText text={liquidation.members} /> },
            { key: "started", label: t("startedOn"), value: f.date(liquidation.startedOn) },
          ]}
        />
      ) : null}
    </CompanySection>
  );
}
