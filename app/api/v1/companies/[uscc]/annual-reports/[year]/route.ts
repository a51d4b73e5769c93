import { readCompanyCodeSegment, redirectToCanonicalCode } from "@/lib/api/company-code";
import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { getAnnualReport, isCompanyOnRegister } from "@/lib/records/companies";

/**
 * GET /api/v1/companies/{uscc}/annual-reports/{year} — one filed annual report, as its page
 * shows it: the blocks the company chose not to publish (assets, guarantees, social insurance)
 * say only `{ "isPublished": false }`. 404 when the company filed no report for that year (or is
 * not on the register); 422 for a year that is not four digits or a wrong code.
 */
export const GET = publicGet<{ uscc: string; year: string }>(async (request, { params }) => {
  const { uscc, year: rawYear } = await params;
  if (!/^\d{4}$/.test(rawYear)) {
    throw new AppError("unprocessable", "The year has four digits, e.g. 2025.", [{ field: "year", reason: "format", detail: "A report year has four digits, e.g. 2025." }]);
  }
  const year = Number(rawYear);
  const segment = await readCompanyCodeSegment(uscc);
  if (segment.kind === "redirect") return redirectToCanonicalCode(request, segment.uscc);
  const report = await getAnnualReport({ uscc: segment.uscc, year });
  if (report !== null) return Response.json(report);
  // Tell "no such company" (or a wrong check character) from "no report for that year".
  if (!(await isCompanyOnRegister(segment.uscc))) throw segment.ifMissing;
  throw new AppError("not-found", `The company ${segment.uscc} filed no annual report for ${year}.`);
});

export const OPTIONS = publicPreflight;
