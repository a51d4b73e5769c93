import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { signInFiler } from "@/lib/auth/filer-accounts";
import { filerLandingPath } from "@/lib/auth/next-path";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, readForm, seeOther } from "@/lib/auth/responses";
import { endSession, startSession } from "@/lib/auth/session";
import { setFormFlash } from "@/lib/forms/form-flash";
import { formFields } from "@/lib/validation/form-data";
import { FILER_FORMS, LOGIN_FIELDS, parseLoginForm } from "@/lib/validation/filer-auth";

/**
 * POST /{locale}/filing/login/submit (uscc, password, next) — signs the filer in and sends them
 * on (303) to `next` when it is one of their own filing pages, else to their dashboard. Problems
 * go back to the sign-in page (the code typed is kept, the password never).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const form = await readForm(request);
  const fields = formFields(form ?? new FormData(), [...LOGIN_FIELDS, "next"]);
  const back = async (errors: Record<string, string>, facts: Record<string, string> = {}) => {
    const id = await setFormFlash({ form: FILER_FORMS.login, errors, values: { uscc: fields.uscc }, facts });
    const query = new URLSearchParams({ form: id, ...(fields.next ? { next: fields.next } : {}) });
    return seeOther(`/${locale}/filing/login?${query}`);
  };

  const parsed = parseLoginForm(fields);
  if (!parsed.ok) return back(parsed.fieldErrors);
  const result = await signInFiler(parsed.data, { address: clientAddress(request.headers) });
  if (!result.ok) {
    return result.reason === "throttled" ? back({ uscc: "throttled" }, { retryAt: result.retryAt.toISOString() }) : back({ uscc: "signInFailed" });
  }
  // A new session for a new sign-in: whatever this browser held before is ended.
  await endSession();
  await startSession({ filerAccountId: result.accountId });
  return seeOther(filerLandingPath({ next: fields.next, locale, uscc: result.uscc }));
}
