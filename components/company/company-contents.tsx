import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ContentsList } from "@/components/ui/contents-list";
import type { CompanyProfile } from "@/lib/records/company-profile";
import { CONTENTS_ID, GOVERNMENT_SECTIONS, SELF_PUBLISHED_SECTIONS, sectionEntryCount } from "./company-sections";

type CompanyContentsProps = { locale: AppLocale; profile: CompanyProfile };

/** The in-page table of contents, with the number of entries in each section. */
export async function CompanyContents({ locale, profile }: CompanyContentsProps) {
  const t = await getTranslations({ locale, namespace: "Company" });
  const toItems = (sections: typeof GOVERNMENT_SECTIONS | typeof SELF_PUBLISHED_SECTIONS) =>
    sections.map((section) => {
      const count = sectionEntryCount(profile, section.id);
      return {
        href: `#${section.id}`,
        text: t(`sections.${section.title}`),
        note: count === null ? undefined : t("entryCount", { count }),
      };
    });
  return (
    <ContentsList
      id={CONTENTS_ID}
      title={t("contentsTitle")}
      groups={[
        { title: t("groupGovernment"), items: toItems(GOVERNMENT_SECTIONS) },
        { title: t("groupSelf"), items: toItems(SELF_PUBLISHED_SECTIONS) },
      ]}
    />
  );
}
