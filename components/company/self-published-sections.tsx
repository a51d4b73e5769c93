import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { Contribution, EquityChange } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { ContributionsTable } from "./contributions-table";
import { EquityChangesTable } from "./equity-changes-table";
import { type SectionView, visibleRows } from "./record-sections";

/** 股东及出资信息 published by the company itself. */
export async function ContributionsSection({
  locale,
  contributions,
  view,
}: {
  locale: AppLocale;
  contributions: Contribution[];
  view: SectionView;
}) {
  const t = await getTranslations({ locale, namespace: "Company.sections" });
  return (
    <CompanySection locale={locale} id="contributions" isEmpty={contributions.length === 0} list={{ view, total: contributions.length }}>
      <ContributionsTable locale={locale} caption={t("contributions")} contributions={visibleRows(contributions, view)} />
    </CompanySection>
  );
}

/** 股权变更信息 published by the company itself. */
export async function EquityChangesSection({ locale, changes, view }: { locale: AppLocale; changes: EquityChange[]; view: SectionView }) {
  const t = await getTranslations({ locale, namespace: "Company.sections" });
  return (
    <CompanySection locale={locale} id="equity-changes" isEmpty={changes.length === 0} list={{ view, total: changes.length }}>
      <EquityChangesTable locale={locale} caption={t("equityChanges")} changes={visibleRows(changes, view)} />
    </CompanySection>
  );
}
