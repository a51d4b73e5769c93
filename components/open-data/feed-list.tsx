import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { UrlPath } from "@/components/ui/bidi";
import { PREFECTURES } from "@/lib/dictionaries";
import { companyFeedPath, FEED_ENTRY_LIMIT, feedPath } from "@/lib/feeds/feed-paths";

/** The Atom feeds: all of the region, each prefecture, and the address of a company's feed. */
export async function FeedList({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "OpenData" });
  const kinds = [
    { kind: "penalties", label: t("feedPenalties") },
    { kind: "abnormal-listings", label: t("feedListings") },
  ] as const;
  return (
    <>
      <p className="mb-4 max-w-prose">{t("feedsIntro", { count: FEED_ENTRY_LIMIT })}</p>
      <h3 className="mb-2 text-xl font-bold">{t("feedsAll")}</h3>
      <ul className="mb-6 space-y-1">
        {kinds.map(({ kind, label }) => (
          <li key={kind}>
            <a href={feedPath({ locale, kind })} type="application/atom+xml">
              {label}
            </a>{" "}
            <UrlPath className="text-sm text-ink-secondary">{feedPath({ locale, kind })}</UrlPath>
          </li>
        ))}
      </ul>
      <h3 className="mb-2 text-xl font-bold">{t("feedsByPrefecture")}</h3>
      <ul className="mb-6 grid gap-x-8 gap-y-2 md:grid-cols-2">
        {PREFECTURES.map((prefecture) => {
          const name = prefecture.names[locale];
          return (
            <li key={prefecture.code}>
              <span className="block font-bold">{name}</span>
              {kinds.map(({ kind, label }, index) => (
                <span key={kind}>
                  {index > 0 ? <span aria-hidden="true">{" · "}</span> : null}
                  <a href={feedPath({ locale, kind, prefectureCode: prefecture.code })} type="application/atom+xml">
                    {label}
                    <span className="sr-only"> ({name})</span>
                  </a>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p className="max-w-prose">
        {t.rich("feedsCompany", {
          example: companyFeedPath(locale, "{uscc}"),
          path: (chunks) => <UrlPath>{chunks}</UrlPath>,
        })}
      </p>
    </>
  );
}
