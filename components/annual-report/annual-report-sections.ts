/**
 * Which sections an annual report shows, by form (dictionary "annual-report-forms"): companies
 * file the full report; individual businesses and farmers' cooperatives a shorter one with their
 * business results instead of the company blocks.
 */
export type AnnualReportSectionId =
  | "basic"
  | "websites"
  | "contributions"
  | "investments"
  | "assets"
  | "operating"
  | "guarantees"
  | "equity-changes"
  | "social-insurance"
  | "amendments";

const COMPANY_SECTIONS: readonly AnnualReportSectionId[] = [
  "basic",
  "websites",
  "contributions",
  "investments",
  "assets",
  "guarantees",
  "equity-changes",
  "social-insurance",
  "amendments",
];

const SHORT_SECTIONS: readonly AnnualReportSectionId[] = ["basic", "websites", "operating", "amendments"];

export function annualReportSections(form: string): readonly AnnualReportSectionId[] {
  return form === "individual" || form === "cooperative" ? SHORT_SECTIONS : COMPANY_SECTIONS;
}

/** Message key (AnnualReport.sections.*) of each section's title. */
export const SECTION_TITLES = {
  basic: "basic",
  websites: "websites",
  contributions: "contributions",
  investments: "investments",
  assets: "assets",
  operating: "operating",
  guarantees: "guarantees",
  "equity-changes": "equityChanges",
  "social-insurance": "socialInsurance",
  amendments: "amendments",
} as const satisfies Record<AnnualReportSectionId, string>;
