import { routing, type AppLocale } from "@/i18n/routing";

export type Direction = "rtl" | "ltr";

type LocaleInfo = {
  /** BCP 47 tag for `<html lang>` and `hrefLang`. */
  htmlLang: string;
  dir: Direction;
  /** The language's name in its own script (the same in every catalogue, by design). */
  nativeName: string;
  /** Locale for Intl date and number formatting (English dates in the UK style: 1 May 2024). */
  intlLocale: string;
};

const LOCALE_INFO: Record<AppLocale, LocaleInfo> = {
  zh: { htmlLang: "zh-CN", dir: "ltr", nativeName: "中文", intlLocale: "zh-CN" },
  ug: { htmlLang: "ug", dir: "rtl", nativeName: "ئۇيغۇرچە", intlLocale: "ug" },
  en: { htmlLang: "en", dir: "ltr", nativeName: "English", intlLocale: "en-GB" },
};

export const locales: readonly AppLocale[] = routing.locales;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}

export function localeDirection(locale: AppLocale): Direction {
  return LOCALE_INFO[locale].dir;
}

export function htmlLang(locale: AppLocale): string {
  return LOCALE_INFO[locale].htmlLang;
}

export function localeNativeName(locale: AppLocale): string {
  return LOCALE_INFO[locale].nativeName;
}

export function intlLocale(locale: AppLocale): string {
  return LOCALE_INFO[locale].intlLocale;
}
