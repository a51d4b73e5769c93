import { hasLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";

/** "Page not found" in the GOV.UK manner: what may have gone wrong and where to go. HTTP 404. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return (
    <>
      <title>{`${t("title")} – ${layout("siteName")}`}</title>
      <PageHeading>{t("title")}</PageHeading>
      <div className="max-w-3xl space-y-4 text-lg">
        <p>{t("typed")}</p>
        <p>{t("pasted")}</p>
        <p>{t.rich("search", { link: (chunks) => <a href={`/${locale}/search`}>{chunks}</a> })}</p>
        <p>{t.rich("home", { link: (chunks) => <a href={`/${locale}`}>{chunks}</a> })}</p>
      </div>
    </>
  );
}
