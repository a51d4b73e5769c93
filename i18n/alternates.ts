import type { Metadata } from "next";
import { routing } from "./routing";
import { htmlLang } from "@/lib/locales";

/**
 * hreflang alternates for a page: the same path in every locale (URLs differ only by prefix).
 * `path` is the part after the locale, "" for the home page, e.g. "/companies/9165…".
 */
export function languageAlternates(path: string): NonNullable<Metadata["alternates"]> {
  return {
    languages: {
      ...Object.fromEntries(routing.locales.map((locale) => [htmlLang(locale), `/${locale}${path}`])),
      "x-default": `/${routing.defaultLocale}${path}`,
    },
  };
}
