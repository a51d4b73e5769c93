import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchBox } from "@/components/layout/search-box";
import { getSuggestionLabels } from "@/components/search/suggestion-labels";
import { LtrText } from "@/components/ui/bidi";
import { PageHeading } from "@/components/ui/page-heading";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Home" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  // The layout's title template applies to child segments only, not to this page beside it.
  return { title: { absolute: `${t("title")} – ${layout("siteName")}` }, alternates: pageAlternates(locale, "") };
}

/** The start page: one big search box and a short account of what the register holds. Static. */
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const recordKinds = ["registration", "people", "licences", "penalties", "lists", "security", "annualReports"] as const;

  return (
    <>
      <PageHeading>{t("heading")}</PageHeading>
      <p className="mb-6 max-w-3xl text-lg">{t("lead")}</p>
      <div className="mb-10 max-w-2xl">
        <SearchBox
          id="home-search"
          locale={locale}
          label={t("searchLabel")}
          hint={t("searchHint")}
          buttonText={layout("searchButton")}
          size="large"
          suggestions={await getSuggestionLabels(locale)}
        />
      </div>

      <div className="grid gap-10 md:grid-cols-3">
        <div className="md:col-span-2">
          <h2 className="mb-3 text-2xl font-bold">{t("onTheRegisterHeading")}</h2>
          <p className="mb-3">{t("onTheRegisterIntro")}</p>
          <ul className="mb-6 list-disc space-y-1 ps-6">
            {recordKinds.map((kind) => (
              <li key={kind}>{t(`recordKinds.${kind}`)}</li>
            ))}
          </ul>
          <h2 className="mb-3 text-2xl font-bold">{t("whoPublishesHeading")}</h2>
          <p className="mb-3">{t("whoPublishesText")}</p>
          <p className="mb-6">{t("annualReportWindow")}</p>
          <h2 className="mb-3 text-2xl font-bold">{t("codeHeading")}</h2>
          <p className="mb-3">
            {t.rich("codeText", { example: (chunks) => <LtrText className="font-mono">{chunks}</LtrText> })}
          </p>
        </div>
        <aside aria-labelledby="home-links" className="border-t-4 border-brand pt-3">
          <h2 id="home-links" className="mb-3 text-xl font-bold">
            {t("linksHeading")}
          </h2>
          <ul className="space-y-3">
            <li>
              <a href={`/${locale}/search`}>{t("linkSearch")}</a>
            </li>
            <li>
              <a href="#open-data">{t("linkOpenData")}</a>
            </li>
            <li>
              <a href="https://www.gsxt.gov.cn/" rel="external">
                {t("linkNational")}
              </a>
            </li>
          </ul>
        </aside>
      </div>
    </>
  );
}
