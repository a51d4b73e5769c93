import { getTranslations } from "next-intl/server";
import { companyTitle } from "@/components/company/company-name";
import type { AppLocale } from "@/i18n/routing";
import type { FilerSession, RegulatorSession } from "@/lib/auth/session";
import { can, isRegulatorRole } from "@/lib/auth/roles";
import { LtrText } from "@/components/ui/bidi";

const barClasses = "mb-6 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b-2 border-rule pb-3 text-sm";
const signOutButton = "cursor-pointer border-0 bg-transparent p-0 text-link underline hover:text-link-hover";

/**
 * Who is signed in on the filing pages, with a link to their dashboard and a sign-out button (a
 * POST form: signing out changes state, so no GET link can do it for them).
 */
export async function FilerSignedInBar({ locale, session }: { locale: AppLocale; session: FilerSession }) {
  const t = await getTranslations({ locale, namespace: "FilerAuth.signedIn" });
  return (
    <nav aria-label={t("label")} className={barClasses}>
      <p>
        {t("signedInFor", { name: companyTitle(locale, session) })} (<LtrText className="font-mono">{session.uscc}</LtrText>)
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <a href={`/${locale}/filing/${session.uscc}`}>{t("dashboard")}</a>
        <form method="post" action={`/${locale}/filing/logout`}>
          <button type="submit" className={signOutButton}>
            {t("signOut")}
          </button>
        </form>
      </div>
    </nav>
  );
}

export type RegulatorPage = "rates" | "filing-codes" | "removals" | "api-keys";

/**
 * Who is signed in on the regulator pages, the pages their role opens (the current one marked),
 * and sign-out.
 */
export async function RegulatorSignedInBar({ locale, session, current }: { locale: AppLocale; session: RegulatorSession; current: RegulatorPage }) {
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const apiKeys = await getTranslations({ locale, namespace: "ApiKeys" });
  const role = isRegulatorRole(session.role) ? t(`roles.${session.role}`) : session.role;
  const links = [
    { page: "rates" as const, href: `/${locale}/regulator`, text: t("nav.rates"), isShown: can(session.role, "read-statistics") },
    { page: "filing-codes" as const, href: `/${locale}/regulator/filing-codes`, text: t("nav.filingCodes"), isShown: can(session.role, "issue-filing-codes") },
    { page: "removals" as const, href: `/${locale}/regulator/removals`, text: t("nav.removals"), isShown: can(session.role, "decide-removals") },
    { page: "api-keys" as const, href: `/${locale}/regulator/api-keys`, text: apiKeys("nav"), isShown: can(session.role, "read-api-keys") },
  ].filter((link) => link.isShown);
  return (
    <div className={barClasses}>
      <nav aria-label={t("nav.label")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {links.map((link) => (
            <li key={link.page}>
              <a href={link.href} {...(link.page === current ? { "aria-current": "page" as const, className: "font-bold" } : {})}>
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <p>{t("signedIn.signedInAs", { name: session.displayName, role })}</p>
        <form method="post" action={`/${locale}/regulator/logout`}>
          <button type="submit" className={signOutButton}>
            {t("signedIn.signOut")}
          </button>
        </form>
      </div>
    </div>
  );
}
