import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { VerifyForms, verifyErrorField, type VerifyFormError } from "@/components/verify/verify-forms";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { findReportBySha256, isSha256, normalizeReportId } from "@/lib/report/credit-reports";
import { formatReportId } from "@/lib/report/report-content";

type RawParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const UPLOAD_ERRORS = new Set<VerifyFormError>(["missing-file", "too-large", "not-pdf"]);

export async function generateMetadata({ params }: PageProps<"/[locale]/verify">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Verify" });
  return { title: t("title"), alternates: pageAlternates(locale, "/verify") };
}

/**
 * /{locale}/verify — check a credit report by its number (?code=, redirects to its page) or by
 * its file (the upload route answers here with ?file=<sha256>[&claimed=<id>] when the bytes match
 * no report, or ?error= when the upload was unusable). The page looks the hash up itself: a link
 * cannot make a file look genuine.
 */
export default async function VerifyPage({ params, searchParams }: PageProps<"/[locale]/verify">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const raw = (await searchParams) as RawParams;
  const t = await getTranslations({ locale, namespace: "Verify" });

  const code = first(raw.code);
  let error: VerifyFormError | undefined;
  if (code !== undefined) {
    const id = normalizeReportId(code);
    if (id !== null) redirect(`/${locale}/verify/${id}`);
    error = "code-format";
  }
  const uploadError = first(raw.error) as VerifyFormError | undefined;
  if (uploadError && UPLOAD_ERRORS.has(uploadError)) error = uploadError;

  const file = first(raw.file);
  let fileResult: { claimed: string | null } | null = null;
  if (isSha256(file)) {
    const match = await findReportBySha256(file);
    if (match !== null) redirect(`/${locale}/verify/${match}?file=${file}`);
    fileResult = { claimed: normalizeReportId(first(raw.claimed) ?? "") };
  }

  return (
    <>
      {error ? <ErrorSummary title={t("errorSummaryTitle")} errors={[{ href: `#${verifyErrorField(error)}`, text: t(`errors.${error}`) }]} /> : null}
      <PageHeading>{t("title")}</PageHeading>
      {fileResult ? (
        <Banner tone="important" title={t("notGenuineTitle")}>
          <p>{t("notGenuineText")}</p>
          {fileResult.claimed ? (
            <p>
              <a href={`/${locale}/verify/${fileResult.claimed}`}>{t("claimedReport", { reportId: formatReportId(fileResult.claimed) })}</a>
            </p>
          ) : null}
        </Banner>
      ) : null}
      <p className="mb-8 max-w-prose text-lg">{t("intro")}</p>
      <VerifyForms locale={locale} code={code ?? ""} error={error} />
    </>
  );
}
