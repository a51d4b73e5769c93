import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { DataText } from "@/components/ui/data-text";
import { NameSpan, orderedNames } from "@/components/company/company-name";
import { getRecordFormat } from "@/components/company/record-format";
import { StatusBadge } from "@/components/company/status-badge";
import { findEnterpriseType } from "@/lib/dictionaries";
import type { SearchHit } from "@/lib/records/company-search";

type SearchHitItemProps = { locale: AppLocale; hit: SearchHit };

/** One result: name(s) linking to the record, status, code, legal representative, region, date. */
export async function SearchHitItem({ locale, hit }: SearchHitItemProps) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const f = await getRecordFormat(locale);
  const { primary, secondary } = orderedNames(locale, hit);
  const role = findEnterpriseType(hit.type)?.legalRepRole;
  return (
    <li className="border-b border-rule py-4">
      <h2 className="text-lg leading-snug font-bold sm:text-xl">
        <a href={`/${locale}/companies/${hit.uscc}`}>
          <NameSpan name={primary} />
        </a>
      </h2>
      {secondary ? (
        <p className="mt-0.5">
          <NameSpan name={secondary} />
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge locale={locale} status={hit.status} />
        <span className="text-ink-secondary">{f.term("enterprise-types", hit.type)}</span>
      </p>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-ink-secondary sm:grid-cols-2">
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("code")}</dt>
          <dd className="m-0 text-ink">
            <LtrText className="font-mono">{hit.uscc}</LtrText>
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt>{role ? f.term("legal-rep-roles", role) : t("legalRep")}</dt>
          <dd className="m-0 text-ink">
            <DataText text={hit.legalRepName} />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("region")}</dt>
          <dd className="m-0 text-ink">{f.term("regions", hit.regionCode)}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("established")}</dt>
          <dd className="m-0 text-ink">
            {f.date(hit.establishedOn)}
          </dd>
        </div>
      </dl>
    </li>
  );
}
