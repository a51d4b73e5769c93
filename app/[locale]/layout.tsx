import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteDocument } from "@/components/layout/site-document";
import { routing } from "@/i18n/routing";
import { getEnv } from "@/lib/env";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b3b6e",
};

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const siteName = t("siteName");

  return {
    // Canonical and hreflang links (pageAlternates) are paths; this makes them absolute.
    metadataBase: new URL(getEnv().SITE_URL),
    // Pages set `title: "…"`; the result reads "<page> – <site>".
    title: { template: `%s – ${siteName}`, default: siteName },
    description: t("description"),
    applicationName: siteName,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Lets next-intl render without reading request headers, so pages can be cached (ISR).
  setRequestLocale(locale);
  // Client components get only what they use: the error and not-found pages' texts.
  const { Errors, Layout, NotFound, CompanyNotFound, AnnualReportNotFound } = await getMessages({ locale });

  return (
    <SiteDocument locale={locale}>
      <NextIntlClientProvider locale={locale} messages={{
          Errors,
          NotFound,
          CompanyNotFound,
          AnnualReportNotFound,
          Layout: { siteName: Layout.siteName, searchButton: Layout.searchButton },
        }}>
        {children}
      </NextIntlClientProvider>
    </SiteDocument>
  );
}
