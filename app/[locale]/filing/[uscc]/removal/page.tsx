import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompanyNames } from "@/components/company/company-name";
import { firstValue, removalPagePath } from "@/components/removal/access";
import { ApplicationsTable, OpenListingCard } from "@/components/removal/filer-removal";
import { BackLink } from "@/components/ui/back-link";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { requireFilerPage } from "@/lib/auth/guards";
import { getRemovalOverview, type RemovalRefusal } from "@/lib/records/removal-applications";

const REFUSALS = new Set<string>(["choose-listing", "listing-not-found", "listing-removed", "other-reason", "report-not-filed", "already-pending"]);

type RawParams = Record<string, string | string[] | undefined>;

function errorOf(raw: RawParams): { code: RemovalRefusal | "choose-listing"; listingId: number | null } | null {
  const code = firstValue(raw.error);
  if (code === undefined || !REFUSALS.has(code)) return null;
  const listingId = Number.parseInt(firstValue(raw.listing) ?? "", 10);
  return { code: code as RemovalRefusal | "choose-listing", listingId: Number.isInteger(listingId) ? listingId : null };
}

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/filing/[uscc]/removal">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "AnnualCycle.removal" });
  const hasError = errorOf((await searchParams) as RawParams) !== null;
  return { title: hasError ? t("errorTitle", { title: t("title") }) : t("title"), robots: { index: false } };
}

/**
 * /{locale}/filing/{uscc}/removal — the filer's open listings on the abnormal-operations list:
 * which can be applied for now (a no-annual-report listing whose year is filed), a form per
 * such listing (POST …/removal/apply), and the enterprise's applications with their decisions.
 * Signed out: sign in first. Another enterprise's code: 404, like a page that does not exist.
 */
export default async function RemovalPage({ params, searchParams }: PageProps<"/[locale]/filing/[uscc]/removal">) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireFilerPage({ locale, uscc, path: removalPagePath(locale, uscc) });
  const raw = (await searchParams) as RawParams;
  const t = await getTranslations({ locale, namespace: "AnnualCycle.removal" });
  const overview = await getRemovalOverview({ enterpriseId: session.enterpriseId });
  const error = errorOf(raw);
  const applied = firstValue(raw.applied) !== undefined && error === null;
  const errorTarget = error?.listingId !== null && error?.listingId !== undefined ? `#listing-${error.listingId}` : "#listings";

  return (
    <>
      <BackLink href={`/${locale}/filing/${uscc}`}>{t("back")}</BackLink>
      {error ? <ErrorSummary title={t("errors.summaryTitle")} errors={[{ href: errorTarget, text: t(`errors.${error.code}`) }]} /> : null}
      {applied ? (
        <Banner tone="success" title={t("appliedTitle")}>
          <p>{t("appliedText")}</p>
        </Banner>
      ) : null}
      <PageHeading caption={<CompanyNames locale={locale} names={session} />}>{t("title")}</PageHeading>
      <p className="mb-8 max-w-prose text-lg">{t("intro")}</p>

      <h2 id="listings" className="mb-4 text-xl font-bold">
        {t("listingsHeading")}
      </h2>
      {overview.listings.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <ul className="mb-8 space-y-6">
          {overview.listings.map((listing) => (
            <li key={listing.id}>
              <OpenListingCard locale={locale} uscc={uscc} listing={listing} />
            </li>
          ))}
        </ul>
      )}

      <h2 id="applications" className="mb-4 text-xl font-bold">
        {t("applicationsHeading")}
      </h2>
      {overview.applications.length === 0 ? <p>{t("applicationsNone")}</p> : <ApplicationsTable locale={locale} applications={overview.applications} />}
    </>
  );
}
