import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { seeOther } from "@/lib/auth/responses";
import { filingPaths, nextStep, parseYear } from "@/lib/filing/filing-paths";
import { getDraft, saveDraftStep } from "@/lib/records/annual-report-filing";
import { STEPS_OF_FORM, checkStep, isStepId } from "@/lib/validation/annual-report";
import { answersFromForm, withoutBlankRows } from "@/lib/validation/form-answers";

/** A question page's form is far smaller than this: anything bigger is refused unread. */
const MAX_FORM_BYTES = 256 * 1024;

/**
 * POST …/reports/{year}/{step}/save — keeps the step's answers in the draft (valid or not), then:
 * "add" / "remove-N" come back to the page with a row more or less; "later" goes to the
 * dashboard; "continue" checks the answers and goes on to the next page (or back to check your
 * answers), or back to this page with its problems.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; year: string; step: string }> }): Promise<Response> {
  const { locale, uscc, year: yearSegment, step } = await params;
  const year = parseYear(yearSegment);
  if (!hasLocale(routing.locales, locale) || year === null || !isStepId(step)) return new Response("Not found", { status: 404 });
  const paths = filingPaths(locale, uscc);
  const access = await requireFilerPost(request, { locale, uscc, back: paths.step(year, step) });
  if (!access.ok) return access.response;
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) return new Response("Payload too large", { status: 413 });

  const enterpriseId = access.session.enterpriseId;
  const draft = await getDraft({ enterpriseId, year });
  if (draft === null) return seeOther(paths.dashboard);
  if (!STEPS_OF_FORM[draft.form].includes(step)) return new Response("Not found", { status: 404 });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return seeOther(paths.step(year, step));
  }
  const intent = String(form.get("intent") ?? "continue");
  const fromCheck = form.get("from") === "check";
  let answers = answersFromForm(form);
  const removing = /^remove-(\d{1,2})$/.exec(intent);
  if (removing && Array.isArray(answers.rows)) answers = { ...answers, rows: answers.rows.filter((_, index) => index !== Number(removing[1])) };
  answers = withoutBlankRows(answers, { keepAll: step === "social-insurance" });
  await saveDraftStep({ enterpriseId, year, step, answers });

  if (intent === "add" || removing) return seeOther(`${paths.step(year, step, { fromCheck })}#f-rows`);
  if (intent === "later") return seeOther(`${paths.dashboard}?saved=${year}`);

  const basic = step === "basic" ? null : checkStep("basic", draft.answers.basic, { form: draft.form, year, employees: null });
  const employees = basic?.ok ? basic.value.employees : null;
  const checked = checkStep(step, answers, { form: draft.form, year, employees });
  if (!checked.ok) return seeOther(paths.step(year, step, { fromCheck, errors: true }));
  const next = nextStep(draft.form, step);
  return seeOther(fromCheck || next === null ? paths.check(year) : paths.step(year, next));
}
