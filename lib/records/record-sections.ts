import type { CompanyProfile } from "./company-profile";

/**
 * The list sections of a company's public record, by the slug that names them in addresses:
 * /{locale}/companies/{uscc}/records/{slug} (all rows of a section, the company page showing the
 * first ones) and GET /api/v1/companies/{uscc}/records/{slug}. Rows come newest first, as the
 * register orders them.
 */
export const RECORD_SECTIONS = [
  "shareholders",
  "key-personnel",
  "branches",
  "changes",
  "licences",
  "penalties",
  "abnormal-operations",
  "serious-violations",
  "spot-checks",
  "chattel-mortgages",
  "equity-pledges",
  "judicial-assistance",
  "annual-reports",
  "contributions",
  "equity-changes",
  "self-published-licences",
  "ip-pledges",
  "self-published-penalties",
] as const;

export type RecordSection = (typeof RECORD_SECTIONS)[number];

export function isRecordSection(slug: string): slug is RecordSection {
  return (RECORD_SECTIONS as readonly string[]).includes(slug);
}

/** The rows of each section, typed. */
export type RecordSectionRows = {
  shareholders: CompanyProfile["government"]["shareholders"];
  "key-personnel": CompanyProfile["government"]["keyPersons"];
  branches: CompanyProfile["government"]["branches"];
  changes: CompanyProfile["government"]["changes"];
  licences: CompanyProfile["government"]["licences"];
  penalties: CompanyProfile["government"]["penalties"];
  "abnormal-operations": CompanyProfile["government"]["abnormalListings"];
  "serious-violations": CompanyProfile["government"]["seriousViolations"];
  "spot-checks": CompanyProfile["government"]["spotChecks"];
  "chattel-mortgages": CompanyProfile["government"]["chattelMortgages"];
  "equity-pledges": CompanyProfile["government"]["equityPledges"];
  "judicial-assistance": CompanyProfile["government"]["judicialAssistance"];
  "annual-reports": CompanyProfile["selfPublished"]["annualReports"];
  contributions: CompanyProfile["selfPublished"]["contributions"];
  "equity-changes": CompanyProfile["selfPublished"]["equityChanges"];
  "self-published-licences": CompanyProfile["selfPublished"]["licences"];
  "ip-pledges": CompanyProfile["selfPublished"]["ipPledges"];
  "self-published-penalties": CompanyProfile["selfPublished"]["penalties"];
};

/** The part of the public record each list section shows. */
export function recordSectionRows<Section extends RecordSection>(profile: CompanyProfile, section: Section): RecordSectionRows[Section] {
  const { government: g, selfPublished: s } = profile;
  const rows: RecordSectionRows = {
    shareholders: g.shareholders,
    "key-personnel": g.keyPersons,
    branches: g.branches,
    changes: g.changes,
    licences: g.licences,
    penalties: g.penalties,
    "abnormal-operations": g.abnormalListings,
    "serious-violations": g.seriousViolations,
    "spot-checks": g.spotChecks,
    "chattel-mortgages": g.chattelMortgages,
    "equity-pledges": g.equityPledges,
    "judicial-assistance": g.judicialAssistance,
    "annual-reports": s.annualReports,
    contributions: s.contributions,
    "equity-changes": s.equityChanges,
    "self-published-licences": s.licences,
    "ip-pledges": s.ipPledges,
    "self-published-penalties": s.penalties,
  };
  return rows[section];
}
