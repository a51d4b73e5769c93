import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { seeOther } from "@/lib/auth/responses";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { openDraft } from "@/lib/records/annual-report-filing";

/** POST …/reports/new/choose — the year chosen: open its draft and go to the first question. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }): Promise<Response> {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const paths = filingPaths(locale, uscc);
  const access = await requireFilerPost(request, { locale, uscc, back: paths.chooseYear });
  if (!access.ok) return access.response;

  const form = await request.formData().catch(() => null);
  const year = parseYear(String(form?.get("year") ?? ""));
  if (year === null) return seeOther(`${paths.chooseYear}?error=choose`);
  const draft = await openDraft({ enterpriseId: access.session.enterpriseId, year, purpose: "file" });
  if (!draft.ok) return seeOther(`${paths.chooseYear}?error=${draft.problem === "file-oldest-first" || draft.problem === "already-filed" ? draft.problem : "not-due"}`);
  return seeOther(paths.step(year, "basic"));
}
