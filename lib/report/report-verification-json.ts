import type { ReportVerification } from "./credit-reports";

/** The API's answer about a report: exactly these fields, whatever else the lookup carried. */
export function reportVerificationJson(result: ReportVerification) {
  return {
    genuine: result.genuine,
    reportId: result.reportId,
    generatedAt: result.generatedAt,
    changedSince: result.changedSince,
    company: result.company,
    locale: result.locale,
  };
}
