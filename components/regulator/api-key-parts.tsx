import { getTranslations } from "next-intl/server";
import { LtrText } from "@/components/ui/bidi";
import type { AppLocale } from "@/i18n/routing";
import { findAuthority } from "@/lib/dictionaries/authorities";
import { formatTimestamp } from "@/lib/i18n/format-values";
import type { ApiKeySummary } from "@/lib/ingestion/api-keys";
import { isIngestKind } from "@/lib/ingestion/kinds";

/**
 * Pieces of the regulator's API-key pages (app/[locale]/regulator/api-keys): the department, the
 * record kinds a key may send and its state, translated. A key's summary has no secret to show.
 */

/** The department's name in the page's language, with its id. */
export function DepartmentName({ locale, authorityId }: { locale: AppLocale; authorityId: string }) {
  const authority = findAuthority(authorityId);
  return (
    <>
      {authority ? authority.names[locale] : null}
      {authority ? <br /> : null}
      <LtrText className="font-mono text-sm text-ink-secondary">{authorityId}</LtrText>
    </>
  );
}

export async function KindList({ locale, kinds }: { locale: AppLocale; kinds: readonly string[] }) {
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  return (
    <ul className="m-0 list-none p-0">
      {kinds.map((kind) => (
        <li key={kind}>{isIngestKind(kind) ? t(`kinds.${kind}`) : <LtrText>{kind}</LtrText>}</li>
      ))}
    </ul>
  );
}

export async function KeyState({ locale, apiKey }: { locale: AppLocale; apiKey: ApiKeySummary }) {
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  if (apiKey.revokedAt === null) return <span className="font-bold">{t("active")}</span>;
  return <span className="text-ink-secondary">{t.rich("revokedOn", { date: formatTimestamp(locale, apiKey.revokedAt.toISOString()), bdi: (chunks) => <bdi>{chunks}</bdi> })}</span>;
}

export async function LastUsed({ locale, apiKey }: { locale: AppLocale; apiKey: ApiKeySummary }) {
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  return apiKey.lastUsedAt === null ? <>{t("never")}</> : <bdi>{formatTimestamp(locale, apiKey.lastUsedAt.toISOString())}</bdi>;
}
