import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/auth/auth-fields";
import { formProblems } from "@/components/auth/form-problems";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { readFormFlash } from "@/lib/forms/form-flash";
import { REGULATOR_FORMS, REGULATOR_LOGIN_FIELDS } from "@/lib/validation/regulator";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/regulator/login">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const flash = await readFormFlash(REGULATOR_FORMS.login, first((await searchParams).form));
  const title = t("login.title");
  return { title: flash ? t("errors.titlePrefix", { title }) : title };
}

/** /{locale}/regulator/login — staff sign in with username and password; posts to ./submit. */
export default async function RegulatorLoginPage({ params, searchParams }: PageProps<"/[locale]/regulator/login">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const flash = await readFormFlash(REGULATOR_FORMS.login, first(raw.form));
  const problems = await formProblems({ locale, namespace: "Regulator", flash, fields: REGULATOR_LOGIN_FIELDS });
  return (
    <>
      <ErrorSummary title={t("errors.summaryTitle")} errors={problems.summary} />
      {!flash && first(raw.signedOut) === "1" ? <Banner tone="success" title={t("login.signedOutTitle")}>{null}</Banner> : null}
      <PageHeading>{t("login.title")}</PageHeading>
      <p className="mb-2 max-w-prose text-lg">{t("login.intro")}</p>
      <p className="mb-8">
        <a href={`/${locale}/filing/login`}>{t("login.filerLink")}</a>
      </p>
      <form method="post" action={`/${locale}/regulator/login/submit`} noValidate className="max-w-xl space-y-6">
        <TextField name="username" label={t("login.usernameLabel")} error={problems.byField.username} defaultValue={flash?.values.username} autoComplete="username" isLtr width="medium" />
        <TextField name="password" type="password" label={t("login.passwordLabel")} error={problems.byField.password} autoComplete="current-password" width="medium" />
        <button type="submit" className="button-primary">
          {t("login.submit")}
        </button>
      </form>
    </>
  );
}
