import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/** No company matched: say so plainly and suggest what to try (GOV.UK "no results"). */
export async function SearchEmptyState({ locale, query }: { locale: AppLocale; query: string }) {
  const t = await getTranslations({ locale, namespace: "Search.empty" });
  return (
    <div className="mt-6">
      <p className="mb-3 text-lg font-bold">
        {t.rich("title", { query: (chunks) => <bdi>{chunks}</bdi>, value: query })}
      </p>
      <p className="mb-2">{t("intro")}</p>
      <ul className="list-disc space-y-1 ps-6">
        <li>{t("tipSpelling")}</li>
        <li>{t("tipShorter")}</li>
        <li>{t("tipCode")}</li>
        <li>{t("tipScript")}</li>
      </ul>
    </div>
  );
}
