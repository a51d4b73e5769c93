/** GET /api/v1/changes: parameters and answer. */
import { z } from "zod";
import { DEFAULT_CHANGES_LIMIT, MAX_CHANGES_LIMIT } from "@/lib/changes/changes-feed";
import { PUBLIC_CHANGE_ACTIONS, PUBLIC_CHANGE_KINDS } from "@/lib/changes/public-changes";
import { apiSchemas } from "./registry";

export const CURSOR_PATTERN = /^\d{1,19}$/;

export const changesParametersSchema = z.object({
  after: z
    .string()
    .regex(CURSOR_PATTERN)
    .optional()
    .describe("The cursor: the `id` of the last change you have (or `next` of the last page). 0 or absent: from the start of the feed."),
  limit: z.number().int().min(1).max(MAX_CHANGES_LIMIT).optional().describe(`Changes per page; default ${DEFAULT_CHANGES_LIMIT}.`),
});

export const publicChangeSchema = z
  .object({
    id: z.string().regex(CURSOR_PATTERN).describe("The change's position in the feed (a cursor)."),
    at: z.string().datetime({ offset: true }).describe("When it became public."),
    kind: z.enum(PUBLIC_CHANGE_KINDS).describe("What changed: the section of the company's record."),
    action: z.enum(PUBLIC_CHANGE_ACTIONS).describe("created: newly public; updated: superseded or amended; removed: taken off a list; revoked: withdrawn by its authority."),
    recordId: z.string().nullable().describe("The changed record's id in its table (the year, for an annual report)."),
    company: z.object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable() }),
    links: z.object({
      company: z.string().describe("The company's public record (path on this site)."),
      record: z.string().describe("Where the changed record is: its section, its annual report, or the company."),
    }),
  })
  .register(apiSchemas, { id: "PublicChange" });

export const changesPageSchema = z
  .object({
    changes: z.array(publicChangeSchema),
    next: z.string().regex(CURSOR_PATTERN).describe("Pass as `after` to read what follows; the same cursor again when the page is empty."),
    hasMore: z.boolean().describe("More changes follow right now: read the next page at once. false: poll `links.next` later."),
    links: z.object({ self: z.string(), next: z.string() }),
  })
  .register(apiSchemas, { id: "ChangesPage", description: "A page of the public changes feed, in order." });

export type ChangesPageJson = z.infer<typeof changesPageSchema>;
