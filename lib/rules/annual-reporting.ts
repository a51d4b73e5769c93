/**
 * The annual-report timeline (企业信息公示暂行条例, revised in force 2024-05-01) as named
 * configuration: change a period here, nowhere else. Dates are "YYYY-MM-DD" on the register's
 * clock (lib/rules/publicity.ts registerToday).
 */
import { addWorkingDays, type WorkingDayDeadline } from "./working-days";

export const ANNUAL_REPORTING = {
  /** The window for the previous year's report opens on this day (month-day)… */
  windowOpens: "01-01",
  /** …and closes at the end of this day: filed later is "filed late" (已年报（逾期）). */
  windowCloses: "06-30",
  /** From this day (month-day) the yearly cycle lists those who have not filed. */
  listingFrom: "07-01",
  /** Annual reports replaced annual inspection with the 2013 reporting year. */
  firstReportYear: 2013,
  /** A listing not cured within this many years moves to the serious-violation list… */
  seriousAfterYears: 3,
  /** …and a warning notice is published this many days before. */
  seriousWarningDays: 60,
  /** Self-published instant information is due within this many working days of the change. */
  instantInfoWorkingDays: 20,
} as const;

/**
 * The last day to publish instant information (即时信息: a contribution, an equity change, a
 * licence, an IP pledge, a penalty received) about a change on `changedOn`: the 20th working day
 * after it on the holiday calendar (lib/rules/working-days.ts). `isProvisional` when a year on the
 * way has no published calendar yet: weekends only were counted there.
 */
export function instantInfoDeadline(changedOn: string): WorkingDayDeadline {
  return addWorkingDays(changedOn, ANNUAL_REPORTING.instantInfoWorkingDays);
}

/** Whether instant information about a change on `changedOn` published on `publishedOn` was in time. */
export function isInstantInfoOnTime({ changedOn, publishedOn }: { changedOn: string; publishedOn: string }): boolean {
  return publishedOn <= instantInfoDeadline(changedOn).date;
}

/**
 * The first year an enterprise established in `establishedYear` reports on: that year itself,
 * filed in the next year's window ("a company formed this year files from next year on").
 */
export function firstReportYear(establishedYear: number): number {
  return Math.max(establishedYear, ANNUAL_REPORTING.firstReportYear);
}

/** The last day of the window for `year`'s report: 30 June of the next year. */
export function filingDeadline(year: number): string {
  return `${year + 1}-${ANNUAL_REPORTING.windowCloses}`;
}

/** A report for `year` submitted on `submittedOn`: on time or late. */
export function filingState(year: number, submittedOn: string): "filed" | "filed-late" {
  return submittedOn > filingDeadline(year) ? "filed-late" : "filed";
}

/**
 * The report years an enterprise could file on `today`: from its first report year up to last
 * year (the window for last year's report opens on 1 January). Which of these are still missing
 * is for the caller (lib/filing) to work out from what was filed.
 */
export function reportYearsOpen({ establishedOn, today }: { establishedOn: string; today: string }): number[] {
  const from = firstReportYear(Number(establishedOn.slice(0, 4)));
  const to = Number(today.slice(0, 4)) - 1;
  const years: number[] = [];
  for (let year = from; year <= to; year++) years.push(year);
  return years;
}

/** The latest report year whose deadline has passed on `today` (the cycle lists non-filers for it). */
export function lastYearPastDeadline(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= ANNUAL_REPORTING.listingFrom ? year - 1 : year - 2;
}
