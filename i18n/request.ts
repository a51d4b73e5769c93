import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  // `requestLocale` is the [locale] segment (set by setRequestLocale in layouts and pages).
  // Anything unknown (e.g. `/favicon.txt` landing in [locale]) falls back to the default.
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;

  return {
    locale,
    // The register's clock: dates and times are China Standard Time whatever the server's zone.
    timeZone: "Asia/Shanghai",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
