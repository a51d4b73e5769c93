import { getLocale, getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/layout/search-box";
import { PageHeading } from "@/components/ui/page-heading";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";

/** A well-formed code (or registration number) the register does not hold. HTTP 404. */
export default async function CompanyNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "CompanyNotFound" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return (
    <>
      <title>{`${t("title")} – ${layout("siteName")}`}</title>
      <PageHeading>{t("title")}</PageHeading>
      <div className="mb-8 max-w-3xl space-y-4 text-lg">
        <p>{t("text")}</p>
        <p>{t("deregistered")}</p>
      </div>
      <div className="max-w-xl">
        <SearchBox
          id="not-found-search"
          locale={locale}
          label={t("searchLabel")}
          hint={t("searchHint")}
          buttonText={layout("searchButton")}
        />
      </div>
    </>
  );
}
