import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { DepartmentName, KeyState, KindList, LastUsed } from "@/components/regulator/api-key-parts";
import { isApiKeyId, regulatorApiKeysPath } from "@/components/regulator/api-key-paths";
import { LtrText } from "@/components/ui/bidi";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { routing } from "@/i18n/routing";
import { formatTimestamp } from "@/lib/i18n/format-values";
import { getApiKeyInArea } from "@/lib/ingestion/api-keys";

export async function generateMetadata({ params }: PageProps<"/[locale]/regulator/api-keys/[keyId]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ApiKeys.revoke" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * /{locale}/regulator/api-keys/{id} — a supervisor confirms the revocation of one key of their
 * area: its facts (no secret), what revoking does, and the button, a form posting to
 * …/{id}/revoke. A key of another area, or no such key: 404; another role: 403.
 */
export default async function RevokeApiKeyPage({ params }: PageProps<"/[locale]/regulator/api-keys/[keyId]">) {
  const { locale, keyId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireRegulator(locale, "manage-api-keys");
  const apiKey = isApiKeyId(keyId) ? await getApiKeyInArea({ id: keyId, regulatorAuthorityId: session.authorityId }) : null;
  if (apiKey === null) notFound();
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  const base = regulatorApiKeysPath(locale);

  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="api-keys" />
      <p className="mb-6">
        <a href={base}>{t("revoke.back")}</a>
      </p>
      <PageHeading>{t("revoke.title")}</PageHeading>
      <SummaryList
        className="mb-8 max-w-3xl"
        rows={[
          { key: "key", label: t("columns.key"), value: <LtrText className="font-mono">{apiKey.id}</LtrText> },
          { key: "department", label: t("columns.department"), value: <DepartmentName locale={locale} authorityId={apiKey.authorityId} /> },
          { key: "kinds", label: t("columns.kinds"), value: <KindList locale={locale} kinds={apiKey.kinds} /> },
          { key: "label", label: t("columns.label"), value: apiKey.label ? <bdi>{apiKey.label}</bdi> : t("noLabel") },
          { key: "created", label: t("columns.created"), value: <bdi>{formatTimestamp(locale, apiKey.createdAt.toISOString())}</bdi> },
          { key: "created-by", label: t("revoke.createdBy"), value: <LtrText>{apiKey.createdBy}</LtrText> },
          { key: "last-used", label: t("columns.lastUsed"), value: <LastUsed locale={locale} apiKey={apiKey} /> },
          { key: "state", label: t("columns.state"), value: <KeyState locale={locale} apiKey={apiKey} /> },
        ]}
      />
      {apiKey.revokedAt === null ? (
        <form method="post" action={`${base}/${apiKey.id}/revoke`} className="max-w-prose space-y-6">
          <p className="border-s-4 border-error ps-4 font-bold">{t("revoke.warning")}</p>
          <button type="submit" className="button-warning">
            {t("revoke.submit")}
          </button>
        </form>
      ) : (
        <p className="max-w-prose">
          {t.rich("revoke.alreadyRevoked", { date: formatTimestamp(locale, apiKey.revokedAt.toISOString()), bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
      )}
    </>
  );
}
