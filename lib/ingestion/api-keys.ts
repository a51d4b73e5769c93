import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { authorityIdsInAreaOf, findAuthority, type AuthorityKind } from "@/lib/dictionaries/authorities";
import { INGEST_KINDS, KINDS_FOR_MARKET_REGULATION_ONLY, isIngestKind, kindsAllowedFor, mayAuthoritySend, type IngestKind } from "./kinds";

/**
 * Department keys for the ingestion API. A key is `xjk_<id>_<secret>`: the id is public (lists,
 * logs, audit rows), the secret is shown once when the key is created and only its SHA-256 is
 * stored. A key belongs to one authority and may send only the kinds it was given; revoking it
 * takes effect on the next request.
 */
export type ApiKeyPrincipal = {
  keyId: string;
  authorityId: string;
  authorityKind: AuthorityKind;
  kinds: IngestKind[];
};

export type ApiKeySummary = {
  id: string;
  authorityId: string;
  kinds: string[];
  label: string;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

const KEY_PATTERN = /^xjk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Why a key was not created (the command line adds its own hints to the message). */
export type ApiKeyInputProblem = "unknown-authority" | "no-kinds" | "unknown-kind" | "kind-not-allowed" | "bad-label";

export class ApiKeyInputError extends Error {
  constructor(
    readonly problem: ApiKeyInputProblem,
    message: string,
  ) {
    super(message);
    this.name = "ApiKeyInputError";
  }
}

/** A label says whose system the key is for ("tax bureau's penalty system, test"): one line, this long at most. */
export const MAX_LABEL_LENGTH = 200;

/** Creates a key and returns it with its secret: the only time the secret exists outside the caller's hands. */
export async function createApiKey({
  authorityId,
  kinds,
  label = "",
  createdBy,
}: {
  authorityId: string;
  kinds: readonly string[];
  label?: string;
  createdBy: string;
}): Promise<{ key: string; summary: ApiKeySummary }> {
  const authority = findAuthority(authorityId);
  if (!authority) throw new ApiKeyInputError("unknown-authority", `No authority has the id "${authorityId}".`);
  if (kinds.length === 0) throw new ApiKeyInputError("no-kinds", `Give at least one record kind: ${kindsAllowedFor(authority.kind).join(", ")}.`);
  for (const kind of kinds) {
    if (!isIngestKind(kind)) throw new ApiKeyInputError("unknown-kind", `Unknown record kind "${kind}": the kinds are ${INGEST_KINDS.join(", ")}.`);
    if (!mayAuthoritySend(authority.kind, kind)) {
      throw new ApiKeyInputError(
        "kind-not-allowed",
        `${authorityId} may not send ${kind}: only market regulation (amr-…) sends ${KINDS_FOR_MARKET_REGULATION_ONLY.join(", ")}. ` +
          `${authorityId} (${authority.kind}) may send ${kindsAllowedFor(authority.kind).join(", ")}.`,
      );
    }
  }
  label = label.trim();
  if (label.length > MAX_LABEL_LENGTH || /[\p{Cc}]/u.test(label)) {
    throw new ApiKeyInputError("bad-label", `The label must be one line of at most ${MAX_LABEL_LENGTH} characters.`);
  }
  const id = randomBytes(16).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "").padEnd(10, "0").slice(0, 10);
  const secret = randomBytes(32).toString("base64url");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { id, authorityId, kinds: [...new Set(kinds)], secretSha256: sha256(secret), label, createdBy },
    });
    await tx.auditLog.create({
      data: { actor: createdBy, action: "api-key.create", entityType: "api_key", entityId: id, detail: { authorityId, kinds: created.kinds, label } },
    });
    return created;
  });
  return { key: `xjk_${id}_${secret}`, summary: summaryOf(row) };
}

function summaryOf(row: ApiKeySummary & { secretSha256?: string }): ApiKeySummary {
  return {
    id: row.id,
    authorityId: row.authorityId,
    kinds: row.kinds,
    label: row.label,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

/** The key's id if `key` looks like a key (for logs and rate limits before it is checked). */
export function apiKeyIdOf(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Reads `Authorization: Bearer <key>` (or `X-API-Key: <key>`). */
export function apiKeyFromHeaders(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : null;
  }
  return headers.get("x-api-key")?.trim() || null;
}

/** The key's principal, or null for a malformed, unknown or revoked key. Records the time of use (at most once a minute). */
export async function authenticateApiKey(key: string, now: Date = new Date()): Promise<ApiKeyPrincipal | null> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const [, id, secret] = match;
  const row = await db.apiKey.findUnique({ where: { id } });
  if (!row || row.revokedAt !== null) return null;
  const given = Buffer.from(sha256(secret), "hex");
  if (!timingSafeEqual(given, Buffer.from(row.secretSha256, "hex"))) return null;
  const authority = findAuthority(row.authorityId);
  if (!authority) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id }, data: { lastUsedAt: now } });
  }
  return {
    keyId: id,
    authorityId: row.authorityId,
    authorityKind: authority.kind,
    kinds: row.kinds.filter(isIngestKind),
  };
}

export type RevokeResult = "revoked" | "already-revoked" | "not-found";

/**
 * Revokes a key, with its audit-log row (idempotent: revoking a revoked key changes nothing and
 * logs nothing). With `authorityIds`, a key of another authority is "not-found" (a regulator
 * revokes only the keys of their area).
 */
export async function revokeApiKey({
  id,
  revokedBy,
  authorityIds,
  now = new Date(),
}: {
  id: string;
  revokedBy: string;
  authorityIds?: readonly string[];
  now?: Date;
}): Promise<RevokeResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.findUnique({ where: { id }, omit: { secretSha256: true } });
    if (!row || (authorityIds && !authorityIds.includes(row.authorityId))) return "not-found";
    // Only the request that actually revokes it writes the audit row (two at once: one of them).
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return "already-revoked";
    await tx.auditLog.create({ data: { at: now, actor: revokedBy, action: "api-key.revoke", entityType: "api_key", entityId: id, detail: { authorityId: row.authorityId } } });
    return "revoked";
  });
}

/** One key of the regulator's area without its secret, or null (no such key, or another area's). */
export async function getApiKeyInArea({ id, regulatorAuthorityId }: { id: string; regulatorAuthorityId: string }): Promise<ApiKeySummary | null> {
  const key = await getApiKey(id);
  return key && authorityIdsInAreaOf(regulatorAuthorityId).includes(key.authorityId) ? key : null;
}

/** One key without its secret, or null. */
export async function getApiKey(id: string): Promise<ApiKeySummary | null> {
  const row = await db.apiKey.findUnique({ where: { id }, omit: { secretSha256: true } });
  return row ? summaryOf(row) : null;
}

/** Every key (optionally of some authorities), newest first, without secrets. */
export async function listApiKeys({ authorityIds }: { authorityIds?: readonly string[] } = {}): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    where: authorityIds ? { authorityId: { in: [...authorityIds] } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    omit: { secretSha256: true },
  });
  return rows.map(summaryOf);
}

/**
 * The keys a regulator oversees: those of the authorities in their authority's area (the
 * autonomous region's bureau: all; a prefecture's: its departments and county bureaus; a
 * county's: its own), active keys first, then newest first.
 */
export async function listApiKeysInArea({ regulatorAuthorityId }: { regulatorAuthorityId: string }): Promise<ApiKeySummary[]> {
  const keys = await listApiKeys({ authorityIds: authorityIdsInAreaOf(regulatorAuthorityId) });
  return [...keys.filter((key) => key.revokedAt === null), ...keys.filter((key) => key.revokedAt !== null)];
}
