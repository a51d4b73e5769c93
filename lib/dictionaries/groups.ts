import type { TermGroup } from "./record-terms";

/** The structured dictionaries, besides the record-term groups. */
export const STRUCTURED_GROUPS = ["regions", "enterprise-types", "statuses", "industries", "industry-sections", "authorities"] as const;

/** Every dictionary `termLabel` can look a code up in. */
export type DictionaryGroup = (typeof STRUCTURED_GROUPS)[number] | TermGroup;
