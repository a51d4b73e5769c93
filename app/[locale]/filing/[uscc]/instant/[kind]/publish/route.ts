import { checkFilerPost, readPostedForm } from "@/components/instant-info/instant-access";
import { seeOther } from "@/lib/auth/responses";
import { instantFormPath, instantListPath } from "@/components/instant-info/instant-info-paths";
import { publishInstantInfo } from "@/lib/records/instant-info";
import { registerToday } from "@/lib/rules/publicity";
import { parseInstantInfo, valuesForForm, type InstantInfoKind } from "@/lib/validation/instant-info";
import { revalidateCompanyPages } from "@/lib/records/company-pages-cache";

/**
 * POST /{locale}/filing/{uscc}/instant/{kind}/publish — publishes the checked values: checked
 * once more (the check page's hidden fields came from the browser), written with the audit log
 * and the search outbox (lib/records/instant-info.ts), the company's cached pages refreshed, then
 * back to the list with the deadline and whether it was in time (?published=<kind>-<id>).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string; kind: string }> }): Promise<Response> {
  const { locale, uscc, kind } = await params;
  const access = await checkFilerPost(request, { locale, uscc, kind, back: (safe) => instantFormPath(safe, uscc, kind as InstantInfoKind) });
  if (!access.ok) return access.response;
  const raw = await readPostedForm(request);
  if (raw === null) return new Response("Payload too large", { status: 413 });
  const today = registerToday();
  const parsed = parseInstantInfo(access.kind, raw, { today });
  if (!parsed.ok) return seeOther(instantFormPath(access.locale, uscc, access.kind, valuesForForm(access.kind, raw), { isInvalid: true }));

  const { session } = access;
  const result = await publishInstantInfo({ enterpriseId: session.enterpriseId, actor: session.actor, item: parsed.item, changedOn: parsed.changedOn, today });
  await revalidateCompanyPages([session.uscc]);
  return seeOther(`${instantListPath(access.locale, uscc)}?published=${access.kind}-${result.id}#published`);
}
