import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PageNotFound } from "@/components/layout/page-not-found";
import { SiteDocument } from "@/components/layout/site-document";
import { routing } from "@/i18n/routing";
import { htmlLang, localeDirection } from "@/lib/locales";

/**
 * Any address no route matches, e.g. /zh/no-such-page. Next renders this boundary as part of
 * every page's tree, so it must not read the request (that would make every page dynamic and
 * uncacheable): it is written in the default language, with the same message in the others.
 */
export default async function RootNotFound() {
  const locale = routing.defaultLocale;
  const others = routing.locales.filter((other) => other !== locale);
  const titles = await Promise.all(others.map(async (other) => (await getTranslations({ locale: other, namespace: "NotFound" }))("title")));
  const { NotFound, Layout } = await getMessages({ locale });
  return (
    <SiteDocument locale={locale}>
      <NextIntlClientProvider locale={locale} messages={{ NotFound, Layout: { siteName: Layout.siteName } }}>
        <PageNotFound />
      </NextIntlClientProvider>
      <ul className="mt-8 space-y-2 text-lg">
        {others.map((other, index) => (
          <li key={other} lang={htmlLang(other)} dir={localeDirection(other)}>
            <a href={`/${other}`} hrefLang={htmlLang(other)}>
              {titles[index]}
            </a>
          </li>
        ))}
      </ul>
    </SiteDocument>
  );
}
