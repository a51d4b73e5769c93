import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import type { EndpointDoc } from "./api-reference";
import { CodeBlock } from "./code-block";

type ApiEndpointSectionProps = {
  locale: AppLocale;
  endpoint: EndpointDoc;
  /** The curl example with the site's address filled in. */
  example: string;
  /** The record sections, listed in the records endpoint's text. */
  sections: readonly string[];
};

/** One endpoint on the developers page: what it does, its request line, parameters and a curl example. */
export async function ApiEndpointSection({ locale, endpoint, example, sections }: ApiEndpointSectionProps) {
  const t = await getTranslations({ locale, namespace: "Developers" });
  const code = (chunks: React.ReactNode) => <LtrText className="font-mono whitespace-nowrap">{chunks}</LtrText>;
  const id = `endpoint-${endpoint.id}`;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mb-10 scroll-mt-4 border-t border-rule pt-4">
      <h3 id={`${id}-heading`} className="mb-2 text-xl font-bold">
        {t(`endpoints.${endpoint.id}.title`)}
      </h3>
      <p className="mb-3 font-mono font-bold">
        {/* A long path may wrap on a phone: after a slash, never inside a word. */}
        <LtrText className="font-mono">
          {endpoint.request.split("/").map((part, index) => (
            <span key={index} className="whitespace-nowrap">
              {index > 0 ? "/" : null}
              {index > 0 ? <wbr /> : null}
              {part}
            </span>
          ))}
        </LtrText>
      </p>
      <p className="mb-4 max-w-prose">{t.rich(`endpoints.${endpoint.id}.text`, {
          code,
          withheld: '{ "isPublished": false }',
          // The section slugs, each kept whole, wrapping between them.
          sections: () =>
            sections.map((section, index) => (
              <span key={section} className="inline-block">
                <LtrText className="font-mono">{section}</LtrText>
                {index < sections.length - 1 ? <span className="me-1">,</span> : null}
              </span>
            )),
        })}</p>
      <h4 className="mb-2 font-bold">{t("parametersTitle")}</h4>
      <dl className="mb-4 max-w-prose border-t border-rule">
        {endpoint.params.map((param) => (
          <div key={param.key} className="border-b border-rule py-2 sm:flex sm:gap-4">
            <dt className="font-bold sm:w-48 sm:shrink-0">
              {param.names.map((name, index) => (
                <span key={name} className="inline-block">
                  <LtrText className="font-mono">{name}</LtrText>
                  {index < param.names.length - 1 ? <span className="me-1">,</span> : null}
                </span>
              ))}
              {param.isRepeatable ? <span className="ms-1 text-sm font-normal text-ink-secondary">{t("repeatable")}</span> : null}
            </dt>
            <dd className="m-0 min-w-0 sm:flex-1">{t.rich(`params.${param.key}`, { code, ...param.values })}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mb-2 font-bold">{t("exampleTitle")}</h4>
      <CodeBlock label={`${t("exampleTitle")}: ${t(`endpoints.${endpoint.id}.title`)}`}>{example}</CodeBlock>
    </section>
  );
}
