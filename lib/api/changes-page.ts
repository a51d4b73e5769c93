/**
 * The answer of GET /api/v1/changes: a page of the feed (lib/changes/changes-feed.ts) with each
 * change's links and the cursor to resume from. Shared by the route and scripts/bench-changes.ts.
 */
import { apiPaths, changeLinks } from "./api-paths";
import type { ChangesPageJson } from "./schemas/changes";
import { listPublicChanges } from "@/lib/changes/changes-feed";

export async function getChangesPage({ after, limit }: { after: bigint; limit: number }): Promise<ChangesPageJson> {
  const page = await listPublicChanges({ after, limit });
  // An empty page resumes from the same cursor: nothing was read past it.
  const next = page.lastId ?? after.toString();
  return {
    changes: page.changes.map((change) => ({ ...change, links: changeLinks({ uscc: change.company.uscc, kind: change.kind, recordId: change.recordId }) })),
    next,
    hasMore: page.hasMore,
    links: { self: apiPaths.changes({ after: after.toString(), limit }), next: apiPaths.changes({ after: next, limit }) },
  };
}
