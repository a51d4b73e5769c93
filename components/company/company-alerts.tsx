import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Banner } from "@/components/ui/banner";
import type { CompanyProfile } from "@/lib/records/company-profile";

type CompanyAlertsProps = { locale: AppLocale; alerts: CompanyProfile["alerts"] };

/** Warnings a reader must not miss: the abnormal list, the serious-violation list, penalties in publicity. */
export async function CompanyAlerts({ locale, alerts }: CompanyAlertsProps) {
  const t = await getTranslations({ locale, namespace: "Company.alerts" });
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
