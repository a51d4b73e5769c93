/**
 * The record kinds departments send (POST /api/v1/ingest/{kind}, npm run data:import), the table
 * each becomes, and which departments may send it. One list, used by the API route, the key
 * command, the importer and the OpenAPI document.
 */
import type { AuthorityKind } from "@/lib/dictionaries/authorities";
import type { PublicChangeKind } from "@/lib/changes/public-changes";

export const INGEST_KINDS = ["registrations", "licences", "penalties", "spot-checks", "abnormal-listings", "serious-violations", "removals"] as const;
export type IngestKind = (typeof INGEST_KINDS)[number];

export function isIngestKind(value: string): value is IngestKind {
  return (INGEST_KINDS as readonly string[]).includes(value);
}

/** The most records one request (or one import batch) may carry. */
export const MAX_BATCH_RECORDS = 1000;

/**
 * Registrations and the two lists are market regulation's alone (企业信息公示暂行条例); any
 * department publishes its own licences, penalties and spot checks.
 */
export const KINDS_FOR_MARKET_REGULATION_ONLY: readonly IngestKind[] = ["registrations", "abnormal-listings", "serious-violations", "removals"];

export function mayAuthoritySend(authorityKind: AuthorityKind, kind: IngestKind): boolean {
  return authorityKind === "amr" || !KINDS_FOR_MARKET_REGULATION_ONLY.includes(kind);
}

/** The kinds a department of this kind may send (a key may be given any of them). */
export function kindsAllowedFor(authorityKind: AuthorityKind): IngestKind[] {
  return INGEST_KINDS.filter((kind) => mayAuthoritySend(authorityKind, kind));
}

/** The public-change kind (and company-page section) each ingested kind shows up as. */
export const PUBLIC_KIND_OF: Record<Exclude<IngestKind, "removals">, PublicChangeKind> = {
  registrations: "registration",
  licences: "licence",
  penalties: "penalty",
  "spot-checks": "spot-check",
  "abnormal-listings": "abnormal-listing",
  "serious-violations": "serious-violation",
};
