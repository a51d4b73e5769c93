import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { UrlPath } from "@/components/ui/bidi";
import { LANGUAGE_CHOICES_ID, OPEN_DATA_ID } from "./page-landmarks";

type SiteFooterProps = {
  locale: AppLocale;
};

export async function SiteFooter({ locale }: SiteFooterProps) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const filing = await getTranslations({ locale, namespace: "FilerAuth" });
  const regulator = await getTranslations({ locale, namespace: "Regulator" });
  const openData = await getTranslations({ locale, namespace: "OpenData" });
  const developers = await getTranslations({ locale, namespace: "Developers" });
  const year = new Date().getFullYear();

  return (
    <footer className="mt-auto border-t-4 border-brand bg-panel text-ink">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm sm:px-6">
        <div className="grid gap-8 md:grid-cols-3">
          <section aria-labelledby="footer-about">
            <h2 id="footer-about" className="mb-2 text-base font-bold">
              {t("aboutTitle")}
            </h2>
            <p>{t("aboutText")}</p>
          </section>
          <section id={OPEN_DATA_ID} aria-labelledby="footer-open-data">
            <h2 id="footer-open-data" className="mb-2 text-base font-bold">
              {t("openDataTitle")}
            </h2>
            <p>
              {t.rich("openDataText", {
                path: (chunks) => <UrlPath>{chunks}</UrlPath>,
                // Shown as written: a placeholder in the address pattern.
                code: "{uscc}",
              })}
            </p>
            <p className="mt-2">
              <a href={`/${locale}/data`}>{openData("footerLink")}</a>
            </p>
            <p className="mt-2">
              <a href={`/${locale}/developers`}>{developers("footerLink")}</a>
            </p>
          </section>
          <section aria-labelledby="footer-disclaimer">
            <h2 id="footer-disclaimer" className="mb-2 text-base font-bold">
              {t("disclaimerTitle")}
            </h2>
            <p>{t("disclaimerText")}</p>
          </section>
        </div>
        <div className="mt-8 space-y-2 border-t border-rule pt-4">
          <p className="font-bold">{t("siteName")}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href={`/${locale}/filing`}>{filing("footerLink")}</a>
            </li>
            <li>
              <a href={`/${locale}/regulator/login`}>{regulator("footerLink")}</a>
            </li>
          </ul>
          <p>{t("regulator")}</p>
          <p>
            <a href={`#${LANGUAGE_CHOICES_ID}`}>{t("changeLanguage")}</a>
          </p>
          <p className="text-ink-secondary">{t("copyright", { year: String(year) })}</p>
        </div>
      </div>
    </footer>
  );
}
