import { addWorkingDays, type WorkingDayDeadline } from "./working-days";

/**
 * How long records stay public (市场监督管理行政处罚信息公示规定, 2021). Named configuration:
 * change the periods here, nowhere else.
 */
export const PENALTY_PUBLICITY = {
  /** An ordinary penalty decision is public for three years from publication. */
  standardMonths: 36,
  /** A minor one (warning, or a small fine) may stop being shown after three months. */
  minorMonths: 3,
} as const;

/** Days from a decision to its publication the law allows departments (20 working days). */
export const PUBLICATION_DEADLINE_WORKING_DAYS = 20;

/**
 * The last day a department may publish a record decided on `decidedOn`: the 20th working day
 * after it on the holiday calendar (lib/rules/working-days.ts; `isProvisional` when a year on the
 * way has no published calendar yet).
 */
export function publicationDeadline(decidedOn: string): WorkingDayDeadline {
  let deadline = deadlines.get(decidedOn);
  if (deadline === undefined) {
    // A batch of a thousand records shares a handful of decision days; counting working days
    // day by day for each would cost more than writing them.
    if (deadlines.size >= 10_000) deadlines.clear();
    deadline = addWorkingDays(decidedOn, PUBLICATION_DEADLINE_WORKING_DAYS);
    deadlines.set(decidedOn, deadline);
  }
  return deadline;
}

const deadlines = new Map<string, WorkingDayDeadline>();

/** "YYYY-MM-DD" plus whole months, clamped to the month's last day (2024-08-31 + 6 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A fine up to this amount (yuan), alone, makes a penalty minor; so does a warning alone. */
export const MINOR_FINE_LIMIT_YUAN = 3000;

/** Whether a penalty is minor (short publicity): a warning alone, or a small fine alone. */
export function isMinorPenalty({ kinds, fineYuan }: { kinds: readonly string[]; fineYuan: string | null }): boolean {
  if (kinds.length !== 1) return false;
  if (kinds[0] === "warning") return true;
  return kinds[0] === "fine" && fineYuan !== null && Number(fineYuan) <= MINOR_FINE_LIMIT_YUAN;
}

export function penaltyPublicityEndsOn({ publishedOn, isMinor }: { publishedOn: string; isMinor: boolean }): string {
  return addMonths(publishedOn, isMinor ? PENALTY_PUBLICITY.minorMonths : PENALTY_PUBLICITY.standardMonths);
}

export type PenaltyPublicityFacts = {
  publicityEndsOn: string;
  repairedOn: string | null;
  annulledOn: string | null;
};

/**
 * A penalty is public until its publicity period ends (inclusive), unless the decision was
 * annulled or the company's credit was repaired (信用修复) before `today`.
 */
export function isPenaltyInPublicity(penalty: PenaltyPublicityFacts, today: string): boolean {
  if (penalty.annulledOn !== null && penalty.annulledOn <= today) return false;
  if (penalty.repairedOn !== null && penalty.repairedOn <= today) return false;
  return penalty.publicityEndsOn >= today;
}

/** Today's date on the register's clock (China Standard Time), as "YYYY-MM-DD". */
const CHINA_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });

export function registerToday(now: Date = new Date()): string {
  return CHINA_DATE.format(now);
}
