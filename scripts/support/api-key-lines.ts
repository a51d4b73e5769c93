import { findAuthority, listAuthorities, type AuthorityKind } from "@/lib/dictionaries/authorities";
import type { ApiKeySummary } from "@/lib/ingestion/api-keys";
import { kindsAllowedFor } from "@/lib/ingestion/kinds";

/**
 * What the api-key commands print about keys and authorities (scripts/api-key-*.ts): one key per
 * line, never its secret (the summary has none).
 */

const AUTHORITY_KINDS: readonly AuthorityKind[] = ["amr", "tax", "environment", "health", "transport", "emergency", "housing", "tobacco"];

function authorityName(id: string): string {
  const authority = findAuthority(id);
  return authority ? `${authority.names.zh} / ${authority.names.en}` : "(not on the register)";
}

function time(value: Date | null): string {
  return value === null ? "-" : `${value.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The key's facts, one per line (after it is created, or one key of the list). */
export function keyLines(key: ApiKeySummary): string[] {
  return [
    `${key.id}  ${key.revokedAt === null ? "active" : `revoked ${time(key.revokedAt)}`}`,
    `  department: ${key.authorityId}  ${authorityName(key.authorityId)}`,
    `  may send:   ${key.kinds.join(", ")}`,
    ...(key.label ? [`  label:      ${key.label}`] : []),
    `  created:    ${time(key.createdAt)} by ${key.createdBy}`,
    `  last used:  ${key.lastUsedAt === null ? "never" : time(key.lastUsedAt)}`,
  ];
}

/** Every authority a key can be made for (optionally of one kind), with what it may send. */
export function authorityLines(kind?: string): string[] {
  if (kind !== undefined && !(AUTHORITY_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`--kind must be one of ${AUTHORITY_KINDS.join(", ")}`);
  }
  const lines: string[] = [];
  for (const authorityKind of AUTHORITY_KINDS) {
    if (kind !== undefined && authorityKind !== kind) continue;
    const authorities = listAuthorities().filter((item) => item.kind === authorityKind);
    lines.push(`${authorityKind} (${authorities.length}) — may send ${kindsAllowedFor(authorityKind).join(", ")}:`);
    for (const item of authorities) lines.push(`  ${item.id.padEnd(16)} ${item.names.zh}  ${item.names.en}`);
  }
  return lines;
}

export const LIST_AUTHORITIES_HINT = "List the authorities' ids with: npm run api-key:create -- --list-authorities [--kind amr|tax|environment|health|transport|emergency|housing|tobacco]";
