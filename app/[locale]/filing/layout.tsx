import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { FilerSignedInBar } from "@/components/auth/signed-in-bar";
import { routing } from "@/i18n/routing";
import { getSession } from "@/lib/auth/session";

// Filing pages are personal: never in search engines, never cached.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Every page under /{locale}/filing: the signed-in filer's bar (their enterprise, their
 * dashboard, sign out) above the page. Signed-out visitors see the page alone.
 */
export default async function FilingLayout({ children, params }: LayoutProps<"/[locale]/filing">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const session = await getSession();
  return (
    <>
      {session?.kind === "filer" ? <FilerSignedInBar locale={locale} session={session} /> : null}
      {children}
    </>
  );
}
