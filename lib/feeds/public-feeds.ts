import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { findPrefecture, PREFECTURES, termLabel } from "@/lib/dictionaries";
import { getEnv } from "@/lib/env";
import { absoluteUrl } from "@/lib/seo/site-url";
import { catalogue } from "@/lib/i18n/catalogues";
import { formatDay, formatDecimal } from "@/lib/i18n/format-values";
import { htmlLang, localeDirection } from "@/lib/locales";
import type { AuthorityRef, CompanyRef } from "@/lib/records/company-profile";
import { findFeedAbnormalListings, findFeedCompany, findFeedPenalties, type FeedListing, type FeedPenalty } from "@/lib/records/feed-entries";
import { registerToday } from "@/lib/rules/publicity";
import { escapeHtml, renderAtomFeed, type AtomEntry } from "./atom-document";
import { companyFeedPath, FEED_ENTRY_LIMIT, feedPath, type FeedKind } from "./feed-paths";

/**
 * The public Atom feeds: new penalties and abnormal listings, for the whole register, per
 * prefecture and per company, in the reader's language (coded values through the dictionaries,
 * labels from the site's catalogues). Entries link to the company's page; their ids are tag: URIs
 * (RFC 4151) made from the record's row id, so a reader sees the same entry in every language
 * and when a record is updated.
 */

/** The day the feeds' tag: URIs were minted (RFC 4151 taggingEntity date): never change it. */
const TAG_DATE = "2026";

export const PREFECTURE_CODES = PREFECTURES.map((prefecture) => prefecture.code);


function tag(specific: string): string {
  return `tag:${new URL(getEnv().SITE_URL).hostname},${TAG_DATE}:${specific}`;
}

/** A day on the register's clock (China Standard Time) as an RFC 3339 date-time. */
function dayStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

function latest(...times: (string | null)[]): string {
  return times
    .filter((time): time is string => time !== null)
    .reduce((newest, time) => (Date.parse(time) > Date.parse(newest) ? time : newest));
}

function translator(locale: AppLocale) {
  const messages = catalogue(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "OpenData.feeds" }),
    penalty: createTranslator({ locale, messages, namespace: "Company.penalties" }),
    lists: createTranslator({ locale, messages, namespace: "Company.lists" }),
    common: createTranslator({ locale, messages, namespace: "Common" }),
    siteName: createTranslator({ locale, messages, namespace: "Metadata" })("siteName"),
  };
}

type Words = ReturnType<typeof translator>;

function companyName(locale: AppLocale, company: CompanyRef): string {
  return locale === "ug" && company.nameUg ? company.nameUg : company.nameZh;
}

function authorityName(locale: AppLocale, authority: AuthorityRef): string {
  return authority.names[locale] || authority.names.zh;
}

function companyUrl(locale: AppLocale, uscc: string, section: string): string {
  return absoluteUrl(`/${locale}/companies/${uscc}#${section}`);
}

/** The entry's HTML: the company (linked), then label–value pairs; every value escaped. */
function entryHtml(locale: AppLocale, words: Words, company: CompanyRef, href: string, rows: [string, string][]): string {
  const dir = localeDirection(locale);
  const name = escapeHtml(companyName(locale, company));
  return [
    `<div dir="${dir}" lang="${htmlLang(locale)}">`,
    `<p><a href="${escapeHtml(href)}">${name}</a> <bdi dir="ltr">${escapeHtml(company.uscc)}</bdi></p>`,
    "<dl>",
    ...rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`),
    "</dl>",
    `<p>${escapeHtml(words.t("recordSource", { site: words.siteName }))}</p>`,
    "</div>",
  ].join("");
}

function penaltyEntry(locale: AppLocale, words: Words, penalty: FeedPenalty): AtomEntry {
  const section = penalty.source === "enterprise" ? "self-published-penalties" : "penalties";
  const href = companyUrl(locale, penalty.company.uscc, section);
  const day = (value: string) => formatDay(locale, value);
  const rows: [string, string][] = [
    [words.penalty("violationType"), termLabel("violation-types", penalty.violationType, locale)],
    [words.penalty("kinds"), penalty.kinds.map((kind) => termLabel("penalty-kinds", kind, locale)).join(words.penalty("kindSeparator"))],
    [words.penalty("content"), penalty.content],
    ...(penalty.fineYuan === null ? [] : [[words.penalty("fine"), words.common("amountYuan", { amount: formatDecimal(locale, penalty.fineYuan, 2) })] as [string, string]]),
    [words.penalty("authority"), authorityName(locale, penalty.authority)],
    [words.penalty("decidedOn"), day(penalty.decidedOn)],
    [words.penalty("publishedOn"), day(penalty.publishedOn)],
    [words.t("publicityEndsOn"), day(penalty.publicityEndsOn)],
  ];
  return {
    id: tag(`penalty/${penalty.id}`),
    title: words.t("penaltyEntryTitle", { company: companyName(locale, penalty.company), decisionNumber: penalty.decisionNumber }),
    published: dayStart(penalty.publishedOn),
    updated: latest(dayStart(penalty.publishedOn), penalty.changedAt),
    links: [{ rel: "alternate", type: "text/html", href }],
    authors: [{ name: authorityName(locale, penalty.authority) }],
    categories: [{ term: penalty.violationType, label: termLabel("violation-types", penalty.violationType, locale) }],
    contentHtml: entryHtml(locale, words, penalty.company, href, rows),
  };
}

function listingEntry(locale: AppLocale, words: Words, listing: FeedListing): AtomEntry {
  const href = companyUrl(locale, listing.company.uscc, "abnormal-operations");
  const day = (value: string) => formatDay(locale, value);
  const rows: [string, string][] = [
    [words.lists("reason"), termLabel("abnormal-reasons", listing.reason, locale)],
    [words.lists("listedOn"), day(listing.listedOn)],
    [words.lists("listedBy"), authorityName(locale, listing.listedBy)],
    ...(listing.removedOn === null
      ? [[words.lists("removalReason"), words.lists("stillListed")] as [string, string]]
      : ([
          [words.lists("removalReason"), listing.removalReason === null ? "" : termLabel("abnormal-removal-reasons", listing.removalReason, locale)],
          [words.lists("removedOn"), day(listing.removedOn)],
          ...(listing.removedBy === null ? [] : [[words.lists("removedBy"), authorityName(locale, listing.removedBy)]]),
        ] as [string, string][])),
  ];
  const company = companyName(locale, listing.company);
  return {
    id: tag(`abnormal-listing/${listing.id}`),
    title: listing.removedOn === null ? words.t("listingEntryTitle", { company }) : words.t("listingRemovedEntryTitle", { company }),
    published: dayStart(listing.listedOn),
    updated: latest(dayStart(listing.listedOn), listing.removedOn === null ? null : dayStart(listing.removedOn), listing.changedAt),
    links: [{ rel: "alternate", type: "text/html", href }],
    authors: [{ name: authorityName(locale, listing.removedBy ?? listing.listedBy) }],
    categories: [{ term: listing.reason, label: termLabel("abnormal-reasons", listing.reason, locale) }],
    contentHtml: entryHtml(locale, words, listing.company, href, rows),
  };
}

function newestFirst(entries: AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || (a.id < b.id ? 1 : -1));
}

export type RenderedFeed = { xml: string; updated: string };

function render({
  locale,
  words,
  id,
  title,
  subtitle,
  selfPath,
  alternatePath,
  entries,
  today,
}: {
  locale: AppLocale;
  words: Words;
  id: string;
  title: string;
  subtitle: string;
  selfPath: string;
  alternatePath: string;
  entries: AtomEntry[];
  today: string;
}): RenderedFeed {
  // An empty feed is as new as the day it was read for.
  const updated = entries.length === 0 ? dayStart(today) : latest(...entries.map((entry) => entry.updated));
  const xml = renderAtomFeed({
    id,
    title,
    subtitle,
    updated,
    lang: htmlLang(locale),
    links: [
      { rel: "self", type: "application/atom+xml", href: absoluteUrl(selfPath) },
      { rel: "alternate", type: "text/html", hreflang: htmlLang(locale), href: absoluteUrl(alternatePath) },
    ],
    author: { name: words.siteName, uri: absoluteUrl(`/${locale}`) },
    entries,
  });
  return { xml, updated };
}

/** /{locale}/feeds/{kind}.atom[?prefecture=…]: the newest public records of a kind. */
export async function renderKindFeed({
  locale,
  kind,
  prefectureCode,
  today = registerToday(),
}: {
  locale: AppLocale;
  kind: FeedKind;
  prefectureCode?: string;
  today?: string;
}): Promise<RenderedFeed> {
  const words = translator(locale);
  const scope = prefectureCode === undefined ? {} : { prefectureCode };
  const entries =
    kind === "penalties"
      ? (await findFeedPenalties({ scope, today, limit: FEED_ENTRY_LIMIT })).map((penalty) => penaltyEntry(locale, words, penalty))
      : (await findFeedAbnormalListings({ scope, limit: FEED_ENTRY_LIMIT })).map((listing) => listingEntry(locale, words, listing));
  const prefecture = prefectureCode === undefined ? undefined : findPrefecture(prefectureCode);
  const kindTitle = words.t(kind === "penalties" ? "penaltiesTitle" : "listingsTitle");
  const title = prefecture
    ? words.t("scopedFeedTitle", { kind: kindTitle, prefecture: prefecture.names[locale], site: words.siteName })
    : words.t("feedTitle", { kind: kindTitle, site: words.siteName });
  return render({
    locale,
    words,
    id: tag(`feeds/${locale}/${kind}${prefectureCode ? `/${prefectureCode}` : ""}`),
    title,
    subtitle: words.t(kind === "penalties" ? "penaltiesSubtitle" : "listingsSubtitle", { count: FEED_ENTRY_LIMIT }),
    selfPath: feedPath({ locale, kind, prefectureCode }),
    alternatePath: `/${locale}/data#feeds`,
    entries: newestFirst(entries),
    today,
  });
}

/** /{locale}/companies/{uscc}/feed.atom: one company's penalties and abnormal listings; null when not on the register. */
export async function renderCompanyFeed({ locale, uscc, today = registerToday() }: { locale: AppLocale; uscc: string; today?: string }): Promise<RenderedFeed | null> {
  const company = await findFeedCompany(uscc);
  if (company === null) return null;
  const words = translator(locale);
  const scope = { enterpriseId: company.id };
  const [penalties, listings] = await Promise.all([
    findFeedPenalties({ scope, today, limit: FEED_ENTRY_LIMIT }),
    findFeedAbnormalListings({ scope, limit: FEED_ENTRY_LIMIT }),
  ]);
  const entries = newestFirst([
    ...penalties.map((penalty) => penaltyEntry(locale, words, penalty)),
    ...listings.map((listing) => listingEntry(locale, words, listing)),
  ]).slice(0, FEED_ENTRY_LIMIT);
  return render({
    locale,
    words,
    id: tag(`feeds/${locale}/companies/${company.uscc}`),
    title: words.t("companyFeedTitle", { company: companyName(locale, company), site: words.siteName }),
    subtitle: words.t("companySubtitle"),
    selfPath: companyFeedPath(locale, company.uscc),
    alternatePath: `/${locale}/companies/${company.uscc}`,
    entries,
    today,
  });
}

