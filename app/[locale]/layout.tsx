import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { swapLocalePrefix } from "@/components/layout/language-switcher";
import { SiteDocument } from "@/components/layout/site-document";
import { getRequestedUrl } from "@/i18n/requested-url";
import { routing } from "@/i18n/routing";
import { htmlLang } from "@/lib/locales";

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
  const { pathname } = await getRequestedUrl(`/${locale}`);

  return {
    // Pages set `title: "…"`; the result reads "<page> – <site>".
    title: { template: `%s – ${siteName}`, default: siteName },
    description: t("description"),
    applicationName: siteName,
    // The same page in the other languages: same URL but the prefix.
    alternates: {
      languages: Object.fromEntries(routing.locales.map((l) => [htmlLang(l), swapLocalePrefix(pathname, l)])),
    },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Pages read the requested URL (language switcher), so they render per request; this still
  // spares next-intl from reading the locale from request headers.
  setRequestLocale(locale);
  // Client components get only what they use: the error page's texts and the site name.
  const { Errors, Layout } = await getMessages({ locale });

  return (
    <SiteDocument locale={locale}>
      <NextIntlClientProvider locale={locale} messages={{ Errors, Layout: { siteName: Layout.siteName } }}>
        {children}
      </NextIntlClientProvider>
    </SiteDocument>
  );
}
