"use client";

import { useLocale, useTranslations } from "next-intl";
import { PageHeading } from "@/components/ui/page-heading";

/**
 * "Page not found" in the GOV.UK manner: what may have gone wrong and where to go next.
 * A client component fed by the layout's NextIntlClientProvider: Next renders not-found
 * boundaries into every page's tree, and a server version would have to read the request for its
 * locale, which would make every page uncacheable. It renders on the server all the same.
 */
export function PageNotFound({ hasHead = true }: { hasHead?: boolean }) {
  const locale = useLocale();
  const t = useTranslations("NotFound");
  const layout = useTranslations("Layout");
  return (
    <>
      {/* Not-found boundaries have no metadata of their own; a page that shows this sets its own. */}
      {hasHead ? (
        <>
          <title>{`${t("title")} – ${layout("siteName")}`}</title>
          <meta name="robots" content="noindex" />
        </>
      ) : null}
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
