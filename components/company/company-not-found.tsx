"use client";

import { useLocale, useTranslations } from "next-intl";
import { SearchBox } from "@/components/layout/search-box";
import { PageHeading } from "@/components/ui/page-heading";
import type { AppLocale } from "@/i18n/routing";

/** A well-formed code (or registration number) the register does not hold. See PageNotFound for why this is a client component. */
/** `hasTitle`: false inside a page, whose metadata sets the title. */
export function CompanyNotFound({ hasTitle = true }: { hasTitle?: boolean }) {
  const locale = useLocale() as AppLocale;
  const t = useTranslations("CompanyNotFound");
  const layout = useTranslations("Layout");
  return (
    <>
      {hasTitle ? <title>{`${t("title")} – ${layout("siteName")}`}</title> : null}
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
