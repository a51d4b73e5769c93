import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ltr } from "@/components/auth/form-problems";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { firstValue, regulatorRemovalsPath } from "@/components/removal/access";
import { EnterpriseCell, ListingCell, YearsFiledCell } from "@/components/removal/regulator-removal";
import { Banner } from "@/components/ui/banner";
import { DataTable } from "@/components/ui/data-table";
import { scriptAttributes } from "@/components/ui/data-text";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { formatCount, formatTimestamp } from "@/lib/i18n/format-values";
import { listPendingRemovalApplications } from "@/lib/records/removal-applications";

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: PageProps<"/[locale]/regulator/removals">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * /{locale}/regulator/removals — applications for removal from the abnormal-operations list
 * waiting for a decision, from enterprises in the regulator's area, oldest first; each links to
 * its decision page. ?decided=approved|rejected&uscc= after a decision. Needs the
 * "decide-removals" permission: signed out → sign in; another role → 403.
 */
export default async function RegulatorRemovalsPage({ params, searchParams }: PageProps<"/[locale]/regulator/removals">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireRegulator(locale, "decide-removals");
  const raw = await searchParams;
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  const requestedPage = Number.parseInt(firstValue(raw.page) ?? "1", 10);
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 10_000 ? requestedPage : 1;
  const { total, applications } = await listPendingRemovalApplications({
    authorityId: session.authorityId,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const decided = firstValue(raw.decided);
  const decidedUscc = firstValue(raw.uscc) ?? "";
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const base = regulatorRemovalsPath(locale);

  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="removals" />
      {decided === "approved" || decided === "rejected" ? (
        <Banner tone="success" title={t(decided === "approved" ? "approvedTitle" : "rejectedTitle")}>
          <p>
            {t.rich(decided === "approved" ? "approvedText" : "rejectedText", {
              code: decidedUscc.slice(0, 18),
              ltr,
            })}
          </p>
        </Banner>
      ) : null}
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-4 max-w-prose text-lg">{t("intro")}</p>
      {total > 0 ? <p className="mb-6 font-bold">{t("count", { count: total })}</p> : null}
      {applications.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          rows={applications}
          rowKey={(row) => String(row.id)}
          columns={[
            { key: "enterprise", header: t("columns.enterprise"), cell: (row) => <EnterpriseCell locale={locale} application={row} /> },
            { key: "listing", header: t("columns.listing"), cell: (row) => <ListingCell locale={locale} application={row} /> },
            {
              key: "years-filed",
              header: t("columns.yearsFiled"),
              cell: (row) => <YearsFiledCell locale={locale} yearsFiled={row.yearsFiled} yearsStillListed={row.yearsStillListed} />,
            },
            { key: "applied-on", header: t("columns.appliedOn"), cell: (row) => <bdi>{formatTimestamp(locale, row.appliedAt)}</bdi> },
            {
              key: "decide",
              header: t("columns.decide"),
              cell: (row) => (
                <a href={`${base}/${row.id}`} className="font-bold">
                  {t.rich("decideLink", {
                    name: row.enterprise.nameZh,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                    // The registered name keeps its own language for the screen reader's voice.
                    company: (chunks) => <span {...scriptAttributes(row.enterprise.nameZh)}>{chunks}</span>,
                  })}
                </a>
              ),
            },
          ]}
        />
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagesLabel")} className="mt-6 flex gap-6">
          {page > 1 ? <a href={`${base}?page=${page - 1}`}>{t("previousPage")}</a> : null}
          <span>{t("pageOf", { page: formatCount(locale, page), pages: formatCount(locale, pages) })}</span>
          {page < pages ? <a href={`${base}?page=${page + 1}`}>{t("nextPage")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}
