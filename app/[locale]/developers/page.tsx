import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiEndpointSection } from "@/components/developers/api-endpoint-section";
import {
  API_KEY_COMMAND,
  CHANGES_LOOP,
  ENDPOINTS,
  INGEST_EXAMPLE,
  PROBLEM_EXAMPLE,
  PROBLEM_STATUSES,
  RATE_LIMIT_HEADER_DOCS,
} from "@/components/developers/api-reference";
import { CodeBlock } from "@/components/developers/code-block";
import { CommandText, LtrText } from "@/components/ui/bidi";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { apiPaths } from "@/lib/api/api-paths";
import { getEnv } from "@/lib/env";
import { INGEST_KINDS, MAX_BATCH_RECORDS } from "@/lib/ingestion/kinds";
import { RECORD_SECTIONS } from "@/lib/records/record-sections";

export async function generateMetadata({ params }: PageProps<"/[locale]/developers">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Developers" });
  return { title: t("metaTitle"), alternates: pageAlternates(locale, "/developers") };
}

const SECTION_IDS = ["basics", "endpoints", "changes", "limits", "errors", "departments", "openapi"] as const;
const SECTION_TITLE = {
  basics: "basicsTitle",
  endpoints: "endpointsTitle",
  changes: "changesTitle",
  limits: "limitsTitle",
  errors: "errorsTitle",
  departments: "departmentsTitle",
  openapi: "openapiTitle",
} as const;

/** A short code or header name in running text: never broken across lines. */
const code = (chunks: React.ReactNode) => <LtrText className="font-mono whitespace-nowrap">{chunks}</LtrText>;
/** A command or an address in running text: may wrap between its words, never inside one. */
const command = (chunks: React.ReactNode) => <CommandText>{chunks}</CommandText>;

/**
 * /{locale}/developers — the readable documentation of the public API: what it offers, each read
 * endpoint with its parameters and a curl example, the changes feed and how to resume it, rate
 * limits and headers, errors, how departments get a key and send records, and the OpenAPI
 * document. Server-rendered; the limits shown are the running site's (lib/env.ts).
 */
export default async function DevelopersPage({ params }: PageProps<"/[locale]/developers">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The rate limits and the site's address are the running server's, not the build's.
  await connection();
  const env = getEnv();
  const base = env.SITE_URL;
  const withBase = (text: string) => text.replaceAll("BASE", base);
  const t = await getTranslations({ locale, namespace: "Developers" });

  return (
    <>
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-8 max-w-prose text-lg">{t("intro")}</p>
      <nav id="contents" aria-labelledby="contents-title" className="mb-8 border-b border-rule pb-4">
        <h2 id="contents-title" className="mb-2 text-lg font-bold">
          {t("contentsTitle")}
        </h2>
        <ul className="space-y-1">
          {SECTION_IDS.map((id) => (
            <li key={id} className="flex gap-2">
              <span aria-hidden="true">—</span>
              <a href={`#${id}`}>{t(SECTION_TITLE[id])}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="basics" title={t("basicsTitle")} level={2}>
        <ul className="max-w-prose list-disc space-y-2 ps-6">
          <li>{t.rich("basics.base", { command, base })}</li>
          <li>{t.rich("basics.json", { code })}</li>
          <li>{t("basics.privacy")}</li>
          <li>{t("basics.cors")}</li>
        </ul>
      </Section>

      <Section id="endpoints" title={t("endpointsTitle")} level={2}>
        {ENDPOINTS.map((endpoint) => (
          <ApiEndpointSection key={endpoint.id} locale={locale} endpoint={endpoint} example={withBase(endpoint.example)} sections={RECORD_SECTIONS} />
        ))}
      </Section>

      <Section id="changes" title={t("changesTitle")} level={2}>
        <div className="max-w-prose space-y-3">
          <p>{t.rich("changes.cursor", { code })}</p>
          <p>{t.rich("changes.polling", { code })}</p>
          <p>{t.rich("changes.content", { code })}</p>
        </div>
        <h3 className="mt-6 mb-2 text-lg font-bold">{t("changes.loopTitle")}</h3>
        <CodeBlock label={t("changes.loopTitle")}>{withBase(CHANGES_LOOP)}</CodeBlock>
      </Section>

      <Section id="limits" title={t("limitsTitle")} level={2}>
        <p className="max-w-prose">{t("limits.text", { limit: env.API_RATE_LIMIT_PER_MINUTE })}</p>
        <dl className="my-4 max-w-prose space-y-2">
          {RATE_LIMIT_HEADER_DOCS.map(({ header, key }) => (
            <div key={header} className="sm:flex sm:gap-3">
              <dt className="font-bold sm:w-48 sm:shrink-0">
                <LtrText className="font-mono">{header}</LtrText>
              </dt>
              <dd className="m-0">{t.rich(`limits.${key}`, { code })}</dd>
            </div>
          ))}
        </dl>
        <p className="max-w-prose">{t.rich("limits.etag", { code })}</p>
      </Section>

      <Section id="errors" title={t("errorsTitle")} level={2}>
        <p className="max-w-prose">{t.rich("errors.text", { code })}</p>
        <dl className="my-4 max-w-prose space-y-2">
          {PROBLEM_STATUSES.map((status) => (
            <div key={status} className="flex gap-3">
              <dt className="w-12 shrink-0 font-bold">
                <LtrText className="font-mono">{status}</LtrText>
              </dt>
              <dd className="m-0">{t.rich(`errors.${status}`, { code })}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-6 mb-2 text-lg font-bold">{t("errors.exampleTitle")}</h3>
        <CodeBlock label={t("errors.exampleTitle")}>{PROBLEM_EXAMPLE}</CodeBlock>
      </Section>

      <Section id="departments" title={t("departmentsTitle")} level={2}>
        <div className="max-w-prose space-y-3">
          <p>{t("departments.who")}</p>
          <p>{t.rich("departments.key", { command, keyCommand: API_KEY_COMMAND })}</p>
          <p>
            {t.rich("departments.send", {
              code,
              command,
              endpoint: "POST /api/v1/ingest/{kind}",
              header: "Authorization: Bearer",
              max: MAX_BATCH_RECORDS.toLocaleString("en"),
              batch: '{ "records": [ … ] }',
              kinds: INGEST_KINDS.join(", "),
            })}
          </p>
          <p>{t.rich("departments.idempotent", { code })}</p>
          <p>{t("departments.limit", { limit: env.API_KEY_RATE_LIMIT_PER_MINUTE })}</p>
        </div>
        <h3 className="mt-6 mb-2 text-lg font-bold">{t("departments.exampleTitle")}</h3>
        <CodeBlock label={t("departments.exampleTitle")}>{withBase(INGEST_EXAMPLE)}</CodeBlock>
      </Section>

      <Section id="openapi" title={t("openapiTitle")} level={2}>
        <p className="max-w-prose">{t("openapi.text")}</p>
        <p className="mt-3">
          <a href={apiPaths.openApi()}>{t("openapi.link")}</a>
        </p>
      </Section>
    </>
  );
}
