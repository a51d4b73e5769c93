import { hasLocale } from "next-intl";
import { removalPagePath } from "@/components/removal/access";
import { routing } from "@/i18n/routing";
import { requireFilerPost } from "@/lib/auth/guards";
import { forbiddenOrigin, seeOther } from "@/lib/auth/responses";
import { isSameOrigin } from "@/lib/auth/origin";
import { applyForRemoval } from "@/lib/records/removal-applications";
import { removalApplicationSchema } from "@/lib/validation/removal-application";

/**
 * POST /{locale}/filing/{uscc}/removal/apply (form: listingId) — the filer applies for the removal
 * of one of their enterprise's listings. Answers 303 to the removal page: ?applied=<id>, or
 * ?error=<reason>&listing=<id> when refused. Another site's form: 403. Signed out: to sign in.
 * Another enterprise's code: 404.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const page = removalPagePath(locale, uscc);
  const to = seeOther;

  const access = await requireFilerPost(request, { locale, uscc, back: page });
  if (!access.ok) return access.response;

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return to(`${page}?error=choose-listing`);
  }
  const parsed = removalApplicationSchema.safeParse({ listingId: form.get("listingId") ?? undefined });
  if (!parsed.success) return to(`${page}?error=choose-listing`);

  const result = await applyForRemoval({ enterpriseId: access.session.enterpriseId, listingId: parsed.data.listingId, actor: access.session.actor });
  if (!result.ok) return to(`${page}?error=${result.reason}&listing=${parsed.data.listingId}`);
  return to(`${page}?applied=${result.applicationId}`);
}
