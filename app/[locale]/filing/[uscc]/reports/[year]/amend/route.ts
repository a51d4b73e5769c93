import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { seeOther } from "@/lib/auth/responses";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { openDraft } from "@/lib/records/annual-report-filing";

/** POST …/reports/{year}/amend — opens a filed report for amendment (until its deadline), at check your answers. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; year: string }> }): Promise<Response> {
  const { locale, uscc, year: yearSegment } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null) return new Response("Not found", { status: 404 });
  const paths = filingPaths(locale, uscc);
  const access = await requireFilerPost(request, { locale, uscc, back: paths.dashboard });
  if (!access.ok) return access.response;

  const draft = await openDraft({ enterpriseId: access.session.enterpriseId, year, purpose: "amend" });
  if (!draft.ok) return seeOther(`${paths.dashboard}?problem=${draft.problem}`);
  return seeOther(paths.check(year));
}
