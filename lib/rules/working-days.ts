import calendarData from "./holiday-calendar/cn.json";

/**
 * Working days on the register's calendar: Monday to Friday, except the public holidays, plus the
 * weekend days made working days (调休上班), as the State Council General Office publishes them
 * each year (国务院办公厅关于<year>年部分节假日安排的通知). The calendar is data, kept in
 * ./holiday-calendar/cn.json with each notice's date and source; every legal deadline counted in
 * working days (20 working days to publish a record or instant information) goes through here.
 *
 * Dates are "YYYY-MM-DD" on the register's clock (lib/rules/publicity.ts registerToday).
 *
 * A year the calendar does not cover (before the first notice listed, or next year before its
 * notice is out, usually in November or December) is counted on weekends only: Monday to Friday
 * are working days. Every count that touched such a year says so (`isProvisional`, and which
 * years), so a page can tell the reader the deadline may still move once the calendar is published.
 * `isWorkingDay` alone does not carry the flag: use `describeDay` or `hasHolidayCalendar` for it.
 */

type CalendarFile = {
  years: Record<string, { notice: string; source: string; holidays: { name: string; off: string[]; work: string[] }[] }>;
};

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  if (!DAY_PATTERN.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return time;
}

function fromUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day after (or `days` after) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

function isWeekend(time: number): boolean {
  const weekday = new Date(time).getUTCDay();
  return weekday === 0 || weekday === 6;
}

type Calendar = {
  /** Calendar years whose arrangement was published (and copied into the data). */
  years: ReadonlySet<number>;
  /** Day off → the holiday's name as the notice gives it. */
  offDays: ReadonlyMap<string, string>;
  /** Weekend day that is a working day → the holiday it makes up for. */
  workDays: ReadonlyMap<string, string>;
};

/** Reads the calendar file; exported for its tests. Throws on an inconsistent file. */
export function buildCalendar(file: CalendarFile): Calendar {
  const years = new Set<number>();
  const offDays = new Map<string, string>();
  const workDays = new Map<string, string>();
  for (const [year, arrangement] of Object.entries(file.years)) {
    years.add(Number(year));
    for (const holiday of arrangement.holidays) {
      const [from, to] = holiday.off;
      if (holiday.off.length !== 2 || toUtc(from) > toUtc(to)) throw new Error(`Holiday calendar ${year}: bad range for ${holiday.name}`);
      for (let time = toUtc(from); time <= toUtc(to); time += DAY_MS) offDays.set(fromUtc(time), holiday.name);
      for (const day of holiday.work) {
        if (!isWeekend(toUtc(day))) throw new Error(`Holiday calendar ${year}: ${day} (${holiday.name}) is not a weekend day`);
        workDays.set(day, holiday.name);
      }
    }
  }
  for (const day of workDays.keys()) {
    if (offDays.has(day)) throw new Error(`Holiday calendar: ${day} is both a day off and a working day`);
  }
  return { years, offDays, workDays };
}

const CALENDAR = buildCalendar(calendarData as CalendarFile);

/** The calendar years covered by published arrangements, in order. */
export const HOLIDAY_CALENDAR_YEARS: readonly number[] = [...CALENDAR.years].sort((a, b) => a - b);

/** Whether the holiday arrangement of `year` is in the calendar (otherwise weekends only are counted). */
export function hasHolidayCalendar(year: number): boolean {
  return CALENDAR.years.has(year);
}

export type DayKind = "weekday" | "weekend" | "holiday" | "adjusted-working-day";

export type DayDescription = {
  date: string;
  isWorkingDay: boolean;
  kind: DayKind;
  /** The holiday (its name as the notice gives it) for a day off or an adjusted working day. */
  holidayName: string | null;
  /** False when the day's year has no published calendar: a weekday then counts as working. */
  isCalendarKnown: boolean;
};

export function describeDay(date: string): DayDescription {
  const time = toUtc(date);
  const isCalendarKnown = CALENDAR.years.has(Number(date.slice(0, 4)));
  const holiday = CALENDAR.offDays.get(date);
  if (holiday !== undefined) return { date, isWorkingDay: false, kind: "holiday", holidayName: holiday, isCalendarKnown };
  const makeUp = CALENDAR.workDays.get(date);
  if (makeUp !== undefined) return { date, isWorkingDay: true, kind: "adjusted-working-day", holidayName: makeUp, isCalendarKnown };
  const weekend = isWeekend(time);
  return { date, isWorkingDay: !weekend, kind: weekend ? "weekend" : "weekday", holidayName: null, isCalendarKnown };
}

/**
 * Whether `date` is a working day. In a year without a published calendar: Monday to Friday
 * (see the module comment; `describeDay` says whether the calendar was known).
 */
export function isWorkingDay(date: string): boolean {
  const time = toUtc(date);
  if (CALENDAR.offDays.has(date)) return false;
  if (CALENDAR.workDays.has(date)) return true;
  return !isWeekend(time);
}

export type WorkingDayCount = {
  /**
   * True when a day counted lies in a year without a published holiday calendar, so weekends
   * only were skipped there: the result may change once that year's notice is out.
   */
  isProvisional: boolean;
  /** Those years, in order (empty when the count is final). */
  yearsWithoutCalendar: number[];
};

export type WorkingDayDeadline = WorkingDayCount & { date: string };

function yearsWithoutCalendar(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (!CALENDAR.years.has(year)) years.push(year);
  }
  return years;
}

function counted(from: string, to: string): WorkingDayCount {
  const missing = from <= to ? yearsWithoutCalendar(from, to) : [];
  return { isProvisional: missing.length > 0, yearsWithoutCalendar: missing };
}

/**
 * The `n`th working day after `date` (n ≥ 0; n = 0 is `date` itself). The day of the event is
 * not counted, as in law (民法典 第二百零一条: a period counted in days starts the next day), so a
 * change on Friday 26 September 2025 with 20 working days to publish it is due on 30 October 2025
 * (the National Day holiday of 1–8 October does not count; Sunday 28 September and Saturday
 * 11 October do). The result is always a working day when n > 0.
 */
export function addWorkingDays(date: string, n: number): WorkingDayDeadline {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number ≥ 0: ${n}`);
  let time = toUtc(date);
  for (let left = n; left > 0; ) {
    time += DAY_MS;
    if (isWorkingDay(fromUtc(time))) left--;
  }
  const result = fromUtc(time);
  return { date: result, ...(n === 0 ? { isProvisional: false, yearsWithoutCalendar: [] } : counted(addDays(date, 1), result)) };
}

/**
 * How many working days lie after `from` up to and including `to`: the n for which
 * addWorkingDays(from, n) reaches `to` when `to` is a working day. Negative when `to` is before
 * `from` (the same count, the other way); 0 for the same day.
 */
export function workingDaysBetween(from: string, to: string): WorkingDayCount & { count: number } {
  const start = toUtc(from);
  const end = toUtc(to);
  if (end < start) {
    const reverse = workingDaysBetween(to, from);
    return { ...reverse, count: -reverse.count };
  }
  let count = 0;
  for (let time = start + DAY_MS; time <= end; time += DAY_MS) {
    if (isWorkingDay(fromUtc(time))) count++;
  }
  return { count, ...(end === start ? { isProvisional: false, yearsWithoutCalendar: [] } : counted(addDays(from, 1), to)) };
}
