import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Isolate, LtrText } from "@/components/ui/bidi";
import { DataText } from "@/components/ui/data-text";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import { findEnterpriseType } from "@/lib/dictionaries";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { CompanyNames } from "./company-name";
import { CompanySection } from "./company-section";
import { getRecordFormat } from "./record-format";
import { StatusBadge } from "./status-badge";

type RegistrationSectionProps = { locale: AppLocale; profile: CompanyProfile };

/** 营业执照信息: what the business licence says. */
export async function RegistrationSection({ locale, profile }: RegistrationSectionProps) {
  const t = await getTranslations({ locale, namespace: "Company.registration" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const f = await getRecordFormat(locale);
  const notGiven = <span className="text-ink-secondary">{common("notGiven")}</span>;
  const day = (value: string | null) => (value === null ? notGiven : f.date(value));

  const rows: (SummaryRow | null)[] = [
    { key: "uscc", label: t("uscc"), value: <LtrText className="font-mono">{profile.uscc}</LtrText> },
    profile.registrationNumber
      ? { key: "regno", label: t("registrationNumber"), value: <LtrText className="font-mono">{profile.registrationNumber}</LtrText> }
      : null,
    { key: "name-zh", label: t("nameZh"), value: <DataText text={profile.nameZh} /> },
    profile.nameUg ? { key: "name-ug", label: t("nameUg"), value: <DataText text={profile.nameUg} /> } : null,
    { key: "type", label: t("type"), value: f.term("enterprise-types", profile.type) },
    {
      key: "legal-rep",
      label: f.term("legal-rep-roles", profile.legalRepresentative.role),
      value: <DataText text={profile.legalRepresentative.name} />,
    },
    {
      key: "capital",
      // Individual businesses register an amount of funds (资金数额), not a registered capital.
      label: findEnterpriseType(profile.type)?.usccEntityType === "2" ? t("capitalIndividual") : t("capital"),
      value: profile.capital === null ? notGiven : <Isolate>{f.capital(profile.capital)}</Isolate>,
    },
    { key: "established", label: t("establishedOn"), value: day(profile.establishedOn) },
    { key: "term-from", label: t("termFrom"), value: day(profile.termFrom) },
    {
      key: "term-to",
      label: t("termTo"),
      value: profile.termTo === null ? common("noFixedTerm") : f.date(profile.termTo),
    },
    { key: "authority", label: t("authority"), value: f.authority(profile.authority) },
    { key: "approved", label: t("approvedOn"), value: day(profile.approvedOn) },
    {
      key: "status",
      label: t("status"),
      value: (
        <span className="flex flex-wrap items-center gap-x-2">
          <StatusBadge locale={locale} status={profile.status} />
          {profile.statusChangedOn ? (
            <span>{common.rich("since", { date: f.dateTag, value: f.day(profile.statusChangedOn) })}</span>
          ) : null}
        </span>
      ),
    },
    { key: "region", label: t("region"), value: f.term("regions", profile.regionCode) },
    { key: "industry", label: t("industry"), value: f.term("industries", profile.industryCode) },
    {
      key: "address",
      label: f.term("address-labels", profile.addressLabel),
      value: <DataText text={profile.address} />,
    },
    profile.parent
      ? {
          key: "parent",
          label: t("parent"),
          value: (
            <a href={`/${locale}/companies/${profile.parent.uscc}`}>
              <CompanyNames locale={locale} names={profile.parent} />
            </a>
          ),
        }
      : null,
    { key: "scope", label: t("scope"), value: <DataText as="p" text={profile.scope} className="whitespace-pre-line" /> },
  ];

  return (
    <CompanySection locale={locale} id="registration" isEmpty={false}>
      <SummaryList rows={rows.filter((row): row is SummaryRow => row !== null)} />
    </CompanySection>
  );
}
