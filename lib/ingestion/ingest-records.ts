/**
 * Taking records in from departments (POST /api/v1/ingest/{kind}, npm run data:import).
 *
 * A record's identity is (authority, kind, document number). Sent again unchanged it is a replay
 * and nothing is written; sent changed it supersedes the earlier version (kept in
 * ingested_record_version); sent with `revoked` it is withdrawn. Every record of a request is
 * checked first; the accepted ones are then written in ONE transaction with their audit-log rows,
 * search-outbox rows, search facts and public-change rows, so a success answer means all of it is
 * committed, and a crash before the commit leaves nothing (the sender re-sends; replays are
 * harmless). Requests of one authority and kind take turns (an advisory lock), so two concurrent
 * requests cannot both create the same document number.
 *
 * The writes are set-based: a batch of 1,000 penalties is about a dozen statements.
 */
import { createHash } from "node:crypto";
import type { PoolClient } from "pg";
import { checkUscc } from "@/lib/codes/credit-code";
import { getPool } from "@/lib/db";
import { recordPublicChanges, type PublicChangeInput } from "@/lib/changes/public-changes";
import { publicationDeadline, registerToday } from "@/lib/rules/publicity";
import { refreshSearchFactsOf } from "@/lib/search/postgres/search-facts";
import {
  REVOCABLE_KINDS,
  ingestRecordSchema,
  isRevocation,
  revocationSchema,
  type IngestRecordInput,
  type RevocationInput,
} from "@/lib/validation/ingest-records";
import { PUBLIC_KIND_OF, type IngestKind } from "./kinds";
import { problemsFromZod, type Problem } from "./record-problems";
import { TABLE_WRITERS, insertRowsSql, isTableKind, takeIdsSql, updateRowsSql, type TableKind, type TableWriter } from "./record-tables";
import { EXISTING_REGISTRATION_SQL, createRegistration, registrationProblems, updateRegistration, type ExistingRegistration } from "./registration-writer";
import type { IngestOutcome } from "./results";

/** The advisory-lock namespace of ingestion (with a hash of authority and kind as the second key). */
const INGEST_LOCK = 5_102;

/** The register's table of the rows a removal changes. */
const LISTS = {
  "abnormal-listings": { table: "abnormal_listing", entity: "abnormal-listing" },
  "serious-violations": { table: "serious_violation", entity: "serious-violation" },
} as const;

/** Kinds whose rows feed search facts (list flags, penalties in publicity, the registration itself). */
const CHANGES_SEARCH_FACTS: readonly IngestKind[] = ["registrations", "penalties", "abnormal-listings", "serious-violations", "removals"];

export type IngestedRecordResult = {
  index: number;
  documentNumber: string | null;
  uscc: string | null;
  status: "accepted" | "rejected";
  outcome?: IngestOutcome;
  version?: number;
  warnings: Problem[];
  errors: Problem[];
};

export type IngestRequest = {
  kind: IngestKind;
  authorityId: string;
  /** The records as sent (parsed JSON values, or CSV rows turned into objects). */
  payloads: readonly unknown[];
  /** Who sent them: api-key:<id> or import:<file>. Kept in the record history and the audit log. */
  source: string;
  now?: Date;
  /** Check everything (including against the register) and write nothing. */
  dryRun?: boolean;
};

export type IngestResult = {
  results: IngestedRecordResult[];
  /** The codes of the companies whose public record changed, for expiring their cached pages. */
  touched: string[];
};

type Candidate = {
  index: number;
  documentNumber: string;
  uscc: string;
  record: Record<string, unknown>;
  revocation: RevocationInput["revoked"] | null;
  sha256: string;
  warnings: Problem[];
  /** The right check character when the code's is wrong (accepted only for a code the register holds). */
  wrongCheckCharacter: string | null;
};

type Identity = {
  id: string;
  document_number: string;
  enterprise_id: number;
  record_id: number | null;
  version: number;
  payload_sha256: string;
  state: string;
  received_on: string;
};

type Planned = Candidate & {
  enterpriseId: number | null;
  identity: Identity | null;
  outcome: IngestOutcome;
  version: number;
  recordId: number | null;
};

/** JSON with sorted keys, so the same record always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function rejected(index: number, payload: unknown, errors: Problem[], uscc: string | null = null): IngestedRecordResult {
  const documentNumber =
    payload !== null && typeof payload === "object" && typeof (payload as { documentNumber?: unknown }).documentNumber === "string"
      ? ((payload as { documentNumber: string }).documentNumber.trim().slice(0, 120) || null)
      : null;
  return { index, documentNumber, uscc, status: "rejected", warnings: [], errors };
}

/** The schemas of the day (they depend on today's date), built once: zod compiles a schema on its first use. */
const schemasOfDay = new Map<string, { record: ReturnType<typeof ingestRecordSchema>; revocation: ReturnType<typeof revocationSchema> }>();

function schemasFor(kind: IngestKind, today: string) {
  const key = `${kind}|${today}`;
  let schemas = schemasOfDay.get(key);
  if (!schemas) {
    for (const cached of schemasOfDay.keys()) if (!cached.endsWith(today)) schemasOfDay.delete(cached);
    schemas = { record: ingestRecordSchema(kind, { today }), revocation: revocationSchema({ today }) };
    schemasOfDay.set(key, schemas);
  }
  return schemas;
}

/** Step 1, no database: each payload checked against its kind's schema and the code rules. */
function checkPayloads(kind: IngestKind, payloads: readonly unknown[], today: string): { candidates: Candidate[]; results: Map<number, IngestedRecordResult> } {
  const { record: recordSchema, revocation: revokeSchema } = schemasFor(kind, today);
  const candidates: Candidate[] = [];
  const results = new Map<number, IngestedRecordResult>();
  const seen = new Set<string>();
  const seenCodes = new Set<string>();
  payloads.forEach((payload, index) => {
    const revoking = isRevocation(payload);
    if (revoking && !REVOCABLE_KINDS.includes(kind)) {
      results.set(index, rejected(index, payload, [{ field: "revoked", reason: "not-revocable" }]));
      return;
    }
    const parsed = (revoking ? revokeSchema : recordSchema).safeParse(payload);
    if (!parsed.success) {
      results.set(index, rejected(index, payload, problemsFromZod(parsed.error, payload)));
      return;
    }
    const record = { ...(parsed.data as Record<string, unknown>) };
    const code = checkUscc(String(record.uscc));
    // A wrong check character is refused unless the register already holds the code: some early
    // pilot-area codes are legal but fail the check (DOMAIN.md); plan() decides, with a warning.
    if (!code.ok && code.reason !== "check-character") {
      results.set(index, rejected(index, payload, [{ field: "uscc", reason: "invalid-code" }]));
      return;
    }
    record.uscc = code.code;
    const warnings: Problem[] = code.ok && !code.orgCodeValid ? [{ field: "uscc", reason: "pilot-code" }] : [];
    const wrongCheckCharacter = code.ok ? null : code.expected!;
    if (kind === "registrations" && !revoking) {
      record.documentNumber ??= code.code;
      const problems = registrationProblems(record as IngestRecordInput<"registrations">);
      if (problems.length > 0) {
        results.set(index, rejected(index, payload, problems, code.code));
        return;
      }
    }
    const documentNumber = String(record.documentNumber);
    if (seen.has(documentNumber)) {
      results.set(index, rejected(index, payload, [{ field: "documentNumber", reason: "duplicate-in-batch" }], code.code));
      return;
    }
    seen.add(documentNumber);
    // One registration per enterprise and request: two would race to create the same company.
    if (kind === "registrations") {
      if (seenCodes.has(code.code)) {
        results.set(index, rejected(index, payload, [{ field: "uscc", reason: "duplicate-in-batch" }], code.code));
        return;
      }
      seenCodes.add(code.code);
    }
    candidates.push({
      index,
      documentNumber,
      uscc: code.code,
      record,
      revocation: revoking ? (record.revoked as RevocationInput["revoked"]) : null,
      sha256: sha256(canonicalJson(record)),
      warnings,
      wrongCheckCharacter,
    });
  });
  return { candidates, results };
}

function lateWarning(kind: IngestKind, candidate: Candidate, firstReceivedOn: string): Problem | null {
  if (!isTableKind(kind) || candidate.revocation !== null) return null;
  const writer = TABLE_WRITERS[kind] as TableWriter<TableKind>;
  const record = candidate.record as IngestRecordInput<TableKind>;
  const decidedOn = writer.decidedOn(record as never);
  if (decidedOn === null) return null;
  const publishedOn = writer.publishedOn(record as never, { authorityId: "", firstReceivedOn });
  if (decidedOn > publishedOn) return null;
  const deadline = publicationDeadline(decidedOn);
  return publishedOn > deadline.date ? { field: "publishedOn", reason: "published-late", expected: deadline.date } : null;
}

/**
 * Checks and writes the records of one request. Never throws for a bad record: each gets its
 * result. Throws only when the database fails, in which case nothing was written.
 */
export async function ingestRecords({ kind, authorityId, payloads, source, now = new Date(), dryRun = false }: IngestRequest): Promise<IngestResult> {
  const today = registerToday(now);
  const { candidates, results } = checkPayloads(kind, payloads, today);
  const touched = new Set<string>();

  if (candidates.length > 0) {
    const client = await getPool().connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [INGEST_LOCK, `${authorityId}/${kind}`]);
      const planned = await plan(client, kind, authorityId, candidates, today, results);
      if (!dryRun) await write(client, { kind, authorityId, planned, source, now, today, results, touched });
      await client.query(dryRun ? "ROLLBACK" : "COMMIT");
      for (const entry of planned) {
        if (results.has(entry.index)) continue;
        results.set(entry.index, {
          index: entry.index,
          documentNumber: entry.documentNumber,
          uscc: entry.uscc,
          status: "accepted",
          outcome: entry.outcome,
          version: entry.version,
          warnings: entry.warnings,
          errors: [],
        });
      }
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    results: payloads.map((_payload, index) => results.get(index)!),
    touched: [...touched],
  };
}

/** Step 2, in the transaction: find each record's enterprise and earlier versions, and decide what happens to it. */
async function plan(
  client: PoolClient,
  kind: IngestKind,
  authorityId: string,
  candidates: Candidate[],
  today: string,
  results: Map<number, IngestedRecordResult>,
): Promise<Planned[]> {
  const { rows: enterprises } = await client.query<{ id: number; uscc: string }>(`SELECT id, uscc FROM enterprise WHERE uscc = ANY($1::bpchar[])`, [
    [...new Set(candidates.map((candidate) => candidate.uscc))],
  ]);
  const enterpriseOf = new Map(enterprises.map((row) => [row.uscc.trim(), row.id]));
  const { rows: identities } = await client.query<Identity>(
    `SELECT r.id::text, r.document_number, r.enterprise_id, r.record_id, r.version, r.payload_sha256, r.state, to_char(r.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS received_on
     FROM ingested_record r WHERE r.authority_id = $1 AND r.kind = $2 AND r.document_number = ANY($3::text[])`,
    [authorityId, kind, candidates.map((candidate) => candidate.documentNumber)],
  );
  const identityOf = new Map(identities.map((row) => [row.document_number, row]));

  const planned: Planned[] = [];
  for (const candidate of candidates) {
    const reject = (problem: Problem) => results.set(candidate.index, { ...rejected(candidate.index, candidate.record, [problem], candidate.uscc), warnings: candidate.warnings });
    const enterpriseId = enterpriseOf.get(candidate.uscc) ?? null;
    const identity = identityOf.get(candidate.documentNumber) ?? null;
    if (candidate.wrongCheckCharacter !== null) {
      if (enterpriseId === null) {
        reject({ field: "uscc", reason: "check-character", expected: candidate.wrongCheckCharacter });
        continue;
      }
      candidate.warnings.push({ field: "uscc", reason: "pilot-code" });
    }
    if (enterpriseId === null && !(kind === "registrations" && candidate.revocation === null)) {
      reject({ field: "uscc", reason: "unknown-enterprise" });
      continue;
    }
    if (identity !== null && enterpriseId !== null && identity.enterprise_id !== enterpriseId) {
      reject({ field: "documentNumber", reason: "enterprise-mismatch" });
      continue;
    }
    const base = { ...candidate, enterpriseId, identity, recordId: identity?.record_id ?? null };
    if (candidate.revocation !== null) {
      if (identity === null) reject({ field: "documentNumber", reason: "not-found" });
      else if (identity.state === "revoked") planned.push({ ...base, outcome: "unchanged", version: identity.version });
      else planned.push({ ...base, outcome: "revoked", version: identity.version + 1 });
      continue;
    }
    if (identity !== null && identity.state === "current" && identity.payload_sha256 === candidate.sha256) {
      planned.push({ ...base, outcome: "unchanged", version: identity.version });
      continue;
    }
    const late = lateWarning(kind, candidate, identity?.received_on ?? today);
    if (late) candidate.warnings.push(late);
    planned.push({ ...base, outcome: identity === null ? "created" : "superseded", version: identity === null ? 1 : identity.version + 1 });
  }
  return planned;
}

type WriteContext = {
  kind: IngestKind;
  authorityId: string;
  planned: Planned[];
  source: string;
  now: Date;
  today: string;
  results: Map<number, IngestedRecordResult>;
  touched: Set<string>;
};

/** Step 3, in the transaction: the register's rows, then identities, history, audit, outbox, facts and the feed. */
async function write(client: PoolClient, context: WriteContext): Promise<void> {
  const { kind, planned } = context;
  if (isTableKind(kind)) await writeTableRows(client, kind, context);
  else if (kind === "registrations") await writeRegistrations(client, context);
  else await writeRemovals(client, context);

  const written = planned.filter((entry) => entry.outcome !== "unchanged" && !context.results.has(entry.index));
  if (written.length === 0) return;
  await writeIdentities(client, written, context);

  const enterpriseIds = [...new Set(written.map((entry) => entry.enterpriseId!))];
  const entity = isTableKind(kind) ? TABLE_WRITERS[kind].entity : kind === "registrations" ? "enterprise" : "removal";
  const action = (outcome: IngestOutcome) => (outcome === "created" ? "create" : outcome === "superseded" ? "supersede" : "revoke");
  await client.query(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail)
     SELECT $1, $2, a, $3, r, e, d::jsonb FROM unnest($4::text[], $5::text[], $6::int[], $7::text[]) AS x(a, r, e, d)`,
    [
      context.now,
      `department:${context.authorityId}`,
      entity,
      written.map((entry) => `${entity}.${action(entry.outcome)}`),
      written.map((entry) => String(entry.recordId ?? entry.identity?.record_id ?? "")),
      written.map((entry) => entry.enterpriseId),
      // Identity and provenance only: a registration's payload holds a private ID number.
      written.map((entry) => JSON.stringify({ kind, documentNumber: entry.documentNumber, version: entry.version, source: context.source, payloadSha256: entry.sha256 })),
    ],
  );
  await client.query(`INSERT INTO search_outbox (enterprise_id, op) SELECT unnest($1::int[]), 'upsert'`, [enterpriseIds]);
  // enterprise.updated_at is when the registration record changed (the registration writer sets
  // it), as for the yearly cycle and filed reports: rewriting a thousand enterprise rows for their
  // penalties cost a fifth of a batch.
  if (CHANGES_SEARCH_FACTS.includes(kind)) await refreshSearchFactsOf(client, enterpriseIds);

  const changes: PublicChangeInput[] = written.map((entry) => ({
    enterpriseId: entry.enterpriseId!,
    kind: kind === "removals" ? (entry.record.list === "abnormal-listings" ? "abnormal-listing" : "serious-violation") : PUBLIC_KIND_OF[kind],
    action: kind === "removals" ? "removed" : entry.outcome === "created" ? "created" : entry.outcome === "revoked" ? "revoked" : "updated",
    recordId: kind === "registrations" ? null : entry.recordId,
  }));
  await recordPublicChanges(client, changes, context.now);

  for (const entry of written) context.touched.add(entry.uscc);
}

async function writeTableRows(client: PoolClient, kind: TableKind, { authorityId, planned, today }: WriteContext): Promise<void> {
  const writer = TABLE_WRITERS[kind] as TableWriter<TableKind>;
  const rowOf = (entry: Planned) =>
    writer.row(entry.record as never, { authorityId, firstReceivedOn: entry.identity?.received_on ?? today });

  const creating = planned.filter((entry) => entry.outcome === "created" || (entry.outcome === "superseded" && entry.recordId === null));
  if (creating.length > 0) {
    const { rows: ids } = await client.query<{ id: number }>(takeIdsSql(writer.table), [creating.length]);
    const rows = creating.map((entry, position) => {
      entry.recordId = ids[position].id;
      return { id: entry.recordId, enterprise_id: entry.enterpriseId, ...rowOf(entry) };
    });
    await client.query(insertRowsSql(writer.table, Object.keys(rowOf(creating[0]))), [JSON.stringify(rows)]);
  }

  const superseding = planned.filter((entry) => entry.outcome === "superseded" && !creating.includes(entry));
  if (superseding.length > 0) {
    const rows = superseding.map((entry) => ({ id: entry.recordId, ...rowOf(entry) }));
    await client.query(updateRowsSql(writer.table, Object.keys(rowOf(superseding[0]))), [JSON.stringify(rows)]);
  }

  const revoking = planned.filter((entry) => entry.outcome === "revoked");
  if (revoking.length > 0) {
    if (writer.revoke === "delete") {
      await client.query(`DELETE FROM "${writer.table}" WHERE id = ANY($1::int[])`, [revoking.map((entry) => entry.recordId)]);
    } else {
      const revoke = writer.revoke;
      const rows = revoking.map((entry) => ({ id: entry.recordId, ...revoke(entry.revocation!) }));
      await client.query(updateRowsSql(writer.table, Object.keys(revoke(revoking[0].revocation!))), [JSON.stringify(rows)]);
    }
  }
}

async function writeRegistrations(client: PoolClient, { authorityId, planned, today, now, results }: WriteContext): Promise<void> {
  for (const entry of planned) {
    if (entry.outcome === "unchanged") continue;
    const record = entry.record as IngestRecordInput<"registrations">;
    if (record.registrationNumber !== undefined) {
      const { rows: holders } = await client.query<{ id: number }>(`SELECT id FROM enterprise WHERE registration_number = $1 AND id <> $2`, [
        record.registrationNumber,
        entry.enterpriseId ?? 0,
      ]);
      if (holders.length > 0) {
        results.set(entry.index, { ...rejected(entry.index, entry.record, [{ field: "registrationNumber", reason: "registration-number-taken" }], entry.uscc), warnings: entry.warnings });
        continue;
      }
    }
    if (entry.enterpriseId === null) {
      entry.enterpriseId = await createRegistration(client, record, { authorityId, now });
      entry.outcome = "created";
    } else {
      const { rows } = await client.query<ExistingRegistration>(EXISTING_REGISTRATION_SQL, [entry.enterpriseId]);
      if (rows[0].authority_id !== authorityId) {
        results.set(entry.index, { ...rejected(entry.index, entry.record, [{ field: "uscc", reason: "other-authority" }], entry.uscc), warnings: entry.warnings });
        continue;
      }
      await updateRegistration(client, record, rows[0], { authorityId, today, now });
      entry.outcome = "superseded";
    }
    entry.recordId = entry.enterpriseId;
  }
}

async function writeRemovals(client: PoolClient, { authorityId, planned, results, today }: WriteContext): Promise<void> {
  for (const entry of planned) {
    if (entry.outcome === "unchanged") continue;
    const reject = (problem: Problem) => results.set(entry.index, { ...rejected(entry.index, entry.record, [problem], entry.uscc), warnings: entry.warnings });
    const record = entry.record as IngestRecordInput<"removals">;
    const list = LISTS[record.list];
    const { rows: listings } = await client.query<{ record_id: number | null; enterprise_id: number; state: string }>(
      `SELECT record_id, enterprise_id, state FROM ingested_record WHERE authority_id = $1 AND kind = $2 AND document_number = $3`,
      [authorityId, record.list, record.listingDocumentNumber],
    );
    const listing = listings[0];
    if (!listing || listing.state !== "current" || listing.record_id === null) {
      reject({ field: "listingDocumentNumber", reason: "not-found" });
      continue;
    }
    if (listing.enterprise_id !== entry.enterpriseId) {
      reject({ field: "listingDocumentNumber", reason: "enterprise-mismatch" });
      continue;
    }
    const { rows } = await client.query<{ listed_on: string; removed_on: string | null }>(
      `SELECT to_char(listed_on, 'YYYY-MM-DD') AS listed_on, to_char(removed_on, 'YYYY-MM-DD') AS removed_on FROM "${list.table}" WHERE id = $1 FOR UPDATE`,
      [listing.record_id],
    );
    if (rows.length === 0) {
      reject({ field: "listingDocumentNumber", reason: "not-found" });
      continue;
    }
    // A removal already on the listing may only be corrected by the removal that made it.
    if (rows[0].removed_on !== null && entry.outcome === "created") {
      reject({ field: "listingDocumentNumber", reason: "already-removed" });
      continue;
    }
    if (record.removedOn < rows[0].listed_on || record.removedOn > today) {
      reject({ field: "removedOn", reason: "date-order" });
      continue;
    }
    await client.query(`UPDATE "${list.table}" SET removal_reason = $2, removed_on = $3, removed_by_id = $4 WHERE id = $1`, [
      listing.record_id,
      record.reason,
      record.removedOn,
      authorityId,
    ]);
    entry.recordId = listing.record_id;
  }
}

async function writeIdentities(client: PoolClient, written: Planned[], { kind, authorityId, source, now }: WriteContext): Promise<void> {
  const fresh = written.filter((entry) => entry.identity === null);
  const known = written.filter((entry) => entry.identity !== null);
  const identityIds = new Map<Planned, string>();
  if (fresh.length > 0) {
    const { rows } = await client.query<{ id: string; document_number: string }>(
      `INSERT INTO ingested_record (authority_id, kind, document_number, enterprise_id, record_id, version, payload_sha256, state, received_at, updated_at)
       SELECT $1, $2, d, e, r, 1, s, 'current', $3, $3 FROM unnest($4::text[], $5::int[], $6::int[], $7::text[]) AS x(d, e, r, s)
       RETURNING id::text, document_number`,
      [authorityId, kind, now, fresh.map((entry) => entry.documentNumber), fresh.map((entry) => entry.enterpriseId), fresh.map((entry) => entry.recordId), fresh.map((entry) => entry.sha256)],
    );
    const byNumber = new Map(rows.map((row) => [row.document_number, row.id]));
    for (const entry of fresh) identityIds.set(entry, byNumber.get(entry.documentNumber)!);
  }
  if (known.length > 0) {
    await client.query(
      `UPDATE ingested_record t SET record_id = x.r, version = x.v, payload_sha256 = x.s, state = x.st, updated_at = $1
       FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::text[]) AS x(id, r, v, s, st) WHERE t.id = x.id`,
      [
        now,
        known.map((entry) => entry.identity!.id),
        known.map((entry) => (entry.outcome === "revoked" && isTableKind(kind) && TABLE_WRITERS[kind].revoke === "delete" ? null : entry.recordId)),
        known.map((entry) => entry.version),
        known.map((entry) => (entry.outcome === "revoked" ? entry.identity!.payload_sha256 : entry.sha256)),
        known.map((entry) => (entry.outcome === "revoked" ? "revoked" : "current")),
      ],
    );
    for (const entry of known) identityIds.set(entry, entry.identity!.id);
  }
  await client.query(
    `INSERT INTO ingested_record_version (ingested_record_id, version, action, payload, payload_sha256, source, received_at)
     SELECT i, v, a, p::json, s, $1, $2 FROM unnest($3::bigint[], $4::int[], $5::text[], $6::text[], $7::text[]) AS x(i, v, a, p, s)`,
    [
      source,
      now,
      written.map((entry) => identityIds.get(entry)),
      written.map((entry) => entry.version),
      written.map((entry) => (entry.outcome === "created" ? "create" : entry.outcome === "superseded" ? "supersede" : "revoke")),
      written.map((entry) => JSON.stringify(entry.record)),
      written.map((entry) => entry.sha256),
    ],
  );
}
