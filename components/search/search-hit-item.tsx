import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { Badge } from "@/components/ui/badge";
import { getRecordFormat } from "@/components/company/record-format";
import { StatusBadge } from "@/components/company/status-badge";
import { findEnterpriseType } from "@/lib/dictionaries";
import type { SearchHit, TextSegment } from "@/lib/search/contract";
import { HighlightedText, plainSegments } from "./highlighted-text";

type SearchHitItemProps = { locale: AppLocale; hit: SearchHit };

type Name = { segments: TextSegment[]; lang: "zh-CN" | "ug"; dir: "ltr" | "rtl" };

/** On Uyghur pages the Uyghur name comes first when there is one (as on the company page). */
function orderedHighlightedNames(locale: AppLocale, hit: SearchHit): { primary: Name; secondary: Name | null } {
  const zh: Name = { segments: hit.highlights.nameZh.length > 0 ? hit.highlights.nameZh : plainSegments(hit.nameZh), lang: "zh-CN", dir: "ltr" };
  if (!hit.nameUg) return { primary: zh, secondary: null };
  const ug: Name = { segments: hit.highlights.nameUg ?? plainSegments(hit.nameUg), lang: "ug", dir: "rtl" };
  return locale === "ug" ? { primary: ug, secondary: zh } : { primary: zh, secondary: ug };
}

/**
 * One result: name(s) linking to the record with the matched parts marked, the former name that
 * matched, status and warnings, code, legal representative, region, type, date established.
 */
export async function SearchHitItem({ locale, hit }: SearchHitItemProps) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const f = await getRecordFormat(locale);
  const { primary, secondary } = orderedHighlightedNames(locale, hit);
  const role = findEnterpriseType(hit.type)?.legalRepRole;
  const legalRep = hit.highlights.legalRepName.length > 0 ? hit.highlights.legalRepName : plainSegments(hit.legalRepName);
  const { alerts } = hit;
  const hasAlerts = alerts.hasPenaltiesInPublicity || alerts.isOnAbnormalList || alerts.isOnSeriousViolationList;
  return (
    <li className="border-b border-rule py-4">
      <h3 className="text-lg leading-snug font-bold sm:text-xl">
        <a href={`/${locale}/companies/${hit.uscc}`}>
          <HighlightedText segments={primary.segments} lang={primary.lang} dir={primary.dir} />
        </a>
      </h3>
      {secondary ? (
        <p className="mt-0.5">
          <HighlightedText segments={secondary.segments} lang={secondary.lang} dir={secondary.dir} />
        </p>
      ) : null}
      {hit.highlights.formerName ? (
        <p className="mt-0.5 text-ink-secondary">
          {t.rich("hit.formerName", { name: () => <HighlightedText segments={hit.highlights.formerName ?? []} /> })}
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge locale={locale} status={hit.status} />
        {hasAlerts ? (
          <span className="flex flex-wrap gap-2">
            <span className="sr-only">{t("hit.alertsLabel")}</span>
            {alerts.isOnSeriousViolationList ? <Badge tone="negative">{t("hit.serious")}</Badge> : null}
            {alerts.isOnAbnormalList ? <Badge tone="negative">{t("hit.abnormal")}</Badge> : null}
            {alerts.hasPenaltiesInPublicity ? <Badge tone="warning">{t("hit.penalties")}</Badge> : null}
          </span>
        ) : null}
      </p>
      {/* Each label with its value beside it; a long value wraps under itself, not under the label
          (the code, which must stay whole, moves under its label instead). */}
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-ink-secondary sm:grid-cols-2">
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("code")}</dt>
          <dd className="m-0 min-w-0 text-ink">
            <LtrText className="font-mono break-all">{hit.uscc}</LtrText>
          </dd>
        </div>
        <div className="flex gap-x-2">
          <dt>{role ? f.term("legal-rep-roles", role) : t("legalRep")}</dt>
          <dd className="m-0 min-w-0 text-ink">
            <HighlightedText segments={legalRep} />
          </dd>
        </div>
        <div className="flex gap-x-2">
          <dt>{t("region")}</dt>
          <dd className="m-0 min-w-0 text-ink">{f.term("regions", hit.regionCode)}</dd>
        </div>
        <div className="flex gap-x-2">
          <dt>{t("hit.type")}</dt>
          <dd className="m-0 min-w-0 text-ink">{f.term("enterprise-types", hit.type)}</dd>
        </div>
        <div className="flex gap-x-2">
          <dt>{t("established")}</dt>
          <dd className="m-0 min-w-0 text-ink">{f.date(hit.establishedOn)}</dd>
        </div>
        {hit.capital !== null ? (
          <div className="flex gap-x-2">
            <dt>{t("hit.capital")}</dt>
            <dd className="m-0 min-w-0 text-ink">
              <bdi className="whitespace-nowrap">{f.wanYuan(hit.capital)}</bdi>
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
