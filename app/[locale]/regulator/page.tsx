import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { Isolate } from "@/components/ui/bidi";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { routing, type AppLocale } from "@/i18n/routing";
import { findPrefecture } from "@/lib/dictionaries/regions";
import { formatCount, formatDay, formatPercent } from "@/lib/i18n/format-values";
import { getFilingRates, type FilingRateCell } from "@/lib/records/filing-statistics";
import { registerToday } from "@/lib/rules/publicity";

export async function generateMetadata({ params }: PageProps<"/[locale]/regulator">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Regulator" });
  return { title: t("rates.title") };
}

type RateRow = { key: string; name: string; counts: FilingRateCell; isTotal: boolean };

function percentOnTime(locale: AppLocale, counts: FilingRateCell): string {
  if (counts.required === 0) return "–";
  return formatPercent(locale, ((counts.onTime / counts.required) * 100).toFixed(1));
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
  const count = (value: number) => <Isolate>{formatCount(locale, value)}</Isolate>;
  const columns: DataColumn<RateRow>[] = [
    { key: "prefecture", header: t("rates.prefecture"), cell: (row) => (row.isTotal ? <strong>{row.name}</strong> : row.name) },
    { key: "required", header: t("rates.required"), isNumeric: true, cell: (row) => count(row.counts.required) },
    { key: "onTime", header: t("rates.onTime"), isNumeric: true, cell: (row) => count(row.counts.onTime) },
    { key: "late", header: t("rates.late"), isNumeric: true, cell: (row) => count(row.counts.late) },
    { key: "notFiled", header: t("rates.notFiled"), isNumeric: true, cell: (row) => count(row.counts.required - row.counts.onTime - row.counts.late) },
    { key: "rate", header: t("rates.rate"), isNumeric: true, cell: (row) => <Isolate>{percentOnTime(locale, row.counts)}</Isolate> },
  ];
  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="rates" />
      <PageHeading>{t("rates.title")}</PageHeading>
      <p className="mb-8 max-w-prose">{t("rates.intro")}</p>
      {years.map((year) => {
        const rows: RateRow[] = [
          ...year.byPrefecture.map((item) => ({ key: item.prefectureCode, name: findPrefecture(item.prefectureCode)?.names[locale] ?? item.prefectureCode, counts: item.counts, isTotal: false })),
          { key: "total", name: t("rates.total"), counts: year.total, isTotal: true },
        ];
        return (
          <Section key={year.year} id={`year-${year.year}`} title={t("rates.yearTitle", { year: String(year.year) })} level={2}>
            <p className="mb-3 text-ink-secondary">
              {year.isOpen ? t("rates.windowOpen", { date: formatDay(locale, year.deadline) }) : t("rates.deadline", { date: formatDay(locale, year.deadline) })}
            </p>
            <DataTable caption={t("rates.tableCaption", { year: String(year.year) })} columns={columns} rows={rows} rowKey={(row) => row.key} />
          </Section>
        );
      })}
    </>
  );
}
