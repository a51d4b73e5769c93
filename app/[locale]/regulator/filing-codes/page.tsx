import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/auth/auth-fields";
import { formProblems } from "@/components/auth/form-problems";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { Banner } from "@/components/ui/banner";
import { LtrText } from "@/components/ui/bidi";
import { scriptAttributes } from "@/components/ui/data-text";
import { DataTable } from "@/components/ui/data-table";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { routing } from "@/i18n/routing";
import { formatFilingCode } from "@/lib/auth/filing-codes";
import { readFormFlash } from "@/lib/forms/form-flash";
import { formatTimestamp } from "@/lib/i18n/format-values";
import { listFilingCodeIssuances, type FilingCodeIssuance } from "@/lib/records/filing-codes";
import { ISSUE_CODE_FIELDS, REGULATOR_FORMS } from "@/lib/validation/regulator";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/regulator/filing-codes">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const flash = await readFormFlash(REGULATOR_FORMS.issueCode, first((await searchParams).form));
  const title = t("codes.title");
  return { title: flash && Object.keys(flash.errors).length > 0 ? t("errors.titlePrefix", { title }) : title };
}

/**
 * /{locale}/regulator/filing-codes — a registrar issues a filing code for an enterprise (the
 * code is shown once, straight after issuing, from the handler's flash; only its hash is kept),
 * and sees the recent issues without their codes.
 */
export default async function FilingCodesPage({ params, searchParams }: PageProps<"/[locale]/regulator/filing-codes">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireRegulator(locale, "issue-filing-codes");
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const flash = await readFormFlash(REGULATOR_FORMS.issueCode, first((await searchParams).form));
  const problems = await formProblems({ locale, namespace: "Regulator", flash, fields: ISSUE_CODE_FIELDS });
  const issued = flash && flash.facts.code ? flash.facts : null;
  const issuances = await listFilingCodeIssuances({ limit: 10 });
  const name = (row: { nameZh: string; nameUg: string | null }) => (companyTitle(locale, row));
  // Codes are issued by a regulator user ("regulator:<username>") or by the system (the demo
  // seed, scripts: "system:<what>"), which is named in words, not by its internal id.
  const issuer = (issuedBy: string) =>
    issuedBy.startsWith("system:") ? t("codes.issuedBySystem") : <LtrText>{issuedBy.replace(/^regulator:/, "")}</LtrText>;
  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="filing-codes" />
      <ErrorSummary title={t("errors.summaryTitle")} errors={problems.summary} />
      <PageHeading>{t("codes.title")}</PageHeading>
      {issued ? (
        <Banner tone="success" title={t("codes.issuedTitle")}>
          <p>
            {t.rich("codes.issuedFor", { name: issued.name, company: (chunks) => <span {...scriptAttributes(issued.name)}>{chunks}</span> })} (<LtrText className="font-mono">{issued.uscc}</LtrText>)
          </p>
          <p className="my-3">
            <span className="block text-sm">{t("codes.codeLabel")}</span>
            <LtrText className="font-mono text-3xl font-bold tracking-wider">
              <span data-testid="issued-filing-code">{formatFilingCode(issued.code)}</span>
            </LtrText>
          </p>
          <p>{t("codes.expires", { date: formatTimestamp(locale, issued.expiresAt) })}</p>
          <p className="font-bold">{t("codes.issuedOnce")}</p>
        </Banner>
      ) : null}
      <p className="mb-6 max-w-prose">{t("codes.intro")}</p>
      <form method="post" action={`/${locale}/regulator/filing-codes/issue`} noValidate className="mb-12 max-w-xl space-y-6">
        <TextField name="uscc" label={t("codes.usccLabel")} hint={t("codes.usccHint")} error={problems.byField.uscc} defaultValue={issued ? undefined : flash?.values.uscc} autoComplete="off" isLtr width="code" />
        <button type="submit" className="button-primary">
          {t("codes.submit")}
        </button>
      </form>
      <Section id="issued" title={t("codes.listTitle")} level={2} isEmpty={issuances.length === 0} emptyText={t("codes.listEmpty")}>
        <DataTable<FilingCodeIssuance>
          caption={t("codes.listTitle")}
          rowKey={(row) => String(row.id)}
          rows={issuances}
          columns={[
            {
              key: "enterprise",
              header: t("codes.enterprise"),
              cell: (row) => (
                <>
                  {name(row)}
                  <br />
                  <LtrText className="font-mono text-sm">{row.uscc}</LtrText>
                </>
              ),
            },
            { key: "issuedAt", header: t("codes.issuedAt"), cell: (row) => formatTimestamp(locale, row.issuedAt.toISOString()) },
            { key: "issuedBy", header: t("codes.issuedBy"), cell: (row) => issuer(row.issuedBy) },
            { key: "expiresAt", header: t("codes.expiresAt"), cell: (row) => formatTimestamp(locale, row.expiresAt.toISOString()) },
            { key: "state", header: t("codes.state"), cell: (row) => t(`codes.states.${row.state}`) },
          ]}
        />
      </Section>
    </>
  );
}
