import { ANNUAL_REPORTING, firstReportYear, lastYearPastDeadline } from "@/lib/rules/annual-reporting";
import { addMonths } from "@/lib/rules/publicity";

/**
 * The yearly cycle's dates, from the named timeline in lib/rules/annual-reporting.ts. Dates are
 * "YYYY-MM-DD" on the register's clock. The SQL of lib/annual-cycle/statements.ts computes the
 * same dates (PostgreSQL's `date + interval '3 years'` clamps 29 February as addMonths does).
 */

/** The day an abnormal listing of `listedOn` reaches 3 years and moves to the serious-violation list. */
export function seriousDueOn(listedOn: string): string {
  return addMonths(listedOn, ANNUAL_REPORTING.seriousAfterYears * 12);
}

/** The first day the warning notice of that move is published (60 days before). */
export function seriousWarningFrom(listedOn: string): string {
  return addDays(seriousDueOn(listedOn), -ANNUAL_REPORTING.seriousWarningDays);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The report years the cycle lists non-filers for on `asOf`: every year from the first report
 * year (ANNUAL_REPORTING.firstReportYear, 2013) up to the latest year whose deadline has passed.
 * Each enterprise is only asked for the years from its own first report year (the year it was
 * established) on. Empty before the first deadline.
 */
export function listingYears(asOf: string): { from: number; to: number } | null {
  const to = lastYearPastDeadline(asOf);
  const from = firstReportYear(ANNUAL_REPORTING.firstReportYear);
  return to < from ? null : { from, to };
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}
