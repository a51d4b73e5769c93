"use client";

import { useLocale, useTranslations } from "next-intl";
import { PageHeading } from "@/components/ui/page-heading";

/** No report for that company and year (or a malformed year). See PageNotFound for why this is a client component. */
/** `hasTitle`: false inside a page, whose metadata sets the title. */
export function AnnualReportNotFound({ hasTitle = true }: { hasTitle?: boolean }) {
  const locale = useLocale();
  const t = useTranslations("AnnualReportNotFound");
  const notFound = useTranslations("NotFound");
  const layout = useTranslations("Layout");
  return (
    <>
      {hasTitle ? <title>{`${t("title")} – ${layout("siteName")}`}</title> : null}
      <PageHeading>{t("title")}</PageHeading>
      <div className="max-w-3xl space-y-4 text-lg">
        <p>{t("text")}</p>
        <p>{notFound.rich("search", { link: (chunks) => <a href={`/${locale}/search`}>{chunks}</a> })}</p>
      </div>
    </>
  );
}
