import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { SUGGESTION_LIMIT } from "@/lib/search/search-params";
import type { SuggestionLabels } from "./search-suggestions";

// The same texts on every page of a locale: format them once per process, not on each request
// (eleven plural messages per search box).
const labelsByLocale = new Map<AppLocale, Promise<SuggestionLabels>>();

/** The suggestions list's texts for SearchBox, translated on the server (no client catalogue). */
export function getSuggestionLabels(locale: AppLocale): Promise<SuggestionLabels> {
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    labels = formatLabels(locale);
    labels.catch(() => labelsByLocale.delete(locale));
    labelsByLocale.set(locale, labels);
  }
  return labels;
}

async function formatLabels(locale: AppLocale): Promise<SuggestionLabels> {
  const t = await getTranslations({ locale, namespace: "Search.suggestions" });
  return {
    listLabel: t("listLabel"),
    announcements: Array.from({ length: SUGGESTION_LIMIT + 1 }, (_, count) => t("available", { count })),
  };
}
