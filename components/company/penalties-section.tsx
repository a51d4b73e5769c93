import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Isolate } from "@/components/ui/bidi";
import { DataText } from "@/components/ui/data-text";
import { Disclosure } from "@/components/ui/disclosure";
import { SummaryList } from "@/components/ui/summary-list";
import type { Penalty } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";

type PenaltiesSectionProps = { locale: AppLocale; penalties: Penalty[] };

/**
 * 行政处罚信息: one card per decision (a summary, "publicity ends on …", and the decision
 * document itself behind a disclosure). Only penalties still in publicity reach this page.
 */
export async function PenaltiesSection({ locale, penalties }: PenaltiesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company.penalties" });
  const f = await getRecordFormat(locale);
  return (
    <CompanySection locale={locale} id="penalties" isEmpty={penalties.length === 0}>
      <ol className="space-y-6">
        {penalties.map((penalty, index) => (
          <li key={`${index}-${penalty.decisionNumber}`} className="border-t-2 border-ink pt-3">
            <h4 className="mb-1 text-lg font-bold">
              <DataText text={penalty.decisionNumber} />
            </h4>
            <p className="mb-2 text-ink-secondary">{t.rich("publicityEndsOn", { date: f.dateTag, value: f.day(penalty.publicityEndsOn) })}</p>
            <SummaryList
              rows={[
                { key: "type", label: t("violationType"), value: f.term("violation-types", penalty.violationType) },
                {
                  key: "kinds",
                  label: t("kinds"),
                  value: penalty.kinds.map((kind) => f.term("penalty-kinds", kind)).join(t("kindSeparator")),
                },
                { key: "content", label: t("content"), value: <DataText text={penalty.content} className="whitespace-pre-line" /> },
                ...(penalty.fineYuan === null
                  ? []
                  : [{ key: "fine", label: t("fine"), value: <Isolate>{f.yuan(penalty.fineYuan)}</Isolate> }]),
                { key: "authority", label: t("authority"), value: f.authority(penalty.authority) },
                { key: "decided", label: t("decidedOn"), value: f.date(penalty.decidedOn) },
                { key: "published", label: t("publishedOn"), value: f.date(penalty.publishedOn) },
              ]}
            />
            <Disclosure summary={t("documentSummary")}>
              <DataText as="div" text={penalty.documentText} className="whitespace-pre-line" />
            </Disclosure>
          </li>
        ))}
      </ol>
    </CompanySection>
  );
}
