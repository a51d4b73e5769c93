import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { catalogue } from "@/lib/i18n/catalogues";
import { companyFeedPath, feedPath } from "./feed-paths";

/**
 * Feed autodiscovery: `<link rel="alternate" type="application/atom+xml">` entries for a page's
 * metadata (Next's `alternates.types`).
 */
type FeedLink = { url: string; title: string };

function words(locale: AppLocale) {
  const messages = catalogue(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "OpenData.feeds" }),
    site: createTranslator({ locale, messages, namespace: "Metadata" })("siteName"),
  };
}

/** The region-wide feeds (the data page). */
export function feedAlternates(locale: AppLocale): Record<string, FeedLink[]> {
  const { t, site } = words(locale);
  return {
    "application/atom+xml": [
      { url: feedPath({ locale, kind: "penalties" }), title: t("feedTitle", { kind: t("penaltiesTitle"), site }) },
      { url: feedPath({ locale, kind: "abnormal-listings" }), title: t("feedTitle", { kind: t("listingsTitle"), site }) },
    ],
  };
}

/** One company's feed (its page). */
export function companyFeedAlternates(locale: AppLocale, company: { uscc: string; nameZh: string; nameUg: string | null }): Record<string, FeedLink[]> {
  const { t, site } = words(locale);
  const name = locale === "ug" && company.nameUg ? company.nameUg : company.nameZh;
  return { "application/atom+xml": [{ url: companyFeedPath(locale, company.uscc), title: t("companyFeedTitle", { company: name, site }) }] };
}
