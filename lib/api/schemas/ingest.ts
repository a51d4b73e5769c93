/**
 * The ingestion endpoints (POST /api/v1/ingest/{kind}) as the OpenAPI document describes them:
 * request bodies from lib/validation/ingest-records.ts (one record, a revocation, or a batch),
 * answers from lib/ingestion/results.ts. Request bodies live in their own registry because they
 * are emitted as *input* schemas (what a client may send), the answers as output schemas.
 */
import { z } from "zod";
import { INGEST_KINDS, MAX_BATCH_RECORDS, type IngestKind } from "@/lib/ingestion/kinds";
import { ingestBatchResponseSchema, ingestRecordResultSchema } from "@/lib/ingestion/results";
import { REVOCABLE_KINDS, ingestRecordSchema, revocationSchema } from "@/lib/validation/ingest-records";
import { apiSchemas } from "./registry";

export const ingestRequestSchemas = z.registry<{ id: string; description?: string }>();

/** "spot-checks" → "SpotChecks". */
export function kindSchemaName(kind: IngestKind): string {
  return kind.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

// The JSON Schema of a record does not depend on the day: "not after today" is a refinement,
// checked by the server, which JSON Schema cannot say (the descriptions do).
const SCHEMA_DAY = "2199-12-31";

export const ingestRevocationSchema = revocationSchema({ today: SCHEMA_DAY }).register(ingestRequestSchemas, {
  id: "IngestRevocation",
  description: "Withdraws the record with this document number (a penalty annulled, a licence revoked, a listing withdrawn).",
});

/** The body of POST /api/v1/ingest/{kind}: one record, one revocation, or `{ records: [...] }`. */
export const INGEST_BODY_SCHEMAS: Partial<Record<IngestKind, z.ZodType>> = {};
for (const kind of INGEST_KINDS) {
  const name = kindSchemaName(kind);
  const record = ingestRecordSchema(kind, { today: SCHEMA_DAY }).register(ingestRequestSchemas, {
    id: `Ingest${name}Record`,
    description: `One record of ${kind}. Dates are YYYY-MM-DD and not after today; codes are the register's dictionary codes.`,
  });
  const one = REVOCABLE_KINDS.includes(kind) ? z.union([record, ingestRevocationSchema]) : record;
  INGEST_BODY_SCHEMAS[kind] = z
    .union([one, z.strictObject({ records: z.array(one).min(1).max(MAX_BATCH_RECORDS) })])
    .register(ingestRequestSchemas, { id: `Ingest${name}Body`, description: `One record, or a batch of up to ${MAX_BATCH_RECORDS}: { "records": [...] }.` });
}

export const apiIngestRecordResultSchema = ingestRecordResultSchema.register(apiSchemas, { id: "IngestRecordResult" });
export const apiIngestBatchResponseSchema = ingestBatchResponseSchema.register(apiSchemas, {
  id: "IngestBatchResponse",
  description: "What happened to each record of a batch ({ records: [...] }); a single record is answered with its IngestRecordResult.",
});
