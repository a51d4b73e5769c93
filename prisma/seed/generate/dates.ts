/**
 * Calendar dates as day numbers (days since 1970-01-01, UTC, proleptic Gregorian): fast integer
 * arithmetic in the generator, "YYYY-MM-DD" strings at the edge.
 */

/** Day number of a civil date (month 1–12). Howard Hinnant's days_from_civil. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1–12, day] of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const CACHE_FROM = dayFromCivil(1900, 1, 1);
const CACHE_TO = dayFromCivil(2150, 1, 1);
const isoCache: (string | undefined)[] = new Array(CACHE_TO - CACHE_FROM);

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** "YYYY-MM-DD" for a day number. */
export function formatDay(dayNumber: number): string {
  const index = dayNumber - CACHE_FROM;
  if (index >= 0 && index < isoCache.length) {
    const cached = isoCache[index];
    if (cached !== undefined) return cached;
  }
  const [y, m, d] = civilFromDay(dayNumber);
  const text = `${y}-${pad2(m)}-${pad2(d)}`;
  if (index >= 0 && index < isoCache.length) isoCache[index] = text;
  return text;
}

/** Day number of "YYYY-MM-DD"; throws RangeError on anything else. */
export function parseDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayFromCivil(year, month, day);
  const [cy, cm, cd] = civilFromDay(result);
  if (cy !== year || cm !== month || cd !== day) throw new RangeError(`Not a date: ${iso}`);
  return result;
}

export function yearOfDay(dayNumber: number): number {
  return civilFromDay(dayNumber)[0];
}

/** Same calendar day `months` later (clamped to the month's end). */
export function addMonths(dayNumber: number, months: number): number {
  const [y, m, d] = civilFromDay(dayNumber);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const lastDay = civilFromDay(dayFromCivil(nm === 12 ? ny + 1 : ny, nm === 12 ? 1 : nm + 1, 1) - 1)[2];
  return dayFromCivil(ny, nm, Math.min(d, lastDay));
}

export function addYears(dayNumber: number, years: number): number {
  return addMonths(dayNumber, years * 12);
}

/** Chinese long date: 2023年3月5日. */
export function formatDayZh(dayNumber: number): string {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${y}年${m}月${d}日`;
}
