import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db";
import { ENTERPRISE_TYPES } from "@/lib/dictionaries/enterprise-types";
import { PREFECTURES } from "@/lib/dictionaries/regions";
import { ANNUAL_REPORTING, filingDeadline, lastYearPastDeadline } from "@/lib/rules/annual-reporting";

/**
 * Annual-report filing rates for the regulator (/{locale}/regulator): per report year and
 * prefecture, the enterprises that had to file, and how many filed on time or late. One
 * set-based statement over the register: no row is read into the app.
 *
 * "Had to file" for year Y: a kind of entity that files annual reports (not branches), established
 * by 31 December of Y (it reports on the year it was formed), and still on the register at the
 * deadline (no change of status, i.e. revocation, dissolution, moving out, before 30 June of Y+1).
 */

/** How many report years the page shows: the last one whose deadline passed and those before. */
export const FILING_RATE_YEARS = 5;

export type FilingRateCell = { required: number; onTime: number; late: number };
export type FilingRateYear = {
  year: number;
  deadline: string;
  /** The window for this year is still open on `today`: the figures are so far. */
  isOpen: boolean;
  byPrefecture: { prefectureCode: string; counts: FilingRateCell }[];
  total: FilingRateCell;
};

const FILING_TYPES = ENTERPRISE_TYPES.filter((type) => type.annualReportForm !== null).map((type) => type.code);

/**
 * The years to show on `today`: the year whose window is open (if it is, 1 January – 30 June),
 * then the last `FILING_RATE_YEARS` years whose deadline has passed, newest first.
 */
export function filingRateYears(today: string): { year: number; isOpen: boolean }[] {
  const closed = lastYearPastDeadline(today);
  const years: { year: number; isOpen: boolean }[] = [];
  const open = Number(today.slice(0, 4)) - 1;
  if (open > closed) years.push({ year: open, isOpen: true });
  for (let year = closed; year > closed - FILING_RATE_YEARS && year >= ANNUAL_REPORTING.firstReportYear; year--) years.push({ year, isOpen: false });
  return years;
}

type Row = { year: number; prefecture: string; required: number; on_time: number; late: number };

export async function getFilingRates({ today }: { today: string }): Promise<FilingRateYear[]> {
  const years = filingRateYears(today);
  if (years.length === 0) return [];
  const rows = await sqlRows<Row>(Prisma.sql`
    SELECT y.year::int AS year,
           left(e.region_code, 4) || '00' AS prefecture,
           count(*)::int AS required,
           count(r.id) FILTER (WHERE r.state = 'filed')::int AS on_time,
           count(r.id) FILTER (WHERE r.state = 'filed-late')::int AS late
      FROM unnest(${years.map((item) => item.year)}::int[]) AS y(year)
      JOIN enterprise e
        ON e.established_on <= make_date(y.year, 12, 31)
       AND (e.status_changed_on IS NULL OR e.status_changed_on > make_date(y.year + 1, 6, 30))
      LEFT JOIN annual_report r ON r.enterprise_id = e.id AND r.year = y.year
     WHERE e.type = ANY(${FILING_TYPES}::text[])
     GROUP BY 1, 2`);
  const cells = new Map(rows.map((row) => [`${row.year}:${row.prefecture}`, { required: row.required, onTime: row.on_time, late: row.late }]));
  return years.map(({ year, isOpen }) => {
    const byPrefecture = PREFECTURES.map((prefecture) => ({ prefectureCode: prefecture.code, counts: cells.get(`${year}:${prefecture.code}`) ?? { required: 0, onTime: 0, late: 0 } }));
    // Enterprises registered outside the listed prefectures still count in the region's total.
    const total = rows
      .filter((row) => row.year === year)
      .reduce((sum, row) => ({ required: sum.required + row.required, onTime: sum.onTime + row.on_time, late: sum.late + row.late }), { required: 0, onTime: 0, late: 0 });
    return { year, deadline: filingDeadline(year), isOpen, byPrefecture, total };
  });
}
