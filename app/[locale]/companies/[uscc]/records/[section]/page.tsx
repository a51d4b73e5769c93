import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeProblemExplanation, getCodeProblemTitle } from "@/components/company/code-problem-explanation";
import { CompanyNames, companyTitle } from "@/components/company/company-name";
import { CompanyNotFound } from "@/components/company/company-not-found";
import { sectionTitleKey } from "@/components/company/company-sections";
import { RecordSectionView } from "@/components/company/record-section-view";
import { isRecordSection, recordSectionRows } from "@/components/company/record-sections";
import { resolveCompanyCode } from "@/components/company/resolve-company-code";
import { pageAlternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";

/** Served from Next's cache (ISR) like the company page; see there. */
export const revalidate = 300;

export function generateStaticParams(): { uscc: string; section: string }[] {
  return [];
}

type Props = PageProps<"/[locale]/companies/[uscc]/records/[section]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, uscc, section } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  if (!isRecordSection(section)) {
    const t = await getTranslations({ locale, namespace: "CompanyNotFound" });
    return { title: t("title"), robots: { index: false } };
  }
  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "found": {
      const t = await getTranslations({ locale, namespace: "Company" });
      const records = await getTranslations({ locale, namespace: "CompanyRecords" });
      return {
        title: records("metaTitle", {
          section: t(`sections.${sectionTitleKey(section)}`),
          name: companyTitle(locale, resolution.profile),
        }),
        alternates: pageAlternates(locale, `/companies/${resolution.profile.uscc}/records/${section}`),
      };
    }
    case "invalid":
      return { title: await getCodeProblemTitle(locale, resolution.problem), robots: { index: false } };
    default: {
      const t = await getTranslations({ locale, namespace: "CompanyNotFound" });
      return { title: t("title"), robots: { index: false } };
    }
  }
}

/**
 * /{locale}/companies/{uscc}/records/{section}: every row of one list section of a company's
 * record (the company page shows the first ones), e.g. all penalties with their decision
 * documents. Unknown sections and companies answer like the company page: HTTP 200 with a page
 * that says so, never notFound() (see there).
 */
export default async function CompanyRecordsPage({ params }: Props) {
  const { locale, uscc, section } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  if (!isRecordSection(section)) return <CompanyNotFound hasTitle={false} />;

  const resolution = await resolveCompanyCode(uscc);
  switch (resolution.kind) {
    case "redirect":
      permanentRedirect(`/${locale}/companies/${resolution.uscc}/records/${section}`);
    case "not-found":
      return <CompanyNotFound hasTitle={false} />;
    case "invalid":
      return <CodeProblemExplanation locale={locale} problem={resolution.problem} />;
    case "found": {
      const { profile } = resolution;
      const t = await getTranslations({ locale, namespace: "Company" });
      const records = await getTranslations({ locale, namespace: "CompanyRecords" });
      const count = recordSectionRows(profile, section).length;
      return (
        <>
          <p className="mb-4 text-sm">
            <a href={`/${locale}/companies/${profile.uscc}#${section}`}>{records("backToCompany")}</a>
          </p>
          <div className="mb-6">
            <p className="mb-1 text-lg text-ink-secondary">
              <CompanyNames locale={locale} names={profile} />
            </p>
            <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t(`sections.${sectionTitleKey(section)}`)}</h1>
            <p className="mt-1 text-ink-secondary">{records("total", { count })}</p>
          </div>
          <RecordSectionView locale={locale} profile={profile} section={section} mode="full" />
          <p className="text-sm">
            <a href={`/${locale}/companies/${profile.uscc}#${section}`}>{records("backToCompany")}</a>
          </p>
        </>
      );
    }
  }
}
