import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Section } from "@/components/ui/section";
import { CONTENTS_ID, sectionTitleKey, type CompanySectionId } from "./company-sections";
import { isRecordSection, PREVIEW_ROWS, recordSectionHref, type SectionView } from "./record-sections";

type CompanySectionProps = {
  locale: AppLocale;
  id: CompanySectionId;
  isEmpty: boolean;
  /**
   * For a list section: where it is shown and how many rows it has in all. On the company page
   * a section with more than PREVIEW_ROWS rows links to the page that lists them all; on that
   * page the section has no heading of its own (the page's h1 names it).
   */
  list?: { view: SectionView; total: number };
  children?: React.ReactNode;
};

/** One record section of the company page: its title, its content or "None recorded", a link back to the contents. */
export async function CompanySection({ locale, id, isEmpty, list, children }: CompanySectionProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const title = t(`sections.${sectionTitleKey(id)}`);

  if (list?.view.mode === "full") {
    return <div className="mb-10">{isEmpty ? <p className="text-ink-secondary">{common("none")}</p> : children}</div>;
  }

  const showAll =
    list !== undefined && list.total > PREVIEW_ROWS && isRecordSection(id) ? (
      <p className="mt-3 font-bold">
        {/* The section heading (see Section) says all of what. */}
        <a href={recordSectionHref(locale, list.view.uscc, id)} aria-describedby={`${id}-heading`}>
          {t("showAll", { count: list.total })}
        </a>
      </p>
    ) : null;

  return (
    <Section
      id={id}
      title={title}
      isEmpty={isEmpty}
      emptyText={common("none")}
      backLink={{ href: `#${CONTENTS_ID}`, text: common("backToContents") }}
    >
      {children}
      {showAll}
    </Section>
  );
}
