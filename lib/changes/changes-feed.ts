/**
 * Reading the public changes feed (GET /api/v1/changes?after=<cursor>&limit=<n>): every row of
 * public_change after a cursor, in id order. Rows are inserted only by writers holding the feed's
 * lock until they commit (lib/changes/public-changes.ts), so ids become visible in increasing
 * order: a page read now is never later joined by a row with a smaller id, and a client that
 * resumes from the last id it saw misses nothing and sees nothing twice.
 *
 * One statement over the primary key (and the enterprise's, for its code and name): the cost of a
 * page depends on its size, not on the feed's length or how far the cursor is.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db";
import { PUBLIC_CHANGE_ACTIONS, PUBLIC_CHANGE_KINDS, type PublicChangeAction, type PublicChangeKind } from "./public-changes";

export const DEFAULT_CHANGES_LIMIT = 100;
export const MAX_CHANGES_LIMIT = 1000;
/** public_change.id is a bigint: a cursor is its decimal form. */
export const MAX_CURSOR = 9_223_372_036_854_775_807n;

export type PublicChange = {
  /** The change's id: pass it as `after` to read what follows. */
  id: string;
  /** When it became public (ISO timestamp). */
  at: string;
  kind: PublicChangeKind;
  action: PublicChangeAction;
  /** The changed row's id in its table (the year, for an annual report); null when none. */
  recordId: string | null;
  company: { uscc: string; nameZh: string; nameUg: string | null };
};

export type PublicChangesPage = {
  changes: PublicChange[];
  /** Whether more changes follow this page right now. */
  hasMore: boolean;
  /** The id of the last row this page read (the cursor to resume from); null when it read none. */
  lastId: string | null;
};

type ChangeRow = {
  id: string;
  at: Date;
  kind: string;
  action: string;
  record_id: string | null;
  uscc: string;
  name_zh: string;
  name_ug: string | null;
};

function isKind(value: string): value is PublicChangeKind {
  return (PUBLIC_CHANGE_KINDS as readonly string[]).includes(value);
}

function isAction(value: string): value is PublicChangeAction {
  return (PUBLIC_CHANGE_ACTIONS as readonly string[]).includes(value);
}

/** The changes after `after` (0 for the start of the feed), at most `limit` of them. */
export async function listPublicChanges({ after, limit }: { after: bigint; limit: number }): Promise<PublicChangesPage> {
  const rows = await sqlRows<ChangeRow>(Prisma.sql`
    SELECT c.id::text AS id, c.at, c.kind, c.action, c.record_id, e.uscc, e.name_zh, e.name_ug
      FROM public_change c
      JOIN enterprise e ON e.id = c.enterprise_id
     WHERE c.id > ${after.toString()}::bigint
     ORDER BY c.id
     LIMIT ${limit + 1}`);
  const page = rows.slice(0, limit);
  const changes = page.flatMap((row): PublicChange[] => {
    // A kind or action a newer writer added is skipped by an older reader rather than mislabelled.
    if (!isKind(row.kind) || !isAction(row.action)) return [];
    return [
      {
        id: row.id,
        at: row.at.toISOString(),
        kind: row.kind,
        action: row.action,
        recordId: row.record_id,
        company: { uscc: row.uscc, nameZh: row.name_zh, nameUg: row.name_ug },
      },
    ];
  });
  return { changes, hasMore: rows.length > limit, lastId: page.at(-1)?.id ?? null };
}
