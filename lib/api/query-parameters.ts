/**
 * Reading the query parameters of the read endpoints: a wrong value is a 422 problem naming the
 * parameter and the reason, never a silent default.
 */
import { AppError } from "./problem";

/** An integer parameter between min and max; `fallback` when absent or empty. */
export function integerParameter(url: URL, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw.trim() === "") return fallback;
  const value = raw.trim();
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new AppError("unprocessable", `Check the parameter ${name}.`, [
      { field: name, reason: /^\d{1,9}$/.test(value) ? "out-of-range" : "not-an-integer", detail: `${name} is a whole number from ${min} to ${max}.` },
    ]);
  }
  return Number(value);
}
