import type { AppLocale } from "@/i18n/routing";
import type { CompanyProfile } from "@/lib/records/company-profile";
import type { CompanySectionId } from "./company-sections";

/**
 * The list sections of a company page. The company page shows the first PREVIEW_ROWS rows of
 * each (newest first, as the register orders them) and links to a page with all of them:
 * /{locale}/companies/{uscc}/records/{slug}. The slug is the section's anchor id on the company page.
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
] as const satisfies readonly CompanySectionId[];

export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** Rows a list section shows on the company page. */
export const PREVIEW_ROWS = 5;

export function isRecordSection(slug: string): slug is RecordSection {
  return (RECORD_SECTIONS as readonly string[]).includes(slug);
}

/** The part of the public record each list section shows. */
export function recordSectionRows(profile: CompanyProfile, section: RecordSection): readonly unknown[] {
  const { government: g, selfPublished: s } = profile;
  switch (section) {
    case "shareholders":
      return g.shareholders;
    case "key-personnel":
      return g.keyPersons;
    case "branches":
      return g.branches;
    case "changes":
      return g.changes;
    case "licences":
      return g.licences;
    case "penalties":
      return g.penalties;
    case "abnormal-operations":
      return g.abnormalListings;
    case "serious-violations":
      return g.seriousViolations;
    case "spot-checks":
      return g.spotChecks;
    case "chattel-mortgages":
      return g.chattelMortgages;
    case "equity-pledges":
      return g.equityPledges;
    case "judicial-assistance":
      return g.judicialAssistance;
    case "annual-reports":
      return s.annualReports;
    case "contributions":
      return s.contributions;
    case "equity-changes":
      return s.equityChanges;
    case "self-published-licences":
      return s.licences;
    case "ip-pledges":
      return s.ipPledges;
    case "self-published-penalties":
      return s.penalties;
  }
}

export function recordSectionHref(locale: AppLocale, uscc: string, section: RecordSection): string {
  return `/${locale}/companies/${uscc}/records/${section}`;
}

/**
 * Where a list section is shown: on the company page ("preview": the first rows and a link to
 * all of them) or on its own page ("full": every row, no section heading of its own).
 */
export type SectionView = { uscc: string; mode: "preview" | "full" };

/** The rows a section shows in a view. */
export function visibleRows<T>(rows: T[], view: SectionView): T[] {
  return view.mode === "preview" && rows.length > PREVIEW_ROWS ? rows.slice(0, PREVIEW_ROWS) : rows;
}
