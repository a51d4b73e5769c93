import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { isRenminbi, termLabel } from "@/lib/dictionaries";
import { formatCount, formatDay, formatDecimal, formatPercent, formatWanAmount } from "@/lib/i18n/format-values";
import type { AuthorityRef } from "@/lib/records/company-profile";

export type TermGroup = Parameters<typeof termLabel>[0];

/** Everything a record section needs to turn the public projection's values into words. */
export type RecordFormat = {
  locale: AppLocale;
  /** A "YYYY-MM-DD" date as text (for titles and attributes). */
  day: (value: string) => string;
  /** A date on the page: isolated (reads right on RTL pages) and never broken across lines. */
  date: (value: string) => React.ReactNode;
  /** "from – to", or "from …" when open-ended. */
  period: (from: string, to: string | null) => React.ReactNode;
  /** The `<date>` tag of messages that embed a date: keeps it whole and isolated. */
  dateTag: (chunks: React.ReactNode) => React.ReactNode;
  /** An amount kept in 万元, with its unit: "1,200 万元" / "1,200 تۈمەن يۈەن" / "12,000,000 yuan" (formatWanAmount). */
  wanYuan: (amount: string) => string;
  /** A column of amounts kept in 万元: the unit goes in the header ("(万元)", "(yuan)"), the cells hold bare numbers (`amount`). */
  wanYuanColumn: (label: string) => string;
  /** A bare amount for such a column, in the header's unit (formatWanAmount), kept on one line. */
  amount: (amount: string) => React.ReactNode;
  /** Registered capital: 万元 for RMB, "万 + currency" otherwise. */
  capital: (capital: { amount: string; currency: string }) => string;
  yuan: (amount: string) => string;
  percent: (percent: string) => string;
  count: (value: number) => string;
  term: (group: TermGroup, code: string) => string;
  authority: (authority: AuthorityRef) => string;
  yesNo: (value: boolean) => string;
  /** An empty cell ("date removed" while still listed): a dash, so a row never shows a bare label. */
  blank: React.ReactNode;
};

export async function getRecordFormat(locale: AppLocale): Promise<RecordFormat> {
  const t = await getTranslations({ locale, namespace: "Common" });
  const date = (value: string) => <bdi className="whitespace-nowrap">{formatDay(locale, value)}</bdi>;
  const dateTag = (chunks: React.ReactNode) => <bdi className="whitespace-nowrap">{chunks}</bdi>;
  return {
    locale,
    day: (value) => formatDay(locale, value),
    date,
    period: (from, to) =>
      to === null
        ? t.rich("fromDate", { from: formatDay(locale, from), date: dateTag })
        : t.rich("dateRange", { from: formatDay(locale, from), to: formatDay(locale, to), date: dateTag }),
    dateTag,
    wanYuan: (amount) => t("amountWanYuan", { amount: formatWanAmount(locale, amount) }),
    wanYuanColumn: (label) => t("columnWanYuan", { label }),
    amount: (amount) => <bdi className="whitespace-nowrap">{formatWanAmount(locale, amount)}</bdi>,
    capital: ({ amount, currency }) =>
      isRenminbi(currency)
        ? t("amountWanYuan", { amount: formatWanAmount(locale, amount) })
        : t("amountWanForeign", { amount: formatWanAmount(locale, amount), currency: termLabel("currencies", currency, locale) }),
    yuan: (amount) => t("amountYuan", { amount: formatDecimal(locale, amount, 2) }),
    percent: (percent) => formatPercent(locale, percent),
    count: (value) => formatCount(locale, value),
    term: (group, code) => termLabel(group, code, locale),
    authority: (authority) => authority.names[locale] || authority.names.zh,
    yesNo: (value) => (value ? t("yes") : t("no")),
    blank: (
      <span aria-hidden="true" className="text-ink-secondary">
        —
      </span>
    ),
  };
}
