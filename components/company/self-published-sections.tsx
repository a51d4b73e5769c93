import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { Contribution, EquityChange } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { ContributionsTable } from "./contributions-table";
import { EquityChangesTable } from "./equity-changes-table";

/** 股东及出资信息 published by the company itself. */
export async function ContributionsSection({ locale, contributions }: { locale: AppLocale; contributions: Contribution[] }) {
  const t = await getTranslations({ locale, namespace: "Company.sections" });
  return (
    <CompanySection locale={locale} id="contributions" isEmpty={contributions.length === 0}>
      <ContributionsTable locale={locale} caption={t("contributions")} contributions={contributions} />
    </CompanySection>
  );
}

/** 股权变更信息 published by the company itself. */
export async function EquityChangesSection({ locale, changes }: { locale: AppLocale; changes: EquityChange[] }) {
  const t = await getTranslations({ locale, namespace: "Company.sections" });
  return (
    <CompanySection locale={locale} id="equity-changes" isEmpty={changes.length === 0}>
      <EquityChangesTable locale={locale} caption={t("equityChanges")} changes={changes} />
    </CompanySection>
  );
}
