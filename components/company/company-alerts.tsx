import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Banner } from "@/components/ui/banner";
import { formatDay } from "@/lib/i18n/format-values";
import type { CompanyProfile } from "@/lib/records/company-profile";

type CompanyAlertsProps = { locale: AppLocale; alerts: CompanyProfile["alerts"] };

/**
 * Warnings a reader must not miss: the abnormal list, the serious-violation list (and the notice
 * that a 3-year listing is about to move there), penalties in publicity.
 */
export async function CompanyAlerts({ locale, alerts }: CompanyAlertsProps) {
  const t = await getTranslations({ locale, namespace: "Company.alerts" });
  const tWarning = await getTranslations({ locale, namespace: "AnnualCycle.seriousWarning" });
  const warning = alerts.seriousListWarning;
  const dateTag = (chunks: React.ReactNode) => <bdi className="whitespace-nowrap">{chunks}</bdi>;
  return (
    <>
      {alerts.isOnSeriousViolationList ? (
        <Banner tone="important" title={t("seriousTitle")}>
          <p>{t("seriousText")}</p>
          <p>
            <a href="#serious-violations">{t("seeDetails")}</a>
          </p>
        </Banner>
      ) : null}
      {alerts.isOnAbnormalList ? (
        <Banner tone="important" title={t("abnormalTitle")}>
          <p>{t("abnormalText")}</p>
          <p>
            <a href="#abnormal-operations">{t("seeDetails")}</a>
          </p>
        </Banner>
      ) : null}
      {warning ? (
        <Banner tone="important" title={tWarning("title", { date: formatDay(locale, warning.dueOn) })}>
          <p>{tWarning.rich("text", { date: formatDay(locale, warning.dueOn), notice: formatDay(locale, warning.noticeOn), bdi: dateTag })}</p>
          <p>
            <a href="#abnormal-operations">{t("seeDetails")}</a>
          </p>
        </Banner>
      ) : null}
      {alerts.penaltiesInPublicity > 0 ? (
        <Banner tone="warning" title={t("penaltiesTitle", { count: alerts.penaltiesInPublicity })}>
          <p>{t("penaltiesText")}</p>
          <p>
            <a href="#penalties">{t("seeDetails")}</a>
          </p>
        </Banner>
      ) : null}
    </>
  );
}
