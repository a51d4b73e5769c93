import { hasLocale } from "next-intl";
import { companyTitle } from "@/components/company/company-name";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, readForm, seeOther } from "@/lib/auth/responses";
import { regulatorAccess } from "@/lib/auth/session";
import { setFormFlash } from "@/lib/forms/form-flash";
import { issueFilingCode } from "@/lib/records/filing-codes";
import { formFields } from "@/lib/validation/form-data";
import { ISSUE_CODE_FIELDS, REGULATOR_FORMS, parseIssueCodeForm } from "@/lib/validation/regulator";

/**
 * POST /{locale}/regulator/filing-codes/issue (uscc) — a registrar issues a filing code. The code
 * goes back to the page once, in the short-lived flash cookie (never in the URL, never stored).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const access = await regulatorAccess("issue-filing-codes");
  if (!access.ok) return access.reason === "signed-out" ? seeOther(`/${locale}/regulator/login`) : new Response("Forbidden", { status: 403 });
  const form = await readForm(request);
  const fields = formFields(form ?? new FormData(), ISSUE_CODE_FIELDS);
  const back = async (flash: { errors?: Record<string, string>; facts?: Record<string, string> }) => {
    const id = await setFormFlash({ form: REGULATOR_FORMS.issueCode, errors: flash.errors ?? {}, values: { uscc: fields.uscc }, facts: flash.facts ?? {} });
    return seeOther(`/${locale}/regulator/filing-codes?form=${id}`);
  };

  const parsed = parseIssueCodeForm(fields);
  if (!parsed.ok) return back({ errors: parsed.fieldErrors });
  const result = await issueFilingCode({ uscc: parsed.data.uscc, actor: access.session.actor, address: clientAddress(request.headers) });
  if (!result.ok) return back({ errors: { uscc: result.reason === "unknown-enterprise" ? "unknownEnterprise" : "doesNotFile" } });
  const name = companyTitle(locale, result);
  return back({ facts: { code: result.code, uscc: result.uscc, name, expiresAt: result.expiresAt.toISOString() } });
}
