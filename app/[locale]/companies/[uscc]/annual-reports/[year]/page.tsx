import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnualReportNotFound } from "@/components/annual-report/annual-report-not-found";
import { AnnualReportView } from "@/components/annual-report/annual-report-view";
import { companyTitle } from "@/components/company/company-name";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { checkUscc } from "@/lib/codes/credit-code";
import { tagCompanyPages } from "@/lib/records/company-pages-cache";
import { getAnnualReport } from "@/lib/records/companies";


/**
 * Company pages are rendered on first request and then served from Next's cache (ISR): a page
 * with hundreds of records costs tens of milliseconds to render, a cached one almost nothing.
 * Writes that change a company's public record revalidate its pages; at the latest they are
 * rendered again after `revalidate` seconds (publicity periods end by the day).
 */
export const revalidate = 300;

export function generateStaticParams(): Params[] {
  return [];
}

type Params = { uscc: string; year: string };

const YEAR = /^\d{4}$/;

/** Canonical code and year, or null when the address cannot name a report. */
function parseParams({ uscc, year }: Params): { uscc: string; year: number; isCanonical: boolean } | null {
  if (!YEAR.test(year)) return null;
  let raw = uscc;
  try {
    raw = decodeURIComponent(uscc);
  } catch {
    // keep the segment as it came
  }
  const check = checkUscc(raw);
  // A wrong check character may still be a legal pilot-area code: look it up.
  if (!check.ok && check.reason !== "check-character") return null;
  return { uscc: check.code, year: Number(year), isCanonical: check.code === raw };
}

const loadReport = cache(async (uscc: string, year: number) => {
  await tagCompanyPages(uscc);
  return getAnnualReport({ uscc, year });
});

export async function generateMetadata({ params }: PageProps<"/[locale]/companies/[uscc]/annual-reports/[year]">): Promise<Metadata> {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = parseParams(rest);
  const report = parsed ? await loadReport(parsed.uscc, parsed.year) : null;
  if (report === null) {
    const t = await getTranslations({ locale, namespace: "AnnualReportNotFound" });
    return { title: t("title"), robots: { index: false } };
  }
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  return {
    title: t("metaTitle", { year: String(report.year), name: companyTitle(locale, report.company) }),
    alternates: pageAlternates(locale, `/companies/${report.company.uscc}/annual-reports/${report.year}`),
  };
}

/** /{locale}/companies/{uscc}/annual-reports/{year}: one year's annual report as published. */
export default async function AnnualReportPage({ params }: PageProps<"/[locale]/companies/[uscc]/annual-reports/[year]">) {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const parsed = parseParams(rest);
  // Readable without JavaScript, so no notFound() here (see the company page).
  if (parsed === null) return <AnnualReportNotFound hasTitle={false} />;
  if (!parsed.isCanonical) permanentRedirect(`/${locale}/companies/${parsed.uscc}/annual-reports/${parsed.year}`);
  const report = await loadReport(parsed.uscc, parsed.year);
  if (report === null) return <AnnualReportNotFound hasTitle={false} />;
  return <AnnualReportView locale={locale} report={report} />;
}
