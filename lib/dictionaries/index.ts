/**
 * The data dictionaries: structured values stored as codes, labelled in zh / ug / en.
 * `termLabel(group, code, locale)` is the one lookup pages, the PDF report and the API use.
 */
import { findAuthority, listAuthorities } from "./authorities";
import { ENTERPRISE_TYPES, findEnterpriseType } from "./enterprise-types";
import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, findIndustry, sectionOf } from "./industries";
import { STRUCTURED_GROUPS, type DictionaryGroup } from "./groups";
import { RECORD_TERMS, findTerm, isTermGroup } from "./record-terms";
import { COUNTIES, PREFECTURES, REGION, findRegion } from "./regions";
import { STATUSES, findStatus } from "./statuses";
import type { DictionaryLocale, Term, TermNames } from "./types";

export * from "./types";
export * from "./regions";
export * from "./enterprise-types";
export * from "./statuses";
export * from "./industries";
export * from "./authorities";
export * from "./record-terms";
export * from "./coded-columns";
export * from "./groups";


export function isDictionaryGroup(value: string): value is DictionaryGroup {
  return (STRUCTURED_GROUPS as readonly string[]).includes(value) || isTermGroup(value);
}

/** The labels of a code, or undefined when the group does not know it. Never throws. */
export function termNames(group: DictionaryGroup, code: string): TermNames | undefined {
  if (typeof code !== "string") return undefined;
  switch (group) {
    case "regions":
      return findRegion(code)?.names;
    case "enterprise-types":
      return findEnterpriseType(code)?.names;
    case "statuses":
      return findStatus(code)?.names;
    case "industries":
      // A bare section letter is accepted too.
      return findIndustry(code)?.names ?? (code.length === 1 ? sectionOf(code)?.names : undefined);
    case "industry-sections":
      return code.length === 1 ? sectionOf(code)?.names : undefined;
    case "authorities":
      return findAuthority(code)?.names;
    default:
      return isTermGroup(group) ? findTerm(group, code) : undefined;
  }
}

/**
 * The label of a coded value in one locale. Unknown groups or codes fall back to the code
 * itself (never throws), so a new code shows up as-is rather than breaking a page.
 */
export function termLabel(group: DictionaryGroup, code: string, locale: DictionaryLocale): string {
  const names = termNames(group, code);
  const label = names?.[locale];
  return typeof label === "string" && label.length > 0 ? label : String(code ?? "");
}

/** Every entry of a group, in dictionary order (for filters, selects, documentation). */
export function listTerms(group: DictionaryGroup): Term[] {
  switch (group) {
    case "regions":
      return [REGION, ...PREFECTURES, ...COUNTIES].map(({ code, names }) => ({ code, names }));
    case "enterprise-types":
      return ENTERPRISE_TYPES.map(({ code, names }) => ({ code, names }));
    case "statuses":
      return STATUSES.map(({ code, names }) => ({ code, names }));
    case "industries":
      return INDUSTRY_DIVISIONS.map(({ code, names }) => ({ code, names }));
    case "industry-sections":
      return INDUSTRY_SECTIONS.map(({ code, names }) => ({ code, names }));
    case "authorities":
      return listAuthorities().map(({ id, names }) => ({ code: id, names }));
    default: {
      const entries: Readonly<Record<string, TermNames>> = RECORD_TERMS[group];
      return Object.entries(entries).map(([code, names]) => ({ code, names }));
    }
  }
}
