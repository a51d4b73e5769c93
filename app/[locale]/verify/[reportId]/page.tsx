import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { VerificationResult } from "@/components/verify/verification-result";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { findReport, isSha256, normalizeReportId } from "@/lib/report/credit-reports";
import { formatReportId } from "@/lib/report/report-content";

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/verify/[reportId]">): Promise<Metadata> {
  const { locale, reportId } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Verify" });
  return { title: t("title"), robots: { index: false }, alternates: pageAlternates(locale, `/verify/${encodeURIComponent(reportId)}`) };
}

/**
 * /{locale}/verify/{reportId} — where a report's QR code points: whether the register issued
 * this report, when, for which company, and whether the company's public record has changed
 * since. With ?file=<sha256> (after an upload) it also says whether the file is that report.
 */
export default async function ReportVerificationPage({ params, searchParams }: PageProps<"/[locale]/verify/[reportId]">) {
  const { locale, reportId: raw } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "Verify" });
  const file = (await searchParams).file;
  const fileHash = isSha256(file) ? file : null;

  const segment = safeDecode(raw);
  const id = normalizeReportId(segment);
  if (id !== null && id !== raw) permanentRedirect(`/${locale}/verify/${id}${fileHash ? `?file=${fileHash}` : ""}`);
  const report = id === null ? null : await findReport(id);

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      {report === null || report.reportId === null || report.generatedAt === null || report.company === null ? (
        <Banner tone="important" title={t("notFoundTitle", { reportId: id ? formatReportId(id) : segment })}>
          <p>{t("notFoundText")}</p>
        </Banner>
      ) : (
        <VerificationResult
          locale={locale}
          report={{ ...report, reportId: report.reportId, generatedAt: report.generatedAt, company: report.company }}
          fileMatches={fileHash === null ? null : fileHash === report.pdfSha256}
        />
      )}
      <p>
        <a href={`/${locale}/verify`}>{t("checkAnother")}</a>
      </p>
    </>
  );
}
