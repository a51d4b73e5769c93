import type { AppLocale } from "@/i18n/routing";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { AnnualReportsSection } from "./annual-reports-section";
import { BranchesSection } from "./branches-section";
import { ChangesSection } from "./changes-section";
import { ChattelMortgagesSection } from "./chattel-mortgages-section";
import { EquityPledgesSection } from "./equity-pledges-section";
import { IpPledgesSection } from "./ip-pledges-section";
import { JudicialAssistanceSection } from "./judicial-assistance-section";
import { KeyPersonsSection } from "./key-persons-section";
import { LicencesSection } from "./licences-section";
import { ListEntriesSection } from "./list-entries-section";
import { PenaltiesSection } from "./penalties-section";
import type { RecordSection, SectionView } from "./record-sections";
import { ContributionsSection, EquityChangesSection } from "./self-published-sections";
import { ShareholdersSection } from "./shareholders-section";
import { SpotChecksSection } from "./spot-checks-section";

type RecordSectionViewProps = {
  locale: AppLocale;
  profile: CompanyProfile;
  section: RecordSection;
  mode: SectionView["mode"];
};

/** One list section of a company's record, on the company page (first rows) or its own page (all rows). */
export function RecordSectionView({ locale, profile, section, mode }: RecordSectionViewProps) {
  const { government: g, selfPublished: s } = profile;
  const view: SectionView = { uscc: profile.uscc, mode };
  switch (section) {
    case "shareholders":
      return <ShareholdersSection locale={locale} shareholders={g.shareholders} view={view} />;
    case "key-personnel":
      return <KeyPersonsSection locale={locale} keyPersons={g.keyPersons} view={view} />;
    case "branches":
      return <BranchesSection locale={locale} branches={g.branches} view={view} />;
    case "changes":
      return <ChangesSection locale={locale} changes={g.changes} view={view} />;
    case "licences":
      return <LicencesSection locale={locale} id="licences" licences={g.licences} view={view} />;
    case "penalties":
      return <PenaltiesSection locale={locale} id="penalties" penalties={g.penalties} view={view} />;
    case "abnormal-operations":
      return <ListEntriesSection locale={locale} list="abnormal-operations" entries={g.abnormalListings} view={view} />;
    case "serious-violations":
      return <ListEntriesSection locale={locale} list="serious-violations" entries={g.seriousViolations} view={view} />;
    case "spot-checks":
      return <SpotChecksSection locale={locale} spotChecks={g.spotChecks} view={view} />;
    case "chattel-mortgages":
      return <ChattelMortgagesSection locale={locale} mortgages={g.chattelMortgages} view={view} />;
    case "equity-pledges":
      return <EquityPledgesSection locale={locale} pledges={g.equityPledges} view={view} />;
    case "judicial-assistance":
      return <JudicialAssistanceSection locale={locale} entries={g.judicialAssistance} view={view} />;
    case "annual-reports":
      return <AnnualReportsSection locale={locale} uscc={profile.uscc} reports={s.annualReports} view={view} />;
    case "contributions":
      return <ContributionsSection locale={locale} contributions={s.contributions} view={view} />;
    case "equity-changes":
      return <EquityChangesSection locale={locale} changes={s.equityChanges} view={view} />;
    case "self-published-licences":
      return <LicencesSection locale={locale} id="self-published-licences" licences={s.licences} view={view} />;
    case "ip-pledges":
      return <IpPledgesSection locale={locale} pledges={s.ipPledges} view={view} />;
    case "self-published-penalties":
      return <PenaltiesSection locale={locale} id="self-published-penalties" penalties={s.penalties} view={view} />;
  }
}
