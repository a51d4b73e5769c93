import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientAddress } from "@/lib/auth/client-address";
import { isSameOrigin } from "@/lib/auth/origin";
import { recordRegulatorSignOut } from "@/lib/auth/regulator-users";
import { forbiddenOrigin, seeOther } from "@/lib/auth/responses";
import { endSession, getSession } from "@/lib/auth/session";

/** POST /{locale}/regulator/logout — ends this browser's session (recorded). */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const session = await getSession();
  await endSession();
  if (session?.kind === "regulator") await recordRegulatorSignOut(session, { address: clientAddress(request.headers) });
  return seeOther(`/${locale}/regulator/login?signedOut=1`);
}
