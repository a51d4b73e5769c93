import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { activateFilerAccount } from "@/lib/auth/filer-accounts";
import { filerLandingPath } from "@/lib/auth/next-path";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, readForm, seeOther } from "@/lib/auth/responses";
import { endSession, startSession } from "@/lib/auth/session";
import { setFormFlash } from "@/lib/forms/form-flash";
import { formFields } from "@/lib/validation/form-data";
import { ACTIVATE_FIELDS, FILER_FORMS, parseActivateForm } from "@/lib/validation/filer-auth";

/**
 * POST /{locale}/filing/activate/submit — activates the enterprise's filer account with a filing
 * code and signs the liaison person in (303 to `next` or the dashboard). Problems go back to the
 * form; a wrong code / name / filing code says only that they do not match.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const form = await readForm(request);
  const fields = formFields(form ?? new FormData(), [...ACTIVATE_FIELDS, "next"]);
  const back = async (errors: Record<string, string>, facts: Record<string, string> = {}) => {
    // Kept for the form: what is neither secret nor an ID number.
    const values = { uscc: fields.uscc, enterpriseName: fields.enterpriseName, liaisonName: fields.liaisonName, liaisonPhone: fields.liaisonPhone };
    const id = await setFormFlash({ form: FILER_FORMS.activate, errors, values, facts });
    const query = new URLSearchParams({ form: id, ...(fields.next ? { next: fields.next } : {}) });
    return seeOther(`/${locale}/filing/activate?${query}`);
  };

  const parsed = parseActivateForm(fields);
  if (!parsed.ok) return back(parsed.fieldErrors);
  const result = await activateFilerAccount(parsed.data, { address: clientAddress(request.headers) });
  if (!result.ok) {
    if (result.reason === "throttled") return back({ uscc: "throttled" }, { retryAt: result.retryAt.toISOString() });
    return back({ uscc: result.reason === "already-active" ? "alreadyActive" : "noMatch" });
  }
  await endSession();
  await startSession({ filerAccountId: result.accountId });
  return seeOther(filerLandingPath({ next: fields.next, locale, uscc: result.uscc }));
}
