import { createHash } from "node:crypto";
import { getAnnualReports, getCompanyProfile } from "@/lib/records/companies";
import type { AnnualReport, CompanyProfile } from "@/lib/records/company-profile";
import { registerToday } from "@/lib/rules/publicity";

/**
 * The public record a credit report shows: the company's public projection and its annual
 * reports (published blocks only), read as of one day. Its hash is recorded with each report, so
 * the verification page can tell whether the public record has changed since.
 */
export type ReportData = { profile: CompanyProfile; annualReports: AnnualReport[] };

export async function loadReportData(uscc: string, { today = registerToday() }: { today?: string } = {}): Promise<ReportData | null> {
  const [profile, annualReports] = await Promise.all([getCompanyProfile(uscc, { today }), getAnnualReports(uscc)]);
  return profile === null ? null : { profile, annualReports };
}

/** JSON with object keys sorted, so equal data always hashes alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of what the report shows. `updatedAt` is left out: it is when the record was last
 * written, not something the report shows, and a write that changes nothing public must not
 * make a report look outdated.
 */
export function reportDataHash({ profile, annualReports }: ReportData): string {
  const { updatedAt: _updatedAt, ...shown } = profile;
  return createHash("sha256").update(canonicalJson({ profile: shown, annualReports })).digest("hex");
}
