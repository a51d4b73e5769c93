import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { FilingRateTable } from "@/components/regulator/filing-rate-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { routing } from "@/i18n/routing";
import { formatDay } from "@/lib/i18n/format-values";
import { getFilingRates } from "@/lib/records/filing-statistics";
import { registerToday } from "@/lib/rules/publicity";

export async function generateMetadata({ params }: PageProps<"/[locale]/regulator">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Regulator" });
  return { title: t("rates.title") };
}

/**
 * /{locale}/regulator — filing rates by prefecture and report year (lib/records/filing-statistics.ts):
 * had to file, filed on time, filed late, not filed, the on-time rate. Any regulator role.
 */
export default async function RegulatorHomePage({ params }: PageProps<"/[locale]/regulator">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const session = await requireRegulator(locale, "read-statistics");
  const t = await getTranslations({ locale, namespace: "Regulator" });
  const years = await getFilingRates({ today: registerToday() });
  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="rates" />
      <PageHeading>{t("rates.title")}</PageHeading>
      <p className="mb-4 max-w-prose">{t("rates.intro")}</p>
      <nav aria-label={t("rates.yearsLabel")} className="mb-8">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {years.map((year) => (
            <li key={year.year}>
              <a href={`#year-${year.year}`}>{year.year}</a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map((year) => (
        <Section key={year.year} id={`year-${year.year}`} title={t("rates.yearTitle", { year: String(year.year) })} level={2}>
          <p className="mb-3 text-ink-secondary">
            {year.isOpen ? t("rates.windowOpen", { date: formatDay(locale, year.deadline) }) : t("rates.deadline", { date: formatDay(locale, year.deadline) })}
          </p>
          <FilingRateTable locale={locale} year={year} />
        </Section>
      ))}
    </>
  );
}
