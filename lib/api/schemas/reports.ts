/** The credit-report endpoints' answers (lib/report/report-verification-json.ts, report-batch-json.ts). */
import { z } from "zod";
import type { batchStatusJson } from "@/lib/report/report-batch-json";
import type { reportVerificationJson } from "@/lib/report/report-verification-json";
import { apiSchemas, type SameType } from "./registry";

export const reportVerificationSchema = z
  .object({
    genuine: z.boolean().describe("The number (or the file's bytes) match a report this register issued."),
    reportId: z.string().nullable(),
    generatedAt: z.string().datetime({ offset: true }).nullable(),
    changedSince: z.boolean().nullable().describe("Whether the company's public record changed since the report was generated; null when not genuine."),
    company: z.object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable() }).nullable(),
    locale: z.string().nullable(),
  })
  .register(apiSchemas, { id: "ReportVerification" });

export const batchStatusSchema = z
  .object({
    id: z.string(),
    state: z.enum(["running", "done", "failed", "interrupted"]),
    locale: z.string(),
    total: z.number().int().nonnegative(),
    done: z.number().int().nonnegative(),
    generated: z.number().int().nonnegative(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    statusUrl: z.string(),
    downloadUrl: z.string().nullable(),
  })
  .register(apiSchemas, { id: "ReportBatchStatus" });

const verificationMatches: SameType<z.infer<typeof reportVerificationSchema>, ReturnType<typeof reportVerificationJson>> = true;
const batchMatches: SameType<z.infer<typeof batchStatusSchema>, ReturnType<typeof batchStatusJson>> = true;
void verificationMatches;
void batchMatches;
