import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { seeOther } from "@/lib/auth/responses";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { submitAnnualReport } from "@/lib/records/annual-report-filing";
import { revalidateCompanyPages } from "@/lib/records/company-pages-cache";

/**
 * POST …/reports/{year}/submit — submits the draft (checked again in full), publishes it at once
 * and shows the confirmation; a problem goes back to check your answers.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; year: string }> }): Promise<Response> {
  const { locale, uscc, year: yearSegment } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null) return new Response("Not found", { status: 404 });
  const paths = filingPaths(locale, uscc);
  const access = await requireFilerPost(request, { locale, uscc, back: paths.check(year) });
  if (!access.ok) return access.response;

  const result = await submitAnnualReport({ enterpriseId: access.session.enterpriseId, year, actor: access.session.actor });
  if (!result.ok) {
    if (result.problem === "no-draft") return seeOther(paths.dashboard);
    return seeOther(`${paths.check(year)}?problem=${result.problem}`);
  }
  // The public pages show it at once: company pages are cached (ISR) until revalidated.
  await revalidateCompanyPages([uscc]);
  return seeOther(paths.confirmation(year));
}
