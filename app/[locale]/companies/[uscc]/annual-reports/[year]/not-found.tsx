import { hasLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";

/** No report for that company and year (or a malformed year). HTTP 404. */
export default async function AnnualReportNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "AnnualReportNotFound" });
  const notFound = await getTranslations({ locale, namespace: "NotFound" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return (
    <>
      <title>{`${t("title")} – ${layout("siteName")}`}</title>
      <PageHeading>{t("title")}</PageHeading>
      <div className="max-w-3xl space-y-4 text-lg">
        <p>{t("text")}</p>
        <p>{notFound.rich("search", { link: (chunks) => <a href={`/${locale}/search`}>{chunks}</a> })}</p>
      </div>
    </>
  );
}
