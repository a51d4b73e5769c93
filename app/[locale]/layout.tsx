import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { MAIN_CONTENT_ID } from "@/components/layout/page-landmarks";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui/skip-link";
import { routing } from "@/i18n/routing";
import { htmlLang, localeDirection } from "@/lib/locales";

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
    // Pages set `title: "…"`; the result reads "<page> – <site>".
    title: { template: `%s – ${siteName}`, default: siteName },
    description: t("description"),
    applicationName: siteName,
    // Same URL in every locale but the prefix.
    alternates: {
      languages: Object.fromEntries(routing.locales.map((l) => [htmlLang(l), `/${l}`])),
    },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Lets next-intl render this locale statically (no request headers needed).
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  // Client components get only what they use: the error page's texts.
  const { Errors } = await getMessages({ locale });

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
          <NextIntlClientProvider locale={locale} messages={{ Errors }}>
            {children}
          </NextIntlClientProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
