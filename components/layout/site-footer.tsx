import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LANGUAGE_CHOICES_ID } from "./site-header";

type SiteFooterProps = {
  locale: AppLocale;
};

export async function SiteFooter({ locale }: SiteFooterProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const year = new Date().getFullYear();

  return (
    <footer className="mt-auto border-t-4 border-brand bg-panel text-ink">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm sm:px-6">
        <p className="font-bold">{t("siteName")}</p>
        <p>{t("regulator")}</p>
        <p>
          <a href={`#${LANGUAGE_CHOICES_ID}`}>{t("changeLanguage")}</a>
        </p>
        <p className="text-ink-secondary">{t("copyright", { year: String(year) })}</p>
      </div>
    </footer>
  );
}
