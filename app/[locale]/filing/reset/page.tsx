import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/auth/auth-fields";
import { formProblems, ltr } from "@/components/auth/form-problems";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { readFormFlash } from "@/lib/forms/form-flash";
import { FILER_FORMS, RESET_FIELDS } from "@/lib/validation/filer-auth";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/filing/reset">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.reset, first((await searchParams).form));
  const title = t("reset.title");
  return { title: flash ? t("errors.titlePrefix", { title }) : title };
}

/** /{locale}/filing/reset — a new password with a new filing code; posts to ./submit. */
export default async function ResetPage({ params, searchParams }: PageProps<"/[locale]/filing/reset">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.reset, first(raw.form));
  const problems = await formProblems({ locale, namespace: "FilerAuth", flash, fields: RESET_FIELDS });
  return (
    <>
      <BackLink href={`/${locale}/filing/login`}>{t("back")}</BackLink>
      <ErrorSummary title={t("errors.summaryTitle")} errors={problems.summary} />
      <PageHeading>{t("reset.title")}</PageHeading>
      <p className="mb-8 max-w-prose text-lg">{t("reset.intro")}</p>
      <form method="post" action={`/${locale}/filing/reset/submit`} noValidate className="max-w-xl space-y-6">
        <TextField name="uscc" label={t("reset.usccLabel")} hint={t("reset.usccHint")} error={problems.byField.uscc} defaultValue={flash?.values.uscc} autoComplete="username" isLtr width="code" />
        <TextField name="filingCode" label={t("reset.filingCodeLabel")} hint={t.rich("reset.filingCodeHint", { ltr })} error={problems.byField.filingCode} autoComplete="one-time-code" isLtr width="medium" />
        <TextField name="password" type="password" label={t("reset.passwordLabel")} hint={t("reset.passwordHint")} error={problems.byField.password} autoComplete="new-password" width="medium" />
        <TextField name="passwordConfirm" type="password" label={t("reset.passwordConfirmLabel")} error={problems.byField.passwordConfirm} autoComplete="new-password" width="medium" />
        <button type="submit" className="button-primary">
          {t("reset.submit")}
        </button>
      </form>
    </>
  );
}
