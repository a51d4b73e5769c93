import type { AppLocale } from "@/i18n/routing";

/** The addresses of the regulator's API-key pages (app/[locale]/regulator/api-keys). */
export function regulatorApiKeysPath(locale: AppLocale): string {
  return `/${locale}/regulator/api-keys`;
}

/** A key's id as it appears in addresses (the public part of xjk_<id>_<secret>). */
export function isApiKeyId(value: string | undefined): value is string {
  return value !== undefined && /^[a-z0-9]{1,16}$/.test(value);
}
