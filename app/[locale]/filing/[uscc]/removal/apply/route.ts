import { hasLocale } from "next-intl";
import { filerLoginHref, removalPagePath, seeOther } from "@/components/removal/access";
import { routing } from "@/i18n/routing";
import { isSameOrigin } from "@/lib/auth/origin";
import { filerAccessTo } from "@/lib/auth/session";
import { applyForRemoval } from "@/lib/records/removal-applications";
import { removalApplicationSchema } from "@/lib/validation/removal-application";

/**
 * POST /{locale}/filing/{uscc}/removal/apply (form: listingId) — the filer applies for the removal
 * of one of their enterprise's listings. Answers 303 to the removal page: ?applied=<id>, or
 * ?error=<reason>&listing=<id> when refused. Another site's form: 403. Signed out: to sign in.
 * Another enterprise's code: 404.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const page = removalPagePath(locale, uscc);
  const to = seeOther;

  const access = await filerAccessTo(uscc);
  if (!access.ok) return access.reason === "signed-out" ? to(filerLoginHref(locale, page)) : new Response("Not found", { status: 404 });

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
