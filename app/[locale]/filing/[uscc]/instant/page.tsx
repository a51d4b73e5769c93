import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getRecordFormat } from "@/components/company/record-format";
import { BackLink } from "@/components/ui/back-link";
import { ProvisionalNote } from "@/components/instant-info/deadline-notice";
import { requireFilerPage } from "@/components/instant-info/instant-access";
import { instantListPath } from "@/components/instant-info/instant-info-paths";
import { filingPaths } from "@/lib/filing/filing-paths";
import { PublishedInstantInfoSections } from "@/components/instant-info/published-instant-info";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { listPublishedInstantInfo, type PublishedInstantInfo } from "@/lib/records/instant-info";
import { registerToday } from "@/lib/rules/publicity";
import { isInstantInfoKind } from "@/lib/validation/instant-info";

export async function generateMetadata({ params }: PageProps<"/[locale]/filing/[uscc]/instant">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  return { title: t("list.title"), robots: { index: false } };
}

/** The item just published (?published=<kind>-<id>), if it is this enterprise's. */
function justPublished(published: PublishedInstantInfo, value: string | string[] | undefined) {
  const match = typeof value === "string" ? /^([a-z-]+)-(\d{1,10})$/.exec(value) : null;
  if (!match || !isInstantInfoKind(match[1])) return null;
  const id = Number(match[2]);
  return published[match[1]].find((item) => item.id === id) ?? null;
}

/**
 * /{locale}/filing/{uscc}/instant — the enterprise's instant information (即时信息): what its
 * liaison has published, each with the date of the change, the deadline (20 working days on the
 * holiday calendar) and whether it was published in time; and the way to publish more.
 */
export default async function InstantInfoPage({ params, searchParams }: PageProps<"/[locale]/filing/[uscc]/instant">) {
  const { locale: rawLocale, uscc } = await params;
  const { locale, session } = await requireFilerPage({ locale: rawLocale, uscc, path: instantListPath(rawLocale, uscc) });
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const f = await getRecordFormat(locale);
  const today = registerToday();
  const published = await listPublishedInstantInfo({ enterpriseId: session.enterpriseId, today });
  const item = justPublished(published, (await searchParams).published);
  const name = companyTitle(locale, session);

  return (
    <>
      <BackLink href={filingPaths(locale, uscc).dashboard}>{t("list.backToFiling")}</BackLink>
      {item && item.deadline ? (
        <div id="published">
          <Banner tone="success" title={t("list.publishedTitle")}>
            <p>
              {t.rich(item.isOnTime ? "list.publishedOnTime" : "list.publishedLate", {
                published: f.day(item.publishedOn),
                deadline: f.day(item.deadline.date),
                date: f.dateTag,
              })}
            </p>
            <ProvisionalNote locale={locale} deadline={item.deadline} />
          </Banner>
        </div>
      ) : null}
      <PageHeading caption={name}>{t("list.title")}</PageHeading>
      <div className="mb-8 max-w-prose space-y-3 text-lg">
        <p>{t("list.intro")}</p>
        <p>{t("list.rule")}</p>
        <p>
          {t("list.publicNote")} <a href={`/${locale}/companies/${uscc}`}>{t("list.publicLink")}</a>
        </p>
      </div>
      <PublishedInstantInfoSections locale={locale} uscc={uscc} published={published} />
    </>
  );
}
