import { checkFilerPost, readPostedForm } from "@/components/instant-info/instant-access";
import { seeOther } from "@/lib/auth/responses";
import { instantCheckPath, instantFormPath } from "@/components/instant-info/instant-info-paths";
import { registerToday } from "@/lib/rules/publicity";
import { parseInstantInfo, toRawInstantInfo, valuesForForm, type InstantInfoKind } from "@/lib/validation/instant-info";

/**
 * POST /{locale}/filing/{uscc}/instant/{kind}/submit — the form's answers. Checked with the kind's
 * schema: wrong → back to the form with the values typed (it shows the problems); right → the
 * check page, which shows the deadline before anything is published.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; kind: string }> }): Promise<Response> {
  const { locale, uscc, kind } = await params;
  const access = await checkFilerPost(request, { locale, uscc, kind, back: (safe) => instantFormPath(safe, uscc, kind as InstantInfoKind) });
  if (!access.ok) return access.response;
  const raw = await readPostedForm(request);
  if (raw === null) return new Response("Payload too large", { status: 413 });
  const parsed = parseInstantInfo(access.kind, raw, { today: registerToday() });
  if (!parsed.ok) return seeOther(instantFormPath(access.locale, uscc, access.kind, valuesForForm(access.kind, raw), { isInvalid: true }));
  return seeOther(instantCheckPath(access.locale, uscc, access.kind, toRawInstantInfo(parsed.item)));
}
