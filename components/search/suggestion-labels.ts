import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { SUGGESTION_LIMIT } from "@/lib/search/search-params";
import type { SuggestionLabels } from "./search-suggestions";

/** The suggestions list's texts for SearchBox, translated on the server (no client catalogue). */
export async function getSuggestionLabels(locale: AppLocale): Promise<SuggestionLabels> {
  const t = await getTranslations({ locale, namespace: "Search.suggestions" });
  return {
    listLabel: t("listLabel"),
    announcements: Array.from({ length: SUGGESTION_LIMIT + 1 }, (_, count) => t("available", { count })),
  };
}
