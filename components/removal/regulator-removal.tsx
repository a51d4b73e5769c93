import { getTranslations } from "next-intl/server";
import { CompanyNames } from "@/components/company/company-name";
import { getRecordFormat } from "@/components/company/record-format";
import { LtrText } from "@/components/ui/bidi";
import type { AppLocale } from "@/i18n/routing";
import { formatDay } from "@/lib/i18n/format-values";
import type { FiledYear, PendingRemoval } from "@/lib/records/removal-applications";

const dateTag = (chunks: React.ReactNode) => <bdi className="whitespace-nowrap">{chunks}</bdi>;

/** The enterprise: its names, and its code linking to its public record. */
export function EnterpriseCell({ locale, application }: { locale: AppLocale; application: PendingRemoval }) {
  return (
    <>
      <CompanyNames locale={locale} names={application.enterprise} className="font-bold" />
      <a href={`/${locale}/companies/${application.enterprise.uscc}`} className="block">
        <LtrText>{application.enterprise.uscc}</LtrText>
      </a>
    </>
  );
}

/** The listing applied for: its year (or reason), when and by whom, and whether the report is filed now. */
export async function ListingCell({ locale, application }: { locale: AppLocale; application: PendingRemoval }) {
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  const f = await getRecordFormat(locale);
  const { listing } = application;
  return (
    <>
      <span className="block">
        {listing.reportYear === null
          ? f.term("abnormal-reasons", listing.reason)
          : t.rich("listingYear", { year: String(listing.reportYear), bdi: dateTag })}
      </span>
      <span className="block">{t.rich("listedOnBy", { date: formatDay(locale, listing.listedOn), authority: f.authority(listing.listedBy), bdi: dateTag })}</span>
      <span className={`block font-bold ${application.isCured ? "" : "text-error"}`}>
        {application.isCured ? t("cured") : t("notCured")}
      </span>
    </>
  );
}

/** The years the enterprise has filed (late ones marked), and the years it is still listed for. */
export async function YearsFiledCell({ locale, yearsFiled, yearsStillListed }: { locale: AppLocale; yearsFiled: FiledYear[]; yearsStillListed: number[] }) {
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  return (
    <>
      {yearsFiled.length === 0 ? (
        <span className="block">{t("noneFiled")}</span>
      ) : (
        <ul className="flex flex-wrap gap-x-3">
          {yearsFiled.map((filed) => (
            <li key={filed.year}>
              <bdi>{filed.state === "filed-late" ? t("yearFiledLate", { year: String(filed.year) }) : String(filed.year)}</bdi>
            </li>
          ))}
        </ul>
      )}
      {yearsStillListed.length > 0 ? <span className="block">{t("stillListed", { years: yearsStillListed.join(", ") })}</span> : null}
    </>
  );
}
