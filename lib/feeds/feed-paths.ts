import type { AppLocale } from "@/i18n/routing";

/** The Atom feeds' kinds, sizes and addresses (app/[locale]/feeds/…, app/[locale]/companies/[uscc]/feed.atom). */
export const FEED_KINDS = ["penalties", "abnormal-listings"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** Entries per feed: a few weeks of a province's penalties; readers poll more often than that. */
export const FEED_ENTRY_LIMIT = 50;

export function feedPath({ locale, kind, prefectureCode }: { locale: AppLocale; kind: FeedKind; prefectureCode?: string }): string {
  return `/${locale}/feeds/${kind}.atom${prefectureCode ? `?prefecture=${prefectureCode}` : ""}`;
}

export function companyFeedPath(locale: AppLocale, uscc: string): string {
  return `/${locale}/companies/${uscc}/feed.atom`;
}
