/**
 * The addresses of the public API's resources, as paths on this site (clients resolve them
 * against the address they called). One place, used by the answers' links, the OpenAPI document
 * and the documentation page.
 */
import type { PublicChangeKind } from "@/lib/changes/public-changes";
import type { RecordSection } from "@/lib/records/record-sections";

export const API_BASE = "/api/v1";

export const apiPaths = {
  openApi: () => `${API_BASE}/openapi.json`,
  search: () => `${API_BASE}/search`,
  suggest: () => `${API_BASE}/search/suggest`,
  company: (uscc: string) => `${API_BASE}/companies/${uscc}`,
  recordSection: (uscc: string, section: RecordSection, query?: { page: number; pageSize: number }) =>
    `${API_BASE}/companies/${uscc}/records/${section}${query ? `?page=${query.page}&pageSize=${query.pageSize}` : ""}`,
  annualReport: (uscc: string, year: number | string) => `${API_BASE}/companies/${uscc}/annual-reports/${year}`,
  changes: (query: { after: string; limit: number }) => `${API_BASE}/changes?after=${query.after}&limit=${query.limit}`,
  ingest: (kind: string) => `${API_BASE}/ingest/${kind}`,
};

/** The list section of the company record a change of `kind` appears in; null for the company's own details. */
export const RECORD_SECTION_OF_CHANGE: Record<PublicChangeKind, RecordSection | "annual-report" | null> = {
  registration: null,
  licence: "licences",
  penalty: "penalties",
  "spot-check": "spot-checks",
  "abnormal-listing": "abnormal-operations",
  "serious-violation": "serious-violations",
  "serious-list-warning": null,
  "annual-report": "annual-report",
  contribution: "contributions",
  "equity-change": "equity-changes",
  "ip-pledge": "ip-pledges",
};

/** Where the public sees what a change changed: the company, and the record (section or annual report). */
export function changeLinks({ uscc, kind, recordId }: { uscc: string; kind: PublicChangeKind; recordId: string | null }): { company: string; record: string } {
  const section = RECORD_SECTION_OF_CHANGE[kind];
  const company = apiPaths.company(uscc);
  if (section === null) return { company, record: company };
  if (section === "annual-report") return { company, record: recordId !== null && /^\d{4}$/.test(recordId) ? apiPaths.annualReport(uscc, recordId) : company };
  return { company, record: apiPaths.recordSection(uscc, section) };
}
