import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { NameSpan, orderedNames } from "./company-name";
import { StatusBadge } from "./status-badge";

type CompanyHeaderProps = { locale: AppLocale; profile: CompanyProfile };

/** Caption, the company's name(s) as the page's h1, its code and its status. */
export async function CompanyHeader({ locale, profile }: CompanyHeaderProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const { primary, secondary } = orderedNames(locale, profile);
  return (
    <div className="mb-6">
      <p className="mb-1 text-lg text-ink-secondary">{t("caption")}</p>
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">
        <NameSpan name={primary} />
      </h1>
      {secondary ? (
        <p className="mt-1 text-lg sm:text-xl">
          <NameSpan name={secondary} />
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-ink-secondary">{t("uscc")}</dt>
          <dd className="m-0 font-bold">
            <LtrText className="font-mono tracking-wide">{profile.uscc}</LtrText>
          </dd>
        </div>
        <div className="flex flex-wrap items-center gap-x-2">
          <dt className="sr-only">{t("status")}</dt>
          <dd className="m-0">
            <StatusBadge locale={locale} status={profile.status} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
