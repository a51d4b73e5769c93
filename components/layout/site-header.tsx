import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { HeaderSearchSlot } from "./header-search-slot";
import { LanguageSwitcher } from "./language-switcher";
import { LANGUAGE_CHOICES_ID } from "./page-landmarks";
import { SearchBox } from "./search-box";
import { getSuggestionLabels } from "@/components/search/suggestion-labels";

type SiteHeaderProps = {
  locale: AppLocale;
};

export async function SiteHeader({ locale }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });

  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3 pb-2 sm:px-6">
        <a
          href={`/${locale}`}
          className="py-1 text-lg leading-snug font-bold text-white no-underline visited:text-white hover:text-white hover:underline sm:text-xl"
        >
          {t("siteName")}
        </a>
        <LanguageSwitcher locale={locale} id={LANGUAGE_CHOICES_ID} />
      </div>
      <HeaderSearchSlot locale={locale}>
        <div className="border-t border-white/20 bg-brand-dark">
          <div className="mx-auto max-w-5xl px-4 py-3 sm:px-6">
            <div className="sm:max-w-xl">
              <SearchBox
                id="header-search"
                locale={locale}
                label={t("searchLabel")}
                buttonText={t("searchButton")}
                isLabelHidden
                suggestions={await getSuggestionLabels(locale)}
              />
            </div>
          </div>
        </div>
      </HeaderSearchSlot>
    </header>
  );
}
