import { getTranslations } from "next-intl/server";
import { Isolate } from "@/components/ui/bidi";
import type { AppLocale } from "@/i18n/routing";
import { findPrefecture } from "@/lib/dictionaries/regions";
import { formatCount, formatPercent } from "@/lib/i18n/format-values";
import type { FilingRateCell, FilingRateYear } from "@/lib/records/filing-statistics";

function percentOnTime(locale: AppLocale, counts: FilingRateCell): string {
  if (counts.required === 0) return "–";
  return formatPercent(locale, ((counts.onTime / counts.required) * 100).toFixed(1), 1);
}

/**
 * One report year's filing by prefecture: a real table even on a 360 px phone (short place names,
 * small type, numbers lined up at their end), in its own scroll container should it not fit, so
 * that the page never scrolls sideways. The region's total is the last row.
 */
export async function FilingRateTable({ locale, year }: { locale: AppLocale; year: FilingRateYear }) {
  const t = await getTranslations({ locale, namespace: "Regulator.rates" });
  const rows = [
    ...year.byPrefecture.map((item) => ({ key: item.prefectureCode, name: findPrefecture(item.prefectureCode)?.short[locale] ?? item.prefectureCode, counts: item.counts, isTotal: false })),
    { key: "total", name: t("total"), counts: year.total, isTotal: true },
  ];
  const number = "px-1 py-1.5 text-end tabular-nums sm:px-3";
  return (
    <div className="data-table-scroll">
      <table className="w-full border-collapse text-sm sm:text-base">
        <caption className="sr-only">{t("tableCaption", { year: String(year.year) })}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom text-xs leading-snug sm:text-base">
            <th scope="col" className="py-1.5 pe-1 text-start sm:pe-3">
              {t("prefecture")}
            </th>
            {(["required", "onTime", "late", "notFiled", "rate"] as const).map((column) => (
              <th key={column} scope="col" className={`${number} font-bold`}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.isTotal ? "border-t-2 border-ink font-bold" : "border-b border-rule"}>
              <th scope="row" className={`py-1.5 pe-1 text-start sm:pe-3 ${row.isTotal ? "font-bold" : "font-normal"}`}>
                {row.name}
              </th>
              <td className={number}>
                <Isolate>{formatCount(locale, row.counts.required)}</Isolate>
              </td>
              <td className={number}>
                <Isolate>{formatCount(locale, row.counts.onTime)}</Isolate>
              </td>
              <td className={number}>
                <Isolate>{formatCount(locale, row.counts.late)}</Isolate>
              </td>
              <td className={number}>
                <Isolate>{formatCount(locale, row.counts.required - row.counts.onTime - row.counts.late)}</Isolate>
              </td>
              <td className={number}>
                <Isolate>{percentOnTime(locale, row.counts)}</Isolate>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
