import { forbidden, redirect } from "next/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { RegulatorPermission } from "@/lib/auth/roles";
import { regulatorAccess, type RegulatorSession } from "@/lib/auth/session";

/**
 * The regulator's session for a page that needs `permission`: signed out (or signed in as a filer)
 * → the regulator sign-in page; a role without the permission → 403 (regulator/forbidden.tsx).
 */
export async function requireRegulator(locale: AppLocale, permission: RegulatorPermission): Promise<RegulatorSession> {
  const access = await regulatorAccess(permission);
  if (access.ok) return access.session;
  if (access.reason === "signed-out") redirect(`/${locale}/regulator/login`);
  forbidden();
}
