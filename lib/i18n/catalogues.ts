import type { AppLocale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";

/**
 * The message catalogues, for text made outside a page request (credit-report PDFs, batch
 * manifests) with next-intl's `createTranslator`. Pages use `getTranslations`.
 */
const CATALOGUES = { zh, ug, en } as const;

export function catalogue(locale: AppLocale): (typeof CATALOGUES)[AppLocale] {
  return CATALOGUES[locale];
}
