import { getTranslations } from "next-intl/server";
import { companyTitle } from "@/components/company/company-name";
import type { AppLocale } from "@/i18n/routing";
import type { FilerSession } from "@/lib/auth/session";

/** The caption above a filing page's heading: which enterprise, which year, filing or amending. */
export async function FilingCaption({ locale, session, year, isAmendment }: { locale: AppLocale; session: FilerSession; year: number; isAmendment: boolean }) {
  const t = await getTranslations({ locale, namespace: "Filing" });
  const name = companyTitle(locale, session);
  return (
    <>
      <bdi>{name}</bdi> · {isAmendment ? t("captionAmend", { year: String(year) }) : t("caption", { year: String(year) })}
    </>
  );
}
