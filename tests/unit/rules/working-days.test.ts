import { describe, expect, it } from "vitest";
import calendarFile from "@/lib/rules/holiday-calendar/cn.json";
import { instantInfoDeadline, isInstantInfoOnTime } from "@/lib/rules/annual-reporting";
import { publicationDeadline } from "@/lib/rules/publicity";
import {
  addDays,
  addWorkingDays,
  buildCalendar,
  describeDay,
  HOLIDAY_CALENDAR_YEARS,
  hasHolidayCalendar,
  isWorkingDay,
  workingDaysBetween,
} from "@/lib/rules/working-days";

function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

describe("the holiday calendar data", () => {
  it("covers every year from 2020 to 2026, each with its notice and source", () => {
    expect(HOLIDAY_CALENDAR_YEARS).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const arrangement of Object.values(calendarFile.years)) {
      expect(arrangement.notice).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
      expect(arrangement.source.length).toBeGreaterThan(20);
    }
  });

  it("makes only weekend days into working days, and never a day both off and at work", () => {
    // buildCalendar throws on either; the shipped file loads (the module imported above).
    expect(() => buildCalendar({ years: { "2030": { notice: "", source: "", holidays: [{ name: "x", off: ["2030-01-01", "2030-01-01"], work: ["2030-01-02"] }] } } })).toThrow(
      /not a weekend day/,
    );
    expect(() => buildCalendar({ years: { "2030": { notice: "", source: "", holidays: [{ name: "x", off: ["2030-01-05", "2030-01-06"], work: ["2030-01-05"] }] } } })).toThrow(
      /both/,
    );
    expect(() => buildCalendar({ years: { "2030": { notice: "", source: "", holidays: [{ name: "x", off: ["2030-01-06", "2030-01-05"], work: [] }] } } })).toThrow(/bad range/);
  });

  it("gives each year the number of working days its arrangement makes (counted by hand from the notices)", () => {
    // 2020: 262 weekdays − 20 weekday holidays (with the epidemic extension) + 7 − 1 (1 February cancelled) working weekend days.
    const expected: Record<number, number> = { 2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248 };
    for (const [year, count] of Object.entries(expected)) {
      expect(workingDaysBetween(`${Number(year) - 1}-12-31`, `${year}-12-31`), year).toEqual({ count, isProvisional: false, yearsWithoutCalendar: [] });
    }
  });
});

describe("isWorkingDay", () => {
  it("knows the 2025 National Day and Mid-Autumn holiday (1–8 October) and the weekend days worked around it", () => {
    for (const day of daysFrom("2025-10-01", "2025-10-08")) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay("2025-09-28")).toBe(true); // Sunday
    expect(isWorkingDay("2025-10-11")).toBe(true); // Saturday
    expect(isWorkingDay("2025-09-27")).toBe(false); // an ordinary Saturday
    expect(isWorkingDay("2025-10-09")).toBe(true);
    expect(describeDay("2025-09-28")).toEqual({
      date: "2025-09-28",
      isWorkingDay: true,
      kind: "adjusted-working-day",
      holidayName: "国庆节、中秋节",
      isCalendarKnown: true,
    });
  });

  it("knows the 2026 Spring Festival (15–23 February, nine days) and the Saturdays worked on 14 and 28 February", () => {
    const festival = daysFrom("2026-02-15", "2026-02-23");
    expect(festival).toHaveLength(9);
    for (const day of festival) expect(describeDay(day).kind, day).toBe("holiday");
    expect(isWorkingDay("2026-02-14")).toBe(true);
    expect(isWorkingDay("2026-02-28")).toBe(true);
    expect(isWorkingDay("2026-02-13")).toBe(true);
    expect(isWorkingDay("2026-02-24")).toBe(true);
    expect(describeDay("2026-02-16").holidayName).toBe("春节");
  });

  it("follows the 2020 extension of the Spring Festival: 31 January and Saturday 1 February off", () => {
    expect(isWorkingDay("2020-01-19")).toBe(true);
    expect(isWorkingDay("2020-01-31")).toBe(false);
    expect(isWorkingDay("2020-02-01")).toBe(false);
    expect(isWorkingDay("2020-02-03")).toBe(true);
  });

  it("keeps 2024's New Year's Eve (9 February) a working day: the notice only encouraged rest", () => {
    expect(isWorkingDay("2024-02-09")).toBe(true);
    expect(isWorkingDay("2024-02-18")).toBe(true); // Sunday worked
  });

  it("counts weekends only in a year without a published calendar, and says so", () => {
    expect(hasHolidayCalendar(2027)).toBe(false);
    expect(isWorkingDay("2027-10-01")).toBe(true); // National Day 2027 is a Friday: unknown until the notice
    expect(isWorkingDay("2027-10-02")).toBe(false);
    expect(describeDay("2027-10-01")).toMatchObject({ isWorkingDay: true, kind: "weekday", isCalendarKnown: false });
    expect(describeDay("2019-10-01").isCalendarKnown).toBe(false);
  });

  it("refuses what is not a date", () => {
    expect(() => isWorkingDay("2025-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay("20250101")).toThrow(RangeError);
  });
});

describe("addWorkingDays and deadlines", () => {
  it("skips the National Day holiday and counts the Sunday and Saturday worked around it", () => {
    // Friday 26 September 2025: the 28th (Sunday, worked) is day 1, 29–30 September days 2–3,
    // 9–10 October days 4–5, Saturday 11 October day 6, … Thursday 30 October day 20.
    expect(addWorkingDays("2025-09-26", 20)).toEqual({ date: "2025-10-30", isProvisional: false, yearsWithoutCalendar: [] });
    expect(addWorkingDays("2025-09-26", 1).date).toBe("2025-09-28");
    expect(addWorkingDays("2025-09-30", 1).date).toBe("2025-10-09");
    expect(addWorkingDays("2025-10-01", 20).date).toBe("2025-11-04"); // 9, 10, 11 Oct, then 17 weekdays
  });

  it("does not count the day of the change; 0 working days is the day itself", () => {
    expect(addWorkingDays("2025-06-02", 0).date).toBe("2025-06-02"); // a holiday, but n = 0
    expect(addWorkingDays("2025-11-03", 1).date).toBe("2025-11-04");
    expect(addWorkingDays("2025-11-07", 1).date).toBe("2025-11-10"); // Friday → Monday
  });

  it("gives a change just before the 2026 Spring Festival its deadline in March", () => {
    // Friday 13 February 2026: 14 Feb (Saturday, worked) is day 1; the festival 15–23 February does not count.
    expect(addWorkingDays("2026-02-13", 1).date).toBe("2026-02-14");
    expect(addWorkingDays("2026-02-13", 2).date).toBe("2026-02-24");
    expect(instantInfoDeadline("2026-02-13")).toEqual({ date: "2026-03-19", isProvisional: false, yearsWithoutCalendar: [] });
    // Without the holiday the same 20 working days would have ended on 13 March.
    expect(addWorkingDays("2026-02-13", 20).date).not.toBe("2026-03-13");
  });

  it("marks a deadline that runs into a year without a calendar as provisional", () => {
    expect(addWorkingDays("2026-12-20", 20)).toEqual({ date: "2027-01-15", isProvisional: true, yearsWithoutCalendar: [2027] });
    expect(addWorkingDays("2026-11-02", 20).isProvisional).toBe(false);
    expect(addWorkingDays("2019-12-20", 20)).toMatchObject({ isProvisional: true, yearsWithoutCalendar: [2019] });
  });

  it("uses the calendar for the departments' 20-working-day publication deadline too", () => {
    expect(publicationDeadline("2025-09-26").date).toBe("2025-10-30");
    expect(publicationDeadline("2024-01-26").date).toBe("2024-02-28"); // Spring Festival 10–17 Feb 2024, 4 and 18 Feb worked
  });

  it("tells whether instant information was published on time (the deadline day itself is on time)", () => {
    expect(isInstantInfoOnTime({ changedOn: "2025-09-26", publishedOn: "2025-10-30" })).toBe(true);
    expect(isInstantInfoOnTime({ changedOn: "2025-09-26", publishedOn: "2025-10-31" })).toBe(false);
    expect(isInstantInfoOnTime({ changedOn: "2025-09-26", publishedOn: "2025-09-26" })).toBe(true);
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => addWorkingDays("2025-01-01", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2025-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after the first date up to and including the second", () => {
    expect(workingDaysBetween("2025-09-26", "2025-10-30").count).toBe(20);
    expect(workingDaysBetween("2025-09-30", "2025-10-08").count).toBe(0);
    expect(workingDaysBetween("2025-10-30", "2025-09-26").count).toBe(-20);
    expect(workingDaysBetween("2025-10-30", "2025-10-30")).toEqual({ count: 0, isProvisional: false, yearsWithoutCalendar: [] });
  });

  it("agrees with addWorkingDays on every day of the covered years", () => {
    for (const start of daysFrom("2020-01-01", "2026-11-30").filter((_, index) => index % 7 === 0)) {
      const deadline = addWorkingDays(start, 20);
      expect(workingDaysBetween(start, deadline.date).count).toBe(20);
      expect(isWorkingDay(deadline.date)).toBe(true);
    }
  });

  it("is provisional when it crosses a year without a calendar", () => {
    expect(workingDaysBetween("2026-12-30", "2027-01-05")).toEqual({ count: 4, isProvisional: true, yearsWithoutCalendar: [2027] });
  });
});
