// SCRATCH — delete before hand-over.
import { setRequestLocale } from "next-intl/server";
import { CompanyRecord } from "@/components/company/company-record";
import type { AppLocale } from "@/i18n/routing";
import { profile } from "./fixture";

export default async function ScratchCompany({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  return <CompanyRecord locale={locale as AppLocale} profile={profile} />;
}
