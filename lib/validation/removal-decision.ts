import { z } from "zod";

/** The longest rejection note a regulator may write (shown to the filer). */
export const MAX_REJECTION_NOTE = 500;

/**
 * A regulator's decision on an application for removal: approve, or reject with a note the filer
 * will read. The messages are keys in AnnualCycle.regulatorRemovals.errors.
 */
export const removalDecisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { message: "choose-decision" }),
    note: z
      .string()
      .optional()
      .transform((value) => (value ?? "").replace(/\r\n/g, "\n").trim())
      .pipe(z.string().max(MAX_REJECTION_NOTE, { message: "note-too-long" })),
  })
  .superRefine((value, context) => {
    if (value.decision === "reject" && value.note === "") context.addIssue({ code: "custom", path: ["note"], message: "enter-note" });
  });

export type RemovalDecisionInput = z.infer<typeof removalDecisionSchema>;

export type RemovalDecisionField = "decision" | "note";

/** The first message key per field of a refused decision. */
export function removalDecisionErrors(error: z.ZodError): Partial<Record<RemovalDecisionField, string>> {
  const errors: Partial<Record<RemovalDecisionField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "decision" || field === "note") && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
