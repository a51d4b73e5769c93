import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FeedList } from "@/components/open-data/feed-list";
import { SnapshotFiles } from "@/components/open-data/snapshot-files";
import { Banner } from "@/components/ui/banner";
import { LtrText, UrlPath } from "@/components/ui/bidi";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { getEnv } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { formatCount, formatDay, formatTimestamp } from "@/lib/i18n/format-values";
import { bulkFilePath } from "@/lib/open-data/bulk-paths";
import { listSnapshots, MANIFEST_FILE, readLatestManifest } from "@/lib/open-data/snapshots";

export async function generateMetadata({ params }: PageProps<"/[locale]/data">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return {
    title: t("title"),
    description: t("metaDescription"),
    alternates: { ...pageAlternates(locale, "/data"), types: feedAlternates(locale) },
  };
}

/**
 * /{locale}/data — bulk data and feeds: the latest snapshot's files (kind, format, size, rows,
 * SHA-256, download, what the columns mean), earlier snapshots, and the Atom feeds. Read from
 * EXPORT_DIR on every request (the manifest is small), so a new snapshot shows at once.
 */
export default async function OpenDataPage({ params }: PageProps<"/[locale]/data">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations({ locale, namespace: "OpenData" });
  const latest = await readLatestManifest();
  const earlier = (await listSnapshots()).filter((snapshot) => snapshot !== latest?.manifest.snapshot);
  const code = (chunks: React.ReactNode) => <LtrText className="font-mono">{chunks}</LtrText>;
  // A format's name ("CSV (.csv.gz)") reads as one left-to-right label at the start of its line.
  const ltr = (chunks: React.ReactNode) => <LtrText>{chunks}</LtrText>;
  const path = (chunks: React.ReactNode) => <UrlPath>{chunks}</UrlPath>;

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4 max-w-prose text-lg">{t("intro")}</p>
      <p className="mb-8 max-w-prose">{t("schedule", { keep: getEnv().EXPORT_KEEP })}</p>
      <nav aria-labelledby="data-contents-title" className="mb-8 border-b border-rule pb-4">
        <h2 id="data-contents-title" className="mb-2 text-lg font-bold">
          {t("contentsTitle")}
        </h2>
        <ul className="space-y-1">
          <li>
            <a href="#latest">{t("latestTitle")}</a>
          </li>
          <li>
            <a href="#formats">{t("formatsTitle")}</a>
          </li>
          {latest ? (
            <li>
              <a href="#files">{t("filesTitle")}</a>
            </li>
          ) : null}
          {earlier.length > 0 ? (
            <li>
              <a href="#earlier">{t("earlierTitle")}</a>
            </li>
          ) : null}
          <li>
            <a href="#feeds">{t("feedsTitle")}</a>
          </li>
        </ul>
      </nav>

      <Section id="latest" level={2} title={t("latestTitle")}>
        {latest === null ? (
          <Banner tone="important" title={t("noSnapshotTitle")}>
            <p>{t.rich("noSnapshotText", { code })}</p>
          </Banner>
        ) : (
          <>
            <SummaryList
              className="mb-4"
              rows={[
                { key: "date", label: t("snapshotDate"), value: <bdi>{formatDay(locale, latest.manifest.snapshot)}</bdi> },
                { key: "generated", label: t("generatedAt"), value: <bdi>{formatTimestamp(locale, latest.manifest.generatedAt)}</bdi> },
                { key: "companies", label: t("companyCount"), value: <bdi>{formatCount(locale, latest.manifest.companies)}</bdi> },
                {
                  key: "manifest",
                  label: t("manifest"),
                  value: <a href={bulkFilePath(latest.manifest.snapshot, MANIFEST_FILE)}>{t("manifestLink")}</a>,
                },
              ]}
            />
            <p className="max-w-prose">{t.rich("latestAddress", { path })}</p>
          </>
        )}
      </Section>

      <Section id="formats" level={2} title={t("formatsTitle")}>
        <ul className="max-w-prose list-disc space-y-2 ps-6">
          <li>{t.rich("formatsJsonl", { name: ltr, code })}</li>
          <li>{t.rich("formatsCsv", { name: ltr, code })}</li>
          <li>{t("formatsCodes")}</li>
          <li>{t.rich("formatsCheck", { code })}</li>
        </ul>
      </Section>

      {latest ? (
        <Section id="files" level={2} title={t("filesTitle")}>
          <SnapshotFiles locale={locale} manifest={latest.manifest} />
        </Section>
      ) : null}

      {earlier.length > 0 ? (
        <Section id="earlier" level={2} title={t("earlierTitle")}>
          <p className="mb-2">{t("earlierText")}</p>
          <ul className="list-disc space-y-1 ps-6">
            {earlier.map((snapshot) => (
              <li key={snapshot}>
                <a href={bulkFilePath(snapshot, MANIFEST_FILE)}>
                  <bdi>{formatDay(locale, snapshot)}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="feeds" level={2} title={t("feedsTitle")}>
        <FeedList locale={locale} />
      </Section>
    </>
  );
}
