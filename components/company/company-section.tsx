import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Section } from "@/components/ui/section";
import { CONTENTS_ID, GOVERNMENT_SECTIONS, SELF_PUBLISHED_SECTIONS, type CompanySectionId } from "./company-sections";

type CompanySectionProps = {
  locale: AppLocale;
  id: CompanySectionId;
  isEmpty: boolean;
  children?: React.ReactNode;
};

const TITLES = new Map(
  [...GOVERNMENT_SECTIONS, ...SELF_PUBLISHED_SECTIONS].map((section) => [section.id as CompanySectionId, section.title]),
);

/** One record section of the company page: its title, its content or "None recorded", a link back to the contents. */
export async function CompanySection({ locale, id, isEmpty, children }: CompanySectionProps) {
  const t = await getTranslations({ locale, namespace: "Company.sections" });
  const common = await getTranslations({ locale, namespace: "Common" });
  const title = TITLES.get(id);
  return (
    <Section
      id={id}
      title={title ? t(title) : id}
      isEmpty={isEmpty}
      emptyText={common("none")}
      backLink={{ href: `#${CONTENTS_ID}`, text: common("backToContents") }}
    >
      {children}
    </Section>
  );
}
