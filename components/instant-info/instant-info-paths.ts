import { filingPaths } from "@/lib/filing/filing-paths";
import type { InstantInfoKind, RawInstantInfo } from "@/lib/validation/instant-info";

/**
 * Addresses of the instant-information pages, the same in every locale:
 *   /{locale}/filing/{uscc}/instant                 what was published, deadlines, links to publish
 *   /{locale}/filing/{uscc}/instant/{kind}          the form (values in the query when coming back)
 *   /{locale}/filing/{uscc}/instant/{kind}/check    check the answers and the deadline, then publish
 * The forms post to …/{kind}/submit and …/{kind}/publish. Values travel in the query string
 * between these pages: they are short, not secret, and about to be published anyway.
 */
export function instantListPath(locale: string, uscc: string): string {
  return filingPaths(locale, uscc).instant;
}

export function instantFormPath(locale: string, uscc: string, kind: InstantInfoKind, values?: RawInstantInfo, { isInvalid = false } = {}): string {
  const query = values ? toQuery(values, isInvalid ? { invalid: "1" } : {}) : "";
  return `${instantListPath(locale, uscc)}/${kind}${query}`;
}

export function instantCheckPath(locale: string, uscc: string, kind: InstantInfoKind, values: RawInstantInfo): string {
  return `${instantListPath(locale, uscc)}/${kind}/check${toQuery(values, {})}`;
}

function toQuery(values: RawInstantInfo, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [name, list] of Object.entries(values)) for (const value of list) if (value !== "") params.append(name, value);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A page's search params (Next's record) as raw form values, without the page's own flags. */
export function rawFromSearchParams(params: Record<string, string | string[] | undefined>): RawInstantInfo {
  const raw: RawInstantInfo = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || name === "invalid" || name === "published") continue;
    raw[name] = Array.isArray(value) ? value : [value];
  }
  return raw;
}
