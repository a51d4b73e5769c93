import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** The company's credit report (PDF, in the page's language) and what makes it trustworthy. */
export async function CreditReportLink({ locale, uscc }: { locale: AppLocale; uscc: string }) {
  const t = await getTranslations({ locale, namespace: "Report" });
  return (
    <div className="mb-6">
      <a className="button-secondary" href={`/${locale}/companies/${uscc}/report.pdf`} type="application/pdf" download aria-describedby="credit-report-hint">
        {t("download")}
      </a>
      <p id="credit-report-hint" className="mt-2 text-sm text-ink-secondary">
        {t("downloadHint")} <a href={`/${locale}/verify`}>{t("verifyLink")}</a>
      </p>
    </div>
  );
}
