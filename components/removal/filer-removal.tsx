import { getTranslations } from "next-intl/server";
import { getRecordFormat } from "@/components/company/record-format";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import { SummaryList } from "@/components/ui/summary-list";
import type { AppLocale } from "@/i18n/routing";
import { formatDay, formatTimestamp } from "@/lib/i18n/format-values";
import type { OpenListing, RemovalApplicationView } from "@/lib/records/removal-applications";

const dateTag = (chunks: React.ReactNode) => <bdi className="whitespace-nowrap">{chunks}</bdi>;

/**
 * One open listing of the filer's enterprise: what it is, and what the filer can do about it —
 * apply (a form posting to …/removal/apply), wait for the decision, file the missing report first,
 * or contact the authority (grounds other than a missing report are not applied for online).
 */
export async function OpenListingCard({ locale, uscc, listing }: { locale: AppLocale; uscc: string; listing: OpenListing }) {
  const t = await getTranslations({ locale, namespace: "AnnualCycle.removal" });
  const f = await getRecordFormat(locale);
  const year = listing.reportYear === null ? "" : String(listing.reportYear);
  const rows = [
    { key: "reason", label: t("reason"), value: f.term("abnormal-reasons", listing.reason) },
    ...(listing.reportYear === null ? [] : [{ key: "year", label: t("reportYear"), value: <bdi>{year}</bdi> }]),
    { key: "listed-on", label: t("listedOn"), value: f.date(listing.listedOn) },
    { key: "listed-by", label: t("listedBy"), value: f.authority(listing.listedBy) },
  ];
  return (
    <section id={`listing-${listing.id}`} aria-labelledby={`listing-${listing.id}-title`} className="border-s-4 border-rule ps-4">
      <h3 id={`listing-${listing.id}-title`} className="mb-2 text-lg font-bold">
        {listing.reportYear === null
          ? t("listingTitleOther", { reason: f.term("abnormal-reasons", listing.reason) })
          : t("listingTitleYear", { year })}
      </h3>
      <SummaryList rows={rows} className="mb-4" />
      {listing.seriousWarning ? (
        <p className="mb-4 font-bold">{t.rich("seriousWarning", { date: formatDay(locale, listing.seriousWarning.dueOn), bdi: dateTag })}</p>
      ) : null}
      {listing.eligibility === "eligible" ? (
        <form method="post" action={`/${locale}/filing/${uscc}/removal/apply`} className="space-y-4">
          <p>{t("eligibleText", { year })}</p>
          <input type="hidden" name="listingId" value={listing.id} />
          <button type="submit" className="button-primary">
            {t("apply")}
          </button>
        </form>
      ) : null}
      {listing.eligibility === "pending" ? <p>{t("pendingText")}</p> : null}
      {listing.eligibility === "report-not-filed" ? (
        <p>
          {t("reportNotFiledText", { year })} <a href={`/${locale}/filing/${uscc}`}>{t("fileReportLink")}</a>
        </p>
      ) : null}
      {listing.eligibility === "other-reason" ? <p>{t("otherReasonText")}</p> : null}
    </section>
  );
}

/** The enterprise's applications, newest first, with the decision and a rejection's reason. */
export async function ApplicationsTable({ locale, applications }: { locale: AppLocale; applications: RemovalApplicationView[] }) {
  const t = await getTranslations({ locale, namespace: "AnnualCycle.removal" });
  const f = await getRecordFormat(locale);
  return (
    <DataTable
      caption={t("applicationsHeading")}
      rows={applications}
      rowKey={(row) => String(row.id)}
      columns={[
        {
          key: "listing",
          header: t("columns.listing"),
          cell: (row) =>
            row.reportYear === null
              ? t.rich("listingOther", { reason: f.term("abnormal-reasons", row.reason), date: formatDay(locale, row.listedOn), bdi: dateTag })
              : t.rich("listingYear", { year: String(row.reportYear), date: formatDay(locale, row.listedOn), bdi: dateTag }),
        },
        { key: "applied-on", header: t("columns.appliedOn"), cell: (row) => <bdi>{formatTimestamp(locale, row.appliedAt)}</bdi> },
        { key: "state", header: t("columns.state"), cell: (row) => <span className={row.state === "rejected" ? "font-bold" : ""}>{t(`states.${row.state}`)}</span> },
        { key: "decided-on", header: t("columns.decidedOn"), cell: (row) => (row.decidedAt === null ? "" : <bdi>{formatTimestamp(locale, row.decidedAt)}</bdi>) },
        { key: "note", header: t("columns.note"), cell: (row) => (row.rejectionNote === null ? "" : <DataText text={row.rejectionNote} />) },
      ]}
    />
  );
}
