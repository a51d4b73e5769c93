import type { CompanyProfile } from "@/lib/records/company-profile";

/**
 * The sections of a company page, in the order gsxt shows them, with their anchor ids and the
 * message key of their title (Company.sections.*). The page and its contents list both use it.
 */
export const GOVERNMENT_SECTIONS = [
  { id: "registration", title: "registration" },
  { id: "shareholders", title: "shareholders" },
  { id: "key-personnel", title: "keyPersons" },
  { id: "branches", title: "branches" },
  { id: "changes", title: "changes" },
  { id: "former-names", title: "formerNames" },
  { id: "liquidation", title: "liquidation" },
  { id: "licences", title: "licences" },
  { id: "penalties", title: "penalties" },
  { id: "abnormal-operations", title: "abnormalList" },
  { id: "serious-violations", title: "seriousViolations" },
  { id: "spot-checks", title: "spotChecks" },
  { id: "chattel-mortgages", title: "chattelMortgages" },
  { id: "equity-pledges", title: "equityPledges" },
  { id: "judicial-assistance", title: "judicialAssistance" },
] as const;

export const SELF_PUBLISHED_SECTIONS = [
  { id: "annual-reports", title: "annualReports" },
  { id: "contributions", title: "contributions" },
  { id: "equity-changes", title: "equityChanges" },
  { id: "self-published-licences", title: "selfLicences" },
  { id: "ip-pledges", title: "ipPledges" },
  { id: "self-published-penalties", title: "selfPenalties" },
] as const;

export type CompanySectionId =
  | (typeof GOVERNMENT_SECTIONS)[number]["id"]
  | (typeof SELF_PUBLISHED_SECTIONS)[number]["id"];

export type CompanySectionTitle =
  | (typeof GOVERNMENT_SECTIONS)[number]["title"]
  | (typeof SELF_PUBLISHED_SECTIONS)[number]["title"];

export const CONTENTS_ID = "contents";

const TITLE_KEYS = new Map<CompanySectionId, CompanySectionTitle>(
  [...GOVERNMENT_SECTIONS, ...SELF_PUBLISHED_SECTIONS].map((section) => [section.id, section.title]),
);

/** The message key of a section's title (Company.sections.*). */
export function sectionTitleKey(id: CompanySectionId): CompanySectionTitle {
  return TITLE_KEYS.get(id) ?? "registration";
}

/** How many entries a section holds (shown in the contents list); null for the registration details. */
export function sectionEntryCount(profile: CompanyProfile, id: CompanySectionId): number | null {
  const { government: g, selfPublished: s } = profile;
  switch (id) {
    case "registration":
      return null;
    case "shareholders":
      return g.shareholders.length;
    case "key-personnel":
      return g.keyPersons.length;
    case "branches":
      return g.branches.length;
    case "changes":
      return g.changes.length;
    case "former-names":
      return profile.formerNames.length;
    case "liquidation":
      return g.liquidation === null ? 0 : 1;
    case "licences":
      return g.licences.length;
    case "penalties":
      return g.penalties.length;
    case "abnormal-operations":
      return g.abnormalListings.length;
    case "serious-violations":
      return g.seriousViolations.length;
    case "spot-checks":
      return g.spotChecks.length;
    case "chattel-mortgages":
      return g.chattelMortgages.length;
    case "equity-pledges":
      return g.equityPledges.length;
    case "judicial-assistance":
      return g.judicialAssistance.length;
    case "annual-reports":
      return s.annualReports.length;
    case "contributions":
      return s.contributions.length;
    case "equity-changes":
      return s.equityChanges.length;
    case "self-published-licences":
      return s.licences.length;
    case "ip-pledges":
      return s.ipPledges.length;
    case "self-published-penalties":
      return s.penalties.length;
  }
}
