import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatTimestamp } from "@/lib/i18n/format-values";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { AnnualReportsSection } from "./annual-reports-section";
import { BranchesSection } from "./branches-section";
import { ChangesSection } from "./changes-section";
import { ChattelMortgagesSection } from "./chattel-mortgages-section";
import { CompanyAlerts } from "./company-alerts";
import { CompanyContents } from "./company-contents";
import { CompanyHeader } from "./company-header";
import { EquityPledgesSection } from "./equity-pledges-section";
import { FormerNamesSection } from "./former-names-section";
import { IpPledgesSection } from "./ip-pledges-section";
import { JudicialAssistanceSection } from "./judicial-assistance-section";
import { KeyPersonsSection } from "./key-persons-section";
import { LicencesSection } from "./licences-section";
import { LiquidationSection } from "./liquidation-section";
import { ListEntriesSection } from "./list-entries-section";
import { PenaltiesSection } from "./penalties-section";
import { RegistrationSection } from "./registration-section";
import { ContributionsSection, EquityChangesSection } from "./self-published-sections";
import { ShareholdersSection } from "./shareholders-section";
import { SpotChecksSection } from "./spot-checks-section";

type CompanyRecordProps = { locale: AppLocale; profile: CompanyProfile };

/** The whole public record of one company, grouped as on gsxt. */
export async function CompanyRecord({ locale, profile }: CompanyRecordProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const { government: g, selfPublished: s } = profile;
  return (
    <>
      <CompanyHeader locale={locale} profile={profile} />
      <CompanyAlerts locale={locale} alerts={profile.alerts} />
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
        <ShareholdersSection locale={locale} shareholders={g.shareholders} />
        <KeyPersonsSection locale={locale} keyPersons={g.keyPersons} />
        <BranchesSection locale={locale} branches={g.branches} />
        <ChangesSection locale={locale} changes={g.changes} />
        <FormerNamesSection locale={locale} formerNames={profile.formerNames} />
        <LiquidationSection locale={locale} liquidation={g.liquidation} />
        <LicencesSection locale={locale} id="licences" licences={g.licences} />
        <PenaltiesSection locale={locale} penalties={g.penalties} />
        <ListEntriesSection locale={locale} list="abnormal-operations" entries={g.abnormalListings} />
        <ListEntriesSection locale={locale} list="serious-violations" entries={g.seriousViolations} />
        <SpotChecksSection locale={locale} spotChecks={g.spotChecks} />
        <ChattelMortgagesSection locale={locale} mortgages={g.chattelMortgages} />
        <EquityPledgesSection locale={locale} pledges={g.equityPledges} />
        <JudicialAssistanceSection locale={locale} entries={g.judicialAssistance} />
      </div>

      <div className="border-t-4 border-brand pt-4">
        <h2 className="mb-6 text-2xl font-bold">{t("groupSelf")}</h2>
        <AnnualReportsSection locale={locale} uscc={profile.uscc} reports={s.annualReports} />
        <ContributionsSection locale={locale} contributions={s.contributions} />
        <EquityChangesSection locale={locale} changes={s.equityChanges} />
        <LicencesSection locale={locale} id="self-published-licences" licences={s.licences} />
        <IpPledgesSection locale={locale} pledges={s.ipPledges} />
      </div>
    </>
  );
}
