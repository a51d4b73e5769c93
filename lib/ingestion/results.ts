/**
 * What the ingestion API answers, per record and per batch. Declared in zod so the OpenAPI
 * document (lib/api/openapi.ts) describes exactly what the route returns.
 */
import { z } from "zod";
import { INGEST_KINDS } from "./kinds";

/** One problem with one field: its path in the record ("fineYuan", "kinds/2"), a stable reason code, a sentence. */
export const fieldProblemSchema = z.object({
  field: z.string(),
  reason: z.string(),
  detail: z.string(),
  expected: z.string().optional(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/**
 * created: new on the register; unchanged: the same record again (a replay), nothing written;
 * superseded: a changed record replaced the earlier version, which stays in the history;
 * revoked: the record was withdrawn.
 */
export const INGEST_OUTCOMES = ["created", "unchanged", "superseded", "revoked"] as const;
export type IngestOutcome = (typeof INGEST_OUTCOMES)[number];

export const ingestRecordResultSchema = z.object({
  /** Position of the record in the batch (0 for a single record). */
  index: z.number().int().nonnegative(),
  documentNumber: z.string().nullable(),
  status: z.enum(["accepted", "rejected"]),
  outcome: z.enum(INGEST_OUTCOMES).optional(),
  /** The enterprise's code, normalised. */
  uscc: z.string().optional(),
  /** Version of the record after this request (1 when created). */
  version: z.number().int().positive().optional(),
  /** Where the public sees it. */
  companyUrl: z.string().optional(),
  warnings: z.array(fieldProblemSchema),
  errors: z.array(fieldProblemSchema),
});
export type IngestRecordResult = z.infer<typeof ingestRecordResultSchema>;

export const ingestBatchResponseSchema = z.object({
  kind: z.enum(INGEST_KINDS),
  received: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  results: z.array(ingestRecordResultSchema),
});
export type IngestBatchResponse = z.infer<typeof ingestBatchResponseSchema>;
