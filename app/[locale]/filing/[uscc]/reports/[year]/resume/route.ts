import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { seeOther } from "@/lib/auth/responses";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { openDraft } from "@/lib/records/annual-report-filing";
import { STEPS_OF_FORM, checkReport } from "@/lib/validation/annual-report";

/**
 * POST …/reports/{year}/resume — starts the year's report (a draft, prefilled) or picks up the
 * saved one, at the first page not yet answered in full; check your answers when all are.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; year: string }> }): Promise<Response> {
  const { locale, uscc, year: yearSegment } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null) return new Response("Not found", { status: 404 });
  const paths = filingPaths(locale, uscc);
  const access = await requireFilerPost(request, { locale, uscc, back: paths.dashboard });
  if (!access.ok) return access.response;

  const draft = await openDraft({ enterpriseId: access.session.enterpriseId, year, purpose: "file" });
  if (!draft.ok) return seeOther(`${paths.dashboard}?problem=${draft.problem}${draft.problem === "file-oldest-first" ? `&year=${draft.year}` : ""}`);
  const checked = checkReport(draft.answers, { form: draft.form, year });
  if (checked.ok) return seeOther(paths.check(year));
  const first = STEPS_OF_FORM[draft.form].find((step) => checked.invalidSteps.includes(step)) ?? "basic";
  return seeOther(paths.step(year, first));
}
