import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

/** forbidden() on a regulator page (a role without the permission): HTTP 403. */
export default async function RegulatorForbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return (
    <>
      <title>{`${t("forbidden.title")} – ${layout("siteName")}`}</title>
      <PageHeading>{t("forbidden.title")}</PageHeading>
      <p className="mb-4 max-w-prose text-lg">{t("forbidden.text")}</p>
      <p>
        <a href={`/${locale}/regulator`}>{t("forbidden.home")}</a>
      </p>
    </>
  );
}
