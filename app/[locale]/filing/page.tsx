import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { getSession } from "@/lib/auth/session";

export async function generateMetadata({ params }: PageProps<"/[locale]/filing">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  return { title: t("start.title") };
}

/**
 * /{locale}/filing — the start page of online filing: what it is, then sign in, activate with a
 * filing code, or set a new password. A signed-in filer is offered their dashboard.
 */
export default async function FilingStartPage({ params }: PageProps<"/[locale]/filing">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "FilerAuth" });
  const session = await getSession();
  const filer = session?.kind === "filer" ? session : null;
  return (
    <>
      <PageHeading>{t("start.title")}</PageHeading>
      <div className="max-w-prose space-y-4 text-lg">
        <p>{t("start.intro")}</p>
        <p>{t.rich("start.whoText", { term: (chunks) => <span className="whitespace-nowrap">{chunks}</span> })}</p>
      </div>
      {filer ? (
        <section className="mt-8" aria-labelledby="signed-in">
          <p id="signed-in" className="mb-4 text-lg">
            {t("start.signedInText", { name: companyTitle(locale, filer) })}
          </p>
          <a href={`/${locale}/filing/${filer.uscc}`} className="button-primary">
            {t("start.dashboardLink")}
          </a>
        </section>
      ) : (
        <section className="mt-8" aria-labelledby="sign-in">
          <h2 id="sign-in" className="mb-2 text-xl font-bold">
            {t("start.signInTitle")}
          </h2>
          <p className="mb-4 max-w-prose">{t("start.signInText")}</p>
          <a href={`/${locale}/filing/login`} className="button-primary">
            {t("start.signInButton")}
          </a>
        </section>
      )}
      <section className="mt-10" aria-labelledby="activate">
        <h2 id="activate" className="mb-2 text-xl font-bold">
          {t("start.activateTitle")}
        </h2>
        <p className="mb-2 max-w-prose">{t("start.activateText")}</p>
        <p>
          <a href={`/${locale}/filing/activate`}>{t("start.activateLink")}</a>
        </p>
      </section>
      <section className="mt-10" aria-labelledby="forgot">
        <h2 id="forgot" className="mb-2 text-xl font-bold">
          {t("start.forgotTitle")}
        </h2>
        <p className="mb-2 max-w-prose">{t("start.forgotText")}</p>
        <p>
          <a href={`/${locale}/filing/reset`}>{t("start.resetLink")}</a>
        </p>
      </section>
    </>
  );
}
