import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { pageAlternates } from "@/i18n/alternates";
import { routing, type AppLocale } from "@/i18n/routing";
import { formatCount, formatDecimal } from "@/lib/i18n/format-values";
import { getBatchStatus } from "@/lib/report/report-batch";

export async function generateMetadata({ params }: PageProps<"/[locale]/reports/batch/[batchId]">): Promise<Metadata> {
  const { locale, batchId } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ReportBatch" });
  return { title: t("title"), robots: { index: false }, alternates: pageAlternates(locale, `/reports/batch/${encodeURIComponent(batchId)}`) };
}

/** Megabytes or kilobytes, for the download link. */
function fileSize(locale: AppLocale, bytes: number): string {
  const format = (value: number) => formatDecimal(locale, value.toFixed(1), 1);
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(bytes / 1024)} KB`;
}

/**
 * /{locale}/reports/batch/{id} — a batch's progress. While it runs the page refreshes itself
 * (a meta refresh: it works without JavaScript); when done, it links to the ZIP.
 */
export default async function ReportBatchStatusPage({ params }: PageProps<"/[locale]/reports/batch/[batchId]">) {
  const { locale, batchId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "ReportBatch" });
  const status = await getBatchStatus(batchId);
  const again = (
    <p className="mt-6">
      <a href={`/${locale}/reports/batch`}>{t("startAnother")}</a>
    </p>
  );
  if (status === null) {
    return (
      <>
        <PageHeading>{t("title")}</PageHeading>
        <Banner tone="important" title={t("notFoundTitle")}>
          <p>{t("notFoundText")}</p>
        </Banner>
        {again}
      </>
    );
  }
  const numbers = { done: formatCount(locale, status.done), total: formatCount(locale, status.total) };
  return (
    <>
      {status.state === "running" ? <meta httpEquiv="refresh" content="2" /> : null}
      <PageHeading caption={t("title")}>{t(status.state === "done" ? "doneTitle" : status.state === "running" ? "progressTitle" : status.state === "failed" ? "failedTitle" : "interruptedTitle")}</PageHeading>
      {status.state === "running" ? (
        <div aria-live="polite">
          <label htmlFor="batch-progress" className="mb-2 block text-lg font-bold">
            {t("progress", numbers)}
          </label>
          <progress id="batch-progress" max={status.total} value={status.done} className="mb-4 h-4 w-full max-w-xl">
            {t("progress", numbers)}
          </progress>
          <p className="text-ink-secondary">{t("refreshNote")}</p>
        </div>
      ) : null}
      {status.state === "done" ? (
        <>
          <p className="mb-4 text-lg">
            {t("doneText", { generated: formatCount(locale, status.counts.generated), problems: formatCount(locale, status.total - status.counts.generated) })}
          </p>
          {status.zipBytes !== null ? (
            <p className="mb-2">
              <a className="button-primary" href={`/api/v1/reports/batch/${status.id}/download`} download>
                {t("download", { size: fileSize(locale, status.zipBytes) })}
              </a>
            </p>
          ) : null}
          <p className="text-ink-secondary">{t("keptNote")}</p>
        </>
      ) : null}
      {status.state === "failed" ? <p>{t("failedText")}</p> : null}
      {status.state === "interrupted" ? <p>{t("interruptedText")}</p> : null}
      {again}
    </>
  );
}
