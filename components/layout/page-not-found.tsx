import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { PageHeading } from "@/components/ui/page-heading";

/** "Page not found" in the GOV.UK manner: what may have gone wrong and where to go next. */
export async function PageNotFound({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return (
    <>
      <title>{`${t("title")} – ${layout("siteName")}`}</title>
      <meta name="robots" content="noindex" />
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
