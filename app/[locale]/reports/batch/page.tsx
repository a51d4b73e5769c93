import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BatchForm, batchErrorField, type BatchFormError } from "@/components/report-batch/batch-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";

const ERRORS = new Set<BatchFormError>(["no-codes", "too-many", "file-too-large", "file-not-text"]);

export async function generateMetadata({ params }: PageProps<"/[locale]/reports/batch">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ReportBatch" });
  return { title: t("title"), alternates: pageAlternates(locale, "/reports/batch") };
}

/** /{locale}/reports/batch — many credit reports at once (lib/report/report-batch.ts). ?error= after a refused submission. */
export default async function ReportBatchPage({ params, searchParams }: PageProps<"/[locale]/reports/batch">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "ReportBatch" });
  const raw = await searchParams;
  const error = typeof raw.error === "string" && ERRORS.has(raw.error as BatchFormError) ? (raw.error as BatchFormError) : undefined;
  const count = typeof raw.count === "string" ? Number.parseInt(raw.count, 10) || 0 : 0;
  return (
    <>
      {error ? (
        <ErrorSummary title={t("errorSummaryTitle")} errors={[{ href: `#${batchErrorField(error)}`, text: t(`errors.${error}`, { count }) }]} />
      ) : null}
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-8 max-w-prose text-lg">{t("intro")}</p>
      <BatchForm locale={locale} error={error} count={count} />
    </>
  );
}
