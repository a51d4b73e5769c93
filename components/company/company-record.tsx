import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatTimestamp } from "@/lib/i18n/format-values";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { CompanyAlerts } from "./company-alerts";
import { CompanyContents } from "./company-contents";
import { CompanyHeader } from "./company-header";
import { CreditReportLink } from "./credit-report-link";
import { FormerNamesSection } from "./former-names-section";
import { LiquidationSection } from "./liquidation-section";
import { RecordSectionView } from "./record-section-view";
import type { RecordSection } from "./record-sections";
import { RegistrationSection } from "./registration-section";

type CompanyRecordProps = { locale: AppLocale; profile: CompanyProfile };

/**
 * The public record of one company, grouped as on gsxt. List sections show their first rows
 * and link to a page with all of them (see record-sections.ts): a company with hundreds of
 * records still gets a page of reasonable size.
 */
export async function CompanyRecord({ locale, profile }: CompanyRecordProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const { government: g } = profile;
  const list = (section: RecordSection) => <RecordSectionView locale={locale} profile={profile} section={section} mode="preview" />;
  return (
    <>
      <CompanyHeader locale={locale} profile={profile} />
      <CompanyAlerts locale={locale} alerts={profile.alerts} />
      <CreditReportLink locale={locale} uscc={profile.uscc} />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <a href={`/api/v1/companies/${profile.uscc}`} type="application/json">
          {t("viewJson")}
        </a>
        <span className="text-ink-secondary">
          {t("lastUpdated", { time: formatTimestamp(locale, profile.updatedAt) })}
        </span>
      </p>
      <CompanyContents locale={locale} profile={profile} />

      <div className="border-t-4 border-brand pt-4">
        <h2 className="mb-6 text-2xl font-bold">{t("groupGovernment")}</h2>
        <RegistrationSection locale={locale} profile={profile} />
        {list("shareholders")}
        {list("key-personnel")}
        {list("branches")}
        {list("changes")}
        <FormerNamesSection locale={locale} formerNames={profile.formerNames} />
        <LiquidationSection locale={locale} liquidation={g.liquidation} />
        {list("licences")}
        {list("penalties")}
        {list("abnormal-operations")}
        {list("serious-violations")}
        {list("spot-checks")}
        {list("chattel-mortgages")}
        {list("equity-pledges")}
        {list("judicial-assistance")}
      </div>

      <div className="border-t-4 border-brand pt-4">
        <h2 className="mb-6 text-2xl font-bold">{t("groupSelf")}</h2>
        {list("annual-reports")}
        {list("contributions")}
        {list("equity-changes")}
        {list("self-published-licences")}
        {list("ip-pledges")}
        {list("self-published-penalties")}
      </div>
    </>
  );
}
