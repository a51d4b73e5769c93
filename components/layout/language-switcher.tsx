import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { htmlLang, locales, localeNativeName } from "@/lib/locales";
import {
  LanguageSwitcherLinks,
  LanguageSwitcherLinksWithQuery,
  type LanguageOption,
} from "./language-switcher-links";

type LanguageSwitcherProps = {
  locale: AppLocale;
  /** Target of the footer's "change language" link. */
  id: string;
};

export async function LanguageSwitcher({ locale, id }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const options: LanguageOption[] = locales.map((option) => ({
    locale: option,
    htmlLang: htmlLang(option),
    nativeName: localeNativeName(option),
  }));

  return (
    <nav id={id} aria-label={t("languageNavLabel")} className="text-sm sm:text-base">
      <Suspense
        fallback={<LanguageSwitcherLinks currentLocale={locale} options={options} search="" />}
      >
        <LanguageSwitcherLinksWithQuery currentLocale={locale} options={options} />
      </Suspense>
    </nav>
  );
}
