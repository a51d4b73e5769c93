import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Isolate } from "@/components/ui/bidi";
import { DataText } from "@/components/ui/data-text";
import { Disclosure } from "@/components/ui/disclosure";
import { SummaryList } from "@/components/ui/summary-list";
import type { Penalty } from "@/lib/records/company-profile";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { recordSectionHref, type SectionView, visibleRows } from "./record-sections";

type PenaltiesSectionProps = {
  locale: AppLocale;
  /** Penalties departments published, or those the company published itself (without the decision document). */
  id: "penalties" | "self-published-penalties";
  penalties: Penalty[];
  view: SectionView;
};

/** The anchor of a penalty's card on the penalties page (penalties keep their order there). */
function penaltyAnchor(index: number): string {
  return `penalty-${index + 1}`;
}

/**
 * 行政处罚信息: one card per decision (a summary and "publicity ends on …"). The decision
 * document itself, often several pages long, is only on the page that lists all penalties
 * (behind a disclosure); on the company page each card links to it there.
 * Only penalties still in publicity reach this page.
 */
export async function PenaltiesSection({ locale, id, penalties, view }: PenaltiesSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company.penalties" });
  const f = await getRecordFormat(locale);
  const fullListHref = recordSectionHref(locale, view.uscc, id);
  const anchor = (index: number) => (id === "penalties" ? penaltyAnchor(index) : `self-${penaltyAnchor(index)}`);
  return (
    <CompanySection locale={locale} id={id} isEmpty={penalties.length === 0} list={{ view, total: penalties.length }}>
      <ol className="space-y-6">
        {visibleRows(penalties, view).map((penalty, index) => (
          <li
            key={`${index}-${penalty.decisionNumber}`}
            {...(view.mode === "full" ? { id: anchor(index) } : {})}
            className="scroll-mt-4 border-t-2 border-ink pt-3"
          >
            <h4 id={`${anchor(index)}-number`} className="mb-1 text-lg font-bold">
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
            {penalty.documentText === "" ? null : view.mode === "full" ? (
              <Disclosure summary={t("documentSummary")}>
                <DataText as="div" text={penalty.documentText} className="whitespace-pre-line" />
              </Disclosure>
            ) : (
              <p className="mt-2">
                <a href={`${fullListHref}#${anchor(index)}`} aria-describedby={`${anchor(index)}-number`}>
                  {t("readDecision")}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </CompanySection>
  );
}
