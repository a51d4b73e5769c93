import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnualReportView } from "@/components/annual-report/annual-report-view";
import { companyTitle } from "@/components/company/company-name";
import { routing } from "@/i18n/routing";
import { checkUscc } from "@/lib/codes/credit-code";
import { getAnnualReport } from "@/lib/records/companies";

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

const loadReport = cache((uscc: string, year: number) => getAnnualReport({ uscc, year }));

export async function generateMetadata({ params }: PageProps<"/[locale]/companies/[uscc]/annual-reports/[year]">): Promise<Metadata> {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  await connection();
  const parsed = parseParams(rest);
  const report = parsed ? await loadReport(parsed.uscc, parsed.year) : null;
  if (report === null) return {};
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  return { title: t("metaTitle", { year: String(report.year), name: companyTitle(locale, report.company) }) };
}

/** /{locale}/companies/{uscc}/annual-reports/{year}: one year's annual report as published. */
export default async function AnnualReportPage({ params }: PageProps<"/[locale]/companies/[uscc]/annual-reports/[year]">) {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();

  const parsed = parseParams(rest);
  if (parsed === null) notFound();
  if (!parsed.isCanonical) permanentRedirect(`/${locale}/companies/${parsed.uscc}/annual-reports/${parsed.year}`);
  const report = await loadReport(parsed.uscc, parsed.year);
  if (report === null) notFound();
  return <AnnualReportView locale={locale} report={report} />;
}
