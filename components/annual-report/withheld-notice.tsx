import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** 企业选择不公示: the block exists but the company chose not to publish it. No values reach the page. */
export async function WithheldNotice({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Common" });
  return <p className="border-s-4 border-rule bg-panel px-4 py-3 font-bold">{t("withheld")}</p>;
}
