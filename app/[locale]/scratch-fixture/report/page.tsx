// SCRATCH — delete before hand-over.
import { setRequestLocale } from "next-intl/server";
import { AnnualReportView } from "@/components/annual-report/annual-report-view";
import type { AppLocale } from "@/i18n/routing";
import { report } from "../fixture";

export default async function ScratchReport({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  return <AnnualReportView locale={locale as AppLocale} report={report} />;
}
