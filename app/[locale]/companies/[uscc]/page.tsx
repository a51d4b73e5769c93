import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeProblemExplanation, getCodeProblemTitle } from "@/components/company/code-problem-explanation";
import { companyTitle } from "@/components/company/company-name";
import { CompanyRecord } from "@/components/company/company-record";
import { resolveCompanyCode } from "@/components/company/resolve-company-code";
import { routing } from "@/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/companies/[uscc]">): Promise<Metadata> {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  await connection();
  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "found":
      return { title: companyTitle(locale, resolution.profile) };
    case "invalid":
      return { title: await getCodeProblemTitle(locale, resolution.problem), robots: { index: false } };
    default: {
      const t = await getTranslations({ locale, namespace: "CompanyNotFound" });
      return { title: t("title") };
    }
  }
}

/**
 * /{locale}/companies/{uscc}: the public record of one company. A loosely typed code or a legacy
 * registration number redirects (308) to the canonical address; a malformed code gets a page that
 * says what is wrong with it (HTTP 200 for now: Next renders a page's own content only with 200;
 * an unknown well-formed code is a real 404 through not-found.tsx).
 */
export default async function CompanyPage({ params }: PageProps<"/[locale]/companies/[uscc]">) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The register changes at any time: render on every request, never at build time.
  await connection();

  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "redirect":
      permanentRedirect(`/${locale}/companies/${resolution.uscc}`);
    case "not-found":
      notFound();
    case "invalid":
      return <CodeProblemExplanation locale={locale} problem={resolution.problem} />;
    case "found":
      return <CompanyRecord locale={locale} profile={resolution.profile} />;
  }
}
