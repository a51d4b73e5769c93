import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { PageNotFound } from "@/components/layout/page-not-found";
import { routing } from "@/i18n/routing";

/** notFound() from a page under a locale without a closer not-found.tsx. HTTP 404. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  return <PageNotFound locale={hasLocale(routing.locales, requested) ? requested : routing.defaultLocale} />;
}
