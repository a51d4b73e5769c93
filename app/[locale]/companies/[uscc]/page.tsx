import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeProblemExplanation, getCodeProblemTitle } from "@/components/company/code-problem-explanation";
import { companyTitle } from "@/components/company/company-name";
import { CompanyNotFound } from "@/components/company/company-not-found";
import { CompanyRecord } from "@/components/company/company-record";
import { resolveCompanyCode } from "@/components/company/resolve-company-code";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { companyFeedAlternates } from "@/lib/feeds/feed-alternates";


/**
 * Company pages are rendered on first request and then served from Next's cache (ISR): a page
 * with hundreds of records costs tens of milliseconds to render, a cached one almost nothing.
 * Writes that change a company's public record revalidate its pages; at the latest they are
 * rendered again after `revalidate` seconds (publicity periods end by the day).
 */
export const revalidate = 300;

export function generateStaticParams(): { uscc: string }[] {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/companies/[uscc]">): Promise<Metadata> {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "found":
      return {
        title: companyTitle(locale, resolution.profile),
        alternates: { ...pageAlternates(locale, `/companies/${resolution.profile.uscc}`), types: companyFeedAlternates(locale, resolution.profile) },
      };
    case "invalid":
      return { title: await getCodeProblemTitle(locale, resolution.problem), robots: { index: false } };
    default: {
      const t = await getTranslations({ locale, namespace: "CompanyNotFound" });
      return { title: t("title"), robots: { index: false } };
    }
  }
}

/**
 * /{locale}/companies/{uscc}: the public record of one company. A loosely typed code or a legacy
 * registration number redirects (308) to the canonical address; a malformed code gets a page that
 * says what is wrong with it, and a well-formed code the register does not hold says so.
 * Both answer HTTP 200 with noindex: Next 16 sends notFound() pages of dynamic routes as an
 * empty shell that only JavaScript fills in (vercel/next.js#62228, #95613), and these pages must
 * be readable without JavaScript. The JSON API answers 404/422 for the same cases.
 */
export default async function CompanyPage({ params }: PageProps<"/[locale]/companies/[uscc]">) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "redirect":
      permanentRedirect(`/${locale}/companies/${resolution.uscc}`);
    case "not-found":
      return <CompanyNotFound hasTitle={false} />;
    case "invalid":
      return <CodeProblemExplanation locale={locale} problem={resolution.problem} />;
    case "found":
      return <CompanyRecord locale={locale} profile={resolution.profile} />;
  }
}
