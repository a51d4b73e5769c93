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
import { ACTIVATE_FIELDS, FILER_FORMS } from "@/lib/validation/filer-auth";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/filing/activate">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.activate, first((await searchParams).form));
  const title = t("activate.title");
  return { title: flash ? t("errors.titlePrefix", { title }) : title };
}

/**
 * /{locale}/filing/activate — the liaison person activates the enterprise's account with a
 * filing code. Posts to ./submit; problems come back with ?form= (the enterprise's code and name
 * and the liaison's name and phone are kept; the ID number, the filing code and the passwords
 * are typed again).
 */
export default async function ActivatePage({ params, searchParams }: PageProps<"/[locale]/filing/activate">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.activate, first(raw.form));
  const problems = await formProblems({ locale, namespace: "FilerAuth", flash, fields: ACTIVATE_FIELDS });
  const value = (name: string) => flash?.values[name];
  const next = first(raw.next) ?? "";
  return (
    <>
      <BackLink href={`/${locale}/filing`}>{t("back")}</BackLink>
      <ErrorSummary title={t("errors.summaryTitle")} errors={problems.summary} />
      <PageHeading>{t("activate.title")}</PageHeading>
      <p className="mb-8 max-w-prose text-lg">{t("activate.intro")}</p>
      <form method="post" action={`/${locale}/filing/activate/submit`} noValidate className="max-w-xl space-y-10">
        <input type="hidden" name="next" value={next} />
        <fieldset className="space-y-6">
          <legend className="mb-4 text-xl font-bold">{t("activate.enterpriseLegend")}</legend>
          <TextField name="uscc" label={t("activate.usccLabel")} hint={t("activate.usccHint")} error={problems.byField.uscc} defaultValue={value("uscc")} autoComplete="username" isLtr width="code" />
          <TextField name="enterpriseName" label={t("activate.enterpriseNameLabel")} hint={t("activate.enterpriseNameHint")} error={problems.byField.enterpriseName} defaultValue={value("enterpriseName")} autoComplete="organization" />
          <TextField name="filingCode" label={t("activate.filingCodeLabel")} hint={t.rich("activate.filingCodeHint", { ltr })} error={problems.byField.filingCode} autoComplete="one-time-code" isLtr width="medium" />
        </fieldset>
        <fieldset className="space-y-6">
          <legend className="mb-4 text-xl font-bold">{t("activate.liaisonLegend")}</legend>
          <TextField name="liaisonName" label={t("activate.liaisonNameLabel")} error={problems.byField.liaisonName} defaultValue={value("liaisonName")} autoComplete="name" width="medium" />
          <TextField name="liaisonPhone" type="tel" label={t("activate.liaisonPhoneLabel")} hint={t.rich("activate.liaisonPhoneHint", { ltr })} error={problems.byField.liaisonPhone} defaultValue={value("liaisonPhone")} autoComplete="tel" isLtr width="medium" inputMode="tel" />
          <TextField name="liaisonIdNumber" label={t("activate.liaisonIdNumberLabel")} hint={t("activate.liaisonIdNumberHint")} error={problems.byField.liaisonIdNumber} autoComplete="off" isLtr width="code" />
          <p className="max-w-prose text-ink-secondary">{t("activate.privacy")}</p>
        </fieldset>
        <fieldset className="space-y-6">
          <legend className="mb-4 text-xl font-bold">{t("activate.passwordLegend")}</legend>
          <TextField name="password" type="password" label={t("activate.passwordLabel")} hint={t("activate.passwordHint")} error={problems.byField.password} autoComplete="new-password" width="medium" />
          <TextField name="passwordConfirm" type="password" label={t("activate.passwordConfirmLabel")} error={problems.byField.passwordConfirm} autoComplete="new-password" width="medium" />
        </fieldset>
        <button type="submit" className="button-primary">
          {t("activate.submit")}
        </button>
      </form>
    </>
  );
}
