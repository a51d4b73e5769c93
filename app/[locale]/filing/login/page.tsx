import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/auth/auth-fields";
import { formProblems, ltr } from "@/components/auth/form-problems";
import { BackLink } from "@/components/ui/back-link";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { readFormFlash } from "@/lib/forms/form-flash";
import { FILER_FORMS, LOGIN_FIELDS } from "@/lib/validation/filer-auth";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/filing/login">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.login, first((await searchParams).form));
  const title = t("login.title");
  return { title: flash ? t("errors.titlePrefix", { title }) : title };
}

/**
 * /{locale}/filing/login[?next=…] — the filer signs in with the enterprise's code and password.
 * The form posts to ./submit, which comes back here with ?form= on problems; ?signedOut=1 and
 * ?reset=1 say what just happened.
 */
export default async function FilerLoginPage({ params, searchParams }: PageProps<"/[locale]/filing/login">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const flash = await readFormFlash(FILER_FORMS.login, first(raw.form));
  const problems = await formProblems({ locale, namespace: "FilerAuth", flash, fields: LOGIN_FIELDS });
  const next = first(raw.next) ?? "";
  return (
    <>
      <BackLink href={`/${locale}/filing`}>{t("back")}</BackLink>
      <ErrorSummary title={t("errors.summaryTitle")} errors={problems.summary} />
      {!flash && first(raw.signedOut) === "1" ? (
        <Banner tone="success" title={t("login.signedOutTitle")}>
          <p>{t("login.signedOutText")}</p>
        </Banner>
      ) : null}
      {!flash && first(raw.reset) === "1" ? (
        <Banner tone="success" title={t("login.resetDoneTitle")}>
          <p>{t("login.resetDoneText")}</p>
        </Banner>
      ) : null}
      {!flash && next !== "" && first(raw.signedOut) !== "1" ? (
        <Banner tone="important" title={t("login.expiredTitle")}>
          <p>{t("login.expiredText")}</p>
        </Banner>
      ) : null}
      <PageHeading>{t("login.title")}</PageHeading>
      <form method="post" action={`/${locale}/filing/login/submit`} noValidate className="max-w-xl space-y-6">
        <input type="hidden" name="next" value={next} />
        <TextField
          name="uscc"
          label={t("login.usccLabel")}
          hint={t.rich("login.usccHint", { ltr })}
          error={problems.byField.uscc}
          defaultValue={flash?.values.uscc}
          autoComplete="username"
          isLtr
          width="code"
        />
        <TextField name="password" type="password" label={t("login.passwordLabel")} error={problems.byField.password} autoComplete="current-password" width="medium" />
        <button type="submit" className="button-primary">
          {t("login.submit")}
        </button>
      </form>
      <ul className="mt-8 space-y-2">
        <li>
          <a href={`/${locale}/filing/activate`}>{t("login.activateLink")}</a>
        </li>
        <li>
          <a href={`/${locale}/filing/reset`}>{t("login.resetLink")}</a>
        </li>
      </ul>
    </>
  );
}
