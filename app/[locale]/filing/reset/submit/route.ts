import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { resetFilerPassword } from "@/lib/auth/filer-accounts";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, readForm, seeOther } from "@/lib/auth/responses";
import { endSession } from "@/lib/auth/session";
import { setFormFlash } from "@/lib/forms/form-flash";
import { formFields } from "@/lib/validation/form-data";
import { FILER_FORMS, RESET_FIELDS, parseResetForm } from "@/lib/validation/filer-auth";

/**
 * POST /{locale}/filing/reset/submit — sets a new password with a new filing code, which ends
 * every session of the account (this browser's too), then asks the filer to sign in with it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const form = await readForm(request);
  const fields = formFields(form ?? new FormData(), RESET_FIELDS);
  const back = async (errors: Record<string, string>, facts: Record<string, string> = {}) => {
    const id = await setFormFlash({ form: FILER_FORMS.reset, errors, values: { uscc: fields.uscc }, facts });
    return seeOther(`/${locale}/filing/reset?form=${id}`);
  };

  const parsed = parseResetForm(fields);
  if (!parsed.ok) return back(parsed.fieldErrors);
  const result = await resetFilerPassword(parsed.data, { address: clientAddress(request.headers) });
  if (!result.ok) {
    if (result.reason === "throttled") return back({ uscc: "throttled" }, { retryAt: result.retryAt.toISOString() });
    return back({ uscc: result.reason === "not-activated" ? "notActivated" : "noMatch" });
  }
  await endSession();
  return seeOther(`/${locale}/filing/login?reset=1`);
}
