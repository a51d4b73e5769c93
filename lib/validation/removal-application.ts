import { z } from "zod";

/**
 * The filer's application for removal from the abnormal-operations list: which listing. The
 * messages are keys in AnnualCycle.removal.errors.
 */
export const removalApplicationSchema = z.object({
  listingId: z.coerce.number({ message: "choose-listing" }).int({ message: "choose-listing" }).positive({ message: "choose-listing" }),
});

export type RemovalApplicationInput = z.infer<typeof removalApplicationSchema>;
