import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { htmlLang, locales, localeNativeName } from "@/lib/locales";
import { LanguageLinks } from "./language-links";

type LanguageSwitcherProps = {
  locale: AppLocale;
  /** Target of the footer's "change language" link. */
  id: string;
};

/**
 * The current page in the other languages, each named in its own language and script. Plain
 * links: full page loads, so `<html lang dir>` and the locale cookie change with them.
 */
export async function LanguageSwitcher({ locale, id }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const options = locales.map((option) => ({ locale: option, htmlLang: htmlLang(option), nativeName: localeNativeName(option) }));
  return (
    <nav id={id} aria-label={t("languageNavLabel")} className="text-sm sm:text-base">
      <LanguageLinks current={locale} options={options} />
    </nav>
  );
}
