import type { AppLocale } from "@/i18n/routing";
import { filingPaths } from "@/lib/filing/filing-paths";

export function removalPagePath(locale: AppLocale, uscc: string): string {
  return filingPaths(locale, uscc).removal;
}

export function regulatorRemovalsPath(locale: AppLocale): string {
  return `/${locale}/regulator/removals`;
}

/** A query value as one string (the first of several). */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
