import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { SkipLink } from "@/components/ui/skip-link";
import { htmlLang, localeDirection } from "@/lib/locales";
import { MAIN_CONTENT_ID } from "./page-landmarks";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { preloadUyghurWebFont } from "./uyghur-web-font";

type SiteDocumentProps = {
  locale: AppLocale;
  children: React.ReactNode;
};

/**
 * The whole document every page shares: `<html lang dir>` from the locale, the skip link first,
 * header, `<main id="main-content">`, footer. Used by the locale layout and by the root 404.
 * Uyghur pages also preload the app's Uyghur web font (./uyghur-web-font.ts).
 */
export async function SiteDocument({ locale, children }: SiteDocumentProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  preloadUyghurWebFont(locale);
  return (
    <html lang={htmlLang(locale)} dir={localeDirection(locale)}>
      <body className="bg-paper text-ink antialiased">
        <SkipLink targetId={MAIN_CONTENT_ID}>{t("skipLink")}</SkipLink>
        <SiteHeader locale={locale} />
        <main
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-6 pb-12 sm:px-6 sm:pt-8"
        >
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
