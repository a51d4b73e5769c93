import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { findReport, normalizeReportId } from "@/lib/report/credit-reports";
import { reportVerificationJson } from "@/lib/report/report-verification-json";

/**
 * GET /api/v1/reports/{reportId} — what the register recorded for a report number (as printed,
 * with or without dashes): `{ genuine: true, reportId, generatedAt, changedSince, company, locale }`.
 * A number proves the report was issued, not that a printout is unaltered (POST the file to
 * /api/v1/reports/verify for that). 404 for a number the register never issued, 422 for a malformed one.
 */
export const GET = publicGet<{ reportId: string }>(async (_request, { params }) => {
  const { reportId } = await params;
  const id = normalizeReportId(decodeURIComponent(reportId));
  if (id === null) throw new AppError("unprocessable", "A report number has 12 letters and digits.", [{ field: "reportId", reason: "format", detail: "A report number has 12 letters and digits, e.g. K7M2-9QPA-2D3X." }]);
  const report = await findReport(id);
  if (report === null) throw new AppError("not-found", `This register has not issued a report numbered ${id}.`);
  return Response.json(reportVerificationJson(report), { headers: { "cache-control": "no-store" } });
});

export const OPTIONS = publicPreflight;
