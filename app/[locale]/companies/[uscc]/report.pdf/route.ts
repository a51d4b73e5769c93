import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { generateCreditReport } from "@/lib/report/credit-reports";
import { reportFileName } from "@/lib/report/report-files";

/**
 * GET /{locale}/companies/{uscc}/report.pdf — a new credit report of the company, in the page's
 * language, recorded for verification (lib/report/credit-reports.ts). Every request makes a new
 * report with its own number. A loosely typed code redirects to the canonical address; a code
 * the register does not hold (or a malformed one) goes to the company page, which explains.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }): Promise<Response> {
  const { locale, uscc: raw } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  let segment = raw;
  try {
    segment = decodeURIComponent(raw);
  } catch {}
  const input = classifyCodeInput(segment);
  const companyPage = new URL(`/${locale}/companies/${encodeURIComponent(segment)}`, request.url);
  if (input.kind !== "uscc" || (!input.check.ok && input.check.reason !== "check-character")) return Response.redirect(companyPage, 303);
  if (input.check.code !== segment) return Response.redirect(new URL(`/${locale}/companies/${input.check.code}/report.pdf`, request.url), 308);

  const report = await generateCreditReport(input.check.code, locale);
  if (report === null) return Response.redirect(companyPage, 303);
  return new Response(new Uint8Array(report.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(report.pdf.length),
      "content-disposition": `inline; filename="${reportFileName(report)}"`,
      "cache-control": "no-store",
      "x-report-id": report.reportId,
    },
  });
}
