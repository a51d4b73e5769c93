import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { DepartmentName, KeyState, KindList, LastUsed } from "@/components/regulator/api-key-parts";
import { isApiKeyId, regulatorApiKeysPath } from "@/components/regulator/api-key-paths";
import { Banner } from "@/components/ui/banner";
import { LtrText } from "@/components/ui/bidi";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { can } from "@/lib/auth/roles";
import { formatTimestamp } from "@/lib/i18n/format-values";
import { listApiKeysInArea, type ApiKeySummary } from "@/lib/ingestion/api-keys";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: PageProps<"/[locale]/regulator/api-keys">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * /{locale}/regulator/api-keys — the ingestion API's department keys of the regulator's area
 * (lib/ingestion/api-keys.ts listApiKeysInArea): id, department, record kinds, label, created,
 * last used, state; never a secret (the summaries have none). Every regulator role may read it
 * ("read-api-keys"); a supervisor ("manage-api-keys") also gets a revoke link per active key,
 * to …/{id}, which confirms and posts. ?revoked=<id> after a revocation.
 */
export default async function RegulatorApiKeysPage({ params, searchParams }: PageProps<"/[locale]/regulator/api-keys">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireRegulator(locale, "read-api-keys");
  const t = await getTranslations({ locale, namespace: "ApiKeys" });
  const keys = await listApiKeysInArea({ regulatorAuthorityId: session.authorityId });
  const canRevoke = can(session.role, "manage-api-keys");
  const revoked = first((await searchParams).revoked);
  const active = keys.filter((key) => key.revokedAt === null).length;
  const base = regulatorApiKeysPath(locale);

  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="api-keys" />
      {isApiKeyId(revoked) ? (
        <Banner tone="success" title={t("revokedTitle")}>
          <p>{t.rich("revokedText", { id: revoked, ltr: (chunks) => <LtrText className="font-mono whitespace-nowrap">{chunks}</LtrText> })}</p>
        </Banner>
      ) : null}
      <PageHeading>{t("title")}</PageHeading>
      <div className="mb-6 max-w-prose space-y-3">
        <p className="text-lg">{t("intro")}</p>
        <p>{t.rich("secretNote", { code: (chunks) => <LtrText className="font-mono whitespace-nowrap">{chunks}</LtrText> })}</p>
        {canRevoke ? null : <p>{t("viewOnly")}</p>}
      </div>
      {keys.length > 0 ? <p className="mb-4 font-bold">{t("count", { count: keys.length, active })}</p> : null}
      {keys.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable<ApiKeySummary>
          caption={t("tableCaption")}
          rows={keys}
          rowKey={(row) => row.id}
          columns={[
            { key: "key", header: t("columns.key"), cell: (row) => <LtrText className="font-mono whitespace-nowrap">{row.id}</LtrText> },
            { key: "department", header: t("columns.department"), cell: (row) => <DepartmentName locale={locale} authorityId={row.authorityId} /> },
            { key: "kinds", header: t("columns.kinds"), cell: (row) => <KindList locale={locale} kinds={row.kinds} /> },
            { key: "label", header: t("columns.label"), cell: (row) => (row.label ? <bdi>{row.label}</bdi> : <span className="text-ink-secondary">{t("noLabel")}</span>) },
            { key: "created", header: t("columns.created"), cell: (row) => <bdi>{formatTimestamp(locale, row.createdAt.toISOString())}</bdi> },
            { key: "last-used", header: t("columns.lastUsed"), cell: (row) => <LastUsed locale={locale} apiKey={row} /> },
            {
              key: "state",
              header: t("columns.state"),
              cell: (row) => (
                <>
                  <KeyState locale={locale} apiKey={row} />
                  {canRevoke && row.revokedAt === null ? (
                    <a href={`${base}/${row.id}`} className="mt-1 block font-bold">
                      {t.rich("revokeLink", { id: row.id, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
                    </a>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
