/** The RFC 9457 problem document every error of the API answers with (lib/api/problem.ts). */
import { z } from "zod";
import { fieldProblemSchema } from "@/lib/ingestion/results";
import { apiSchemas } from "./registry";

export const apiFieldProblemSchema = fieldProblemSchema.register(apiSchemas, {
  id: "FieldProblem",
  description: "One wrong field: its path, a stable reason code, a sentence, and the expected value when there is one.",
});

export const problemSchema = z
  .object({
    type: z.string().describe("about:blank#<code>: bad-request, not-found, payload-too-large, unsupported-media-type, unprocessable, too-many-requests, internal."),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional().describe("The path that was requested."),
    errors: z.array(apiFieldProblemSchema).optional(),
  })
  .register(apiSchemas, { id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
