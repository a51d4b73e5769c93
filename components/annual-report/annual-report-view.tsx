import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ContentsList } from "@/components/ui/contents-list";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { CompanyNames } from "@/components/company/company-name";
import { ContributionsTable } from "@/components/company/contributions-table";
import { EquityChangesTable } from "@/components/company/equity-changes-table";
import { getRecordFormat } from "@/components/company/record-format";
import type { AnnualReport } from "@/lib/records/company-profile";
import { annualReportSections, SECTION_TITLES, type AnnualReportSectionId } from "./annual-report-sections";
import { BasicInfo } from "./basic-info";
import { AssetsBlock, GuaranteesBlock, SocialInsuranceBlock } from "./financial-blocks";
import { AmendmentsTable, InvestmentsTable, WebsitesTable } from "./report-tables";

type AnnualReportViewProps = { locale: AppLocale; report: AnnualReport };

const CONTENTS_ID = "contents";

function isSectionEmpty(report: AnnualReport, id: AnnualReportSectionId): boolean {
  switch (id) {
    case "websites":
      return report.websites.length === 0;
    case "contributions":
      return report.contributions.length === 0;
    case "investments":
      return report.investments.length === 0;
    case "equity-changes":
      return report.equityChanges.length === 0;
    case "amendments":
      return report.amendments.length === 0;
    default:
      return false;
  }
}

/** One year's annual report, with the sections of its form. */
export async function AnnualReportView({ locale, report }: AnnualReportViewProps) {
  const t = await getTranslations({ locale, namespace: "AnnualReport" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const f = await getRecordFormat(locale);
  const sections = annualReportSections(report.form);
  const companyHref = `/${locale}/companies/${report.company.uscc}`;

  const content = (id: AnnualReportSectionId): React.ReactNode => {
    switch (id) {
      case "basic":
        return <BasicInfo locale={locale} report={report} />;
      case "websites":
        return <WebsitesTable locale={locale} report={report} />;
      case "contributions":
        return <ContributionsTable locale={locale} caption={t("sections.contributions")} contributions={report.contributions} />;
      case "investments":
        return <InvestmentsTable locale={locale} report={report} />;
      case "assets":
        return <AssetsBlock locale={locale} report={report} variant="assets" />;
      case "operating":
        return <AssetsBlock locale={locale} report={report} variant="operating" />;
      case "guarantees":
        return <GuaranteesBlock locale={locale} report={report} />;
      case "equity-changes":
        return <EquityChangesTable locale={locale} caption={t("sections.equityChanges")} changes={report.equityChanges} />;
      case "social-insurance":
        return <SocialInsuranceBlock locale={locale} report={report} />;
      case "amendments":
        return <AmendmentsTable locale={locale} report={report} />;
    }
  };

  return (
    <>
      <p className="mb-4 text-sm">
        <a href={companyHref}>{t("backToCompany")}</a>
      </p>
      <div className="mb-6">
        <p className="mb-1 text-lg text-ink-secondary">
          <CompanyNames locale={locale} names={report.company} />
        </p>
        <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{t("title", { year: String(report.year) })}</h1>
      </div>
      <SummaryList
        className="mb-8"
        rows={[
          { key: "form", label: t("form"), value: f.term("annual-report-forms", report.form) },
          { key: "state", label: t("state"), value: f.term("annual-report-states", report.state) },
          { key: "submitted", label: t("submittedOn"), value: f.date(report.submittedOn) },
        ]}
      />
      <ContentsList
        id={CONTENTS_ID}
        title={t("contentsTitle")}
        groups={[
          {
            title: t("title", { year: String(report.year) }),
            items: sections.map((id) => ({ href: `#${id}`, text: t(`sections.${SECTION_TITLES[id]}`) })),
          },
        ]}
      />
      {sections.map((id) => (
        <Section
          key={id}
          id={id}
          level={2}
          title={t(`sections.${SECTION_TITLES[id]}`)}
          isEmpty={isSectionEmpty(report, id)}
          emptyText={common("none")}
          backLink={{ href: `#${CONTENTS_ID}`, text: common("backToContents") }}
        >
          {content(id)}
        </Section>
      ))}
    </>
  );
}
