import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { PageNotFound } from "@/components/layout/page-not-found";
import { SiteDocument } from "@/components/layout/site-document";
import { routing } from "@/i18n/routing";

/**
 * Any address no route matches, e.g. /zh/no-such-page (the proxy has already put a locale in
 * front of everything else). The locale comes from the proxy's request header, so the page is
 * translated and has the site's header and footer. The root layout is a pass-through, so this
 * renders the whole document. Unmatched addresses are rendered on the server in full (unlike
 * notFound() thrown while rendering a dynamic page in Next 16, which sends an empty shell that
 * JavaScript fills in): keep it that way for readers without JavaScript.
 */
export default async function RootNotFound() {
  const requested = await getLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return (
    <SiteDocument locale={locale}>
      <PageNotFound locale={locale} />
    </SiteDocument>
  );
}
