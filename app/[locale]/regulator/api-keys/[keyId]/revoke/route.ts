import { hasLocale } from "next-intl";
import { isApiKeyId, regulatorApiKeysPath } from "@/components/regulator/api-key-paths";
import { routing } from "@/i18n/routing";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, seeOther } from "@/lib/auth/responses";
import { regulatorAccess } from "@/lib/auth/session";
import { authorityIdsInAreaOf } from "@/lib/dictionaries/authorities";
import { revokeApiKey } from "@/lib/ingestion/api-keys";

/**
 * POST /{locale}/regulator/api-keys/{id}/revoke (no fields) — a supervisor revokes a department's
 * key of their area, with its audit-log row (actor regulator:<username>); the key's next request
 * is refused. Answers 303 to the list with ?revoked=<id> (also when it was revoked already).
 * Another site's form: 403; signed out: to sign in; a role without "manage-api-keys": 403; no
 * such key, or one of another area: 404.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; keyId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const { locale, keyId } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const access = await regulatorAccess("manage-api-keys");
  if (!access.ok) return access.reason === "signed-out" ? seeOther(`/${locale}/regulator/login`) : new Response("Forbidden", { status: 403 });
  if (!isApiKeyId(keyId)) return new Response("Not found", { status: 404 });

  const result = await revokeApiKey({ id: keyId, revokedBy: access.session.actor, authorityIds: authorityIdsInAreaOf(access.session.authorityId) });
  if (result === "not-found") return new Response("Not found", { status: 404 });
  return seeOther(`${regulatorApiKeysPath(locale)}?revoked=${keyId}`);
}
