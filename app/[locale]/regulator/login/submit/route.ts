import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { isSameOrigin } from "@/lib/auth/origin";
import { signInRegulator } from "@/lib/auth/regulator-users";
import { forbiddenOrigin, readForm, seeOther } from "@/lib/auth/responses";
import { endSession, startSession } from "@/lib/auth/session";
import { setFormFlash } from "@/lib/forms/form-flash";
import { formFields } from "@/lib/validation/form-data";
import { REGULATOR_FORMS, REGULATOR_LOGIN_FIELDS, parseRegulatorLoginForm } from "@/lib/validation/regulator";

/** POST /{locale}/regulator/login/submit (username, password) — signs staff in, then the filing rates. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const form = await readForm(request);
  const fields = formFields(form ?? new FormData(), REGULATOR_LOGIN_FIELDS);
  const back = async (errors: Record<string, string>, facts: Record<string, string> = {}) => {
    const id = await setFormFlash({ form: REGULATOR_FORMS.login, errors, values: { username: fields.username }, facts });
    return seeOther(`/${locale}/regulator/login?form=${id}`);
  };

  const parsed = parseRegulatorLoginForm(fields);
  if (!parsed.ok) return back(parsed.fieldErrors);
  const result = await signInRegulator(parsed.data, { address: clientAddress(request.headers) });
  if (!result.ok) {
    return result.reason === "throttled" ? back({ username: "throttled" }, { retryAt: result.retryAt.toISOString() }) : back({ username: "signInFailed" });
  }
  await endSession();
  await startSession({ regulatorUserId: result.userId });
  return seeOther(`/${locale}/regulator`);
}
