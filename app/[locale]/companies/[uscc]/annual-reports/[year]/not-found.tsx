import { AnnualReportNotFound } from "@/components/annual-report/annual-report-not-found";

/** No report for that company and year (or a malformed year). HTTP 404. */
export default function AnnualReportNotFoundPage() {
  return <AnnualReportNotFound />;
}
