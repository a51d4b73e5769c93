import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnnualCycle } from "@/lib/annual-cycle/run-annual-cycle";
import { applyForRemoval, decideRemovalApplication } from "@/lib/records/removal-applications";
import { fileReport, plantEnterprise, type PlantedEnterprise } from "../../support/cycle-fixtures";
import { openIsolatedRegister, type IsolatedRegister } from "../../support/isolated-register";
import { failWritesOf, feedLines, feedRowsOf, lastFeedId, type FeedRow } from "../../support/public-changes";

/**
 * The changes feed's rows for the yearly cycle (lib/annual-cycle, set-based) and for a
 * regulator's removal decision (lib/records/removal-applications.ts, through the cycle's removal
 * statement): abnormal-listing created / serious-list-warning created / serious-violation created
 * / abnormal-listing removed, each with the record's id, written in the step's transaction. The
 * feed must say exactly what the audit log says each run wrote. On a register of its own (the
 * cycle sweeps the whole register); the tests run in order and move through time.
 */

let register: IsolatedRegister;
const planted: Record<string, PlantedEnterprise> = {};
let run = 0;

const FILED = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => ({ year: from + index, submittedOn: `${from + index + 1}-04-10` }));

/** What each audit action of the cycle is in the feed. */
const FEED_OF_AUDIT: Record<string, string> = {
  "abnormal.list": "abnormal-listing created",
  "serious.warn": "serious-list-warning created",
  "serious.list": "serious-violation created",
  "abnormal.remove": "abnormal-listing removed",
};
const STEP_ORDER = Object.values(FEED_OF_AUDIT);

async function cycle(asOf: string, options: { dryRun?: boolean; autoRemoval?: boolean } = {}) {
  run += 1;
  const actor = `test:changes-${run}`;
  const now = new Date(`${asOf}T02:00:00Z`);
  const result = await runAnnualCycle({ client: register.pool, asOf, actor, autoRemoval: options.autoRemoval ?? false, dryRun: options.dryRun, now });
  if (result.status !== "done") throw new Error(`cycle ${asOf}: ${result.status}`);
  return { ...result.counts, actor, now };
}

/** Every feed row after the cursor, in feed order. */
async function feedAfter(cursor: string): Promise<FeedRow[]> {
  const { rows } = await register.pool.query<{ id: string; enterprise_id: number; kind: string; action: string; record_id: string | null; at: Date }>(
    `SELECT c.id::text AS id, c.enterprise_id, c.kind, c.action, c.record_id, c.at FROM public_change c WHERE c.id > $1::bigint ORDER BY c.id`,
    [cursor],
  );
  return rows.map((row) => ({ id: row.id, enterpriseId: row.enterprise_id, kind: row.kind, action: row.action, recordId: row.record_id, at: row.at }));
}

/** What the audit log says `actor` wrote, as feed lines "kind action id enterprise", in the feed's order (step, then record id). */
async function auditedChanges(actor: string): Promise<string[]> {
  const { rows } = await register.pool.query<{ action: string; entity_id: string; enterprise_id: number }>(
    `SELECT action, entity_id, enterprise_id FROM audit_log WHERE actor = $1 ORDER BY entity_id::bigint`,
    [actor],
  );
  return rows
    .filter((row) => row.action in FEED_OF_AUDIT)
    .sort((a, b) => STEP_ORDER.indexOf(FEED_OF_AUDIT[a.action]) - STEP_ORDER.indexOf(FEED_OF_AUDIT[b.action]))
    .map((row) => `${FEED_OF_AUDIT[row.action]} ${row.entity_id} ${row.enterprise_id}`);
}

function withEnterprise(rows: readonly FeedRow[]): string[] {
  return rows.map((row) => `${row.kind} ${row.action} ${row.recordId} ${row.enterpriseId}`);
}

async function count(sql: string, values: unknown[] = []): Promise<number> {
  return Number((await register.pool.query<{ n: string }>(sql, values)).rows[0].n);
}

beforeAll(async () => {
  register = await openIsolatedRegister({ name: "changes_cycle_test", count: 120 });
  const client = await register.connect();
  try {
    // Must file 2026 and will not: listed on 1 July 2027.
    planted.lister = await plantEnterprise(client, { key: "changes-lister", establishedOn: "2020-03-01", reports: FILED(2020, 2025) });
    // Listed on 10 July 2024 for 2023: warned 60 days before 10 July 2027, moved on that day.
    planted.old = await plantEnterprise(client, {
      key: "changes-old",
      establishedOn: "2016-03-01",
      reports: FILED(2016, 2025).filter((report) => report.year !== 2023),
      listings: [{ reportYear: 2023, listedOn: "2024-07-10" }],
    });
    for (const key of ["approved", "rejected", "failing", "auto"]) {
      planted[key] = await plantEnterprise(client, { key: `changes-${key}`, establishedOn: "2019-03-01", reports: FILED(2019, 2025) });
    }
  } finally {
    await client.end();
  }
}, 180_000);

afterAll(async () => {
  await register?.close();
});

describe("the yearly cycle in the changes feed", () => {
  it("writes nothing to the feed on a dry run", async () => {
    const cursor = await lastFeedId(register.pool);
    const counts = await cycle("2027-07-01", { dryRun: true });
    expect(counts.listed).toBeGreaterThan(0);
    expect(await feedAfter(cursor)).toEqual([]);
  });

  it("writes no feed row when a step fails, and no listing when the feed's rows fail", async () => {
    const cursor = await lastFeedId(register.pool);
    const listedOnDay = () => count(`SELECT count(*) AS n FROM abnormal_listing WHERE listed_on = '2027-07-01'`);
    for (const table of ["search_outbox", "public_change"]) {
      const restore = await failWritesOf(register.pool, { table, enterpriseId: planted.lister.id });
      try {
        await expect(cycle("2027-07-01")).rejects.toThrow(/planted failure/);
      } finally {
        await restore();
      }
      expect(await listedOnDay()).toBe(0);
      expect(await feedAfter(cursor)).toEqual([]);
    }
  });

  it("on 1 July lists every new listing and warning, exactly as the audit log has them, step by step in id order", async () => {
    // The new listings' ids cross from 4 to 5 digits: the feed must order them as numbers, not as text.
    await register.pool.query(`SELECT setval(pg_get_serial_sequence('abnormal_listing', 'id'), 9995)`);
    const cursor = await lastFeedId(register.pool);
    const counts = await cycle("2027-07-01");
    expect(counts.listed).toBeGreaterThan(5);
    expect(counts.warned).toBeGreaterThan(0);
    const rows = await feedAfter(cursor);
    expect(rows).toHaveLength(counts.listed + counts.warned + counts.moved);
    expect(withEnterprise(rows)).toEqual(await auditedChanges(counts.actor));
    expect(new Set(rows.map((row) => row.at.toISOString()))).toEqual(new Set([counts.now.toISOString()]));

    const [lister] = (await register.pool.query<{ id: string }>(`SELECT id::text FROM abnormal_listing WHERE enterprise_id = $1 AND report_year = 2026`, [planted.lister.id])).rows;
    expect(feedLines(await feedRowsOf(register.pool, planted.lister.id))).toEqual([`abnormal-listing created ${lister.id}`]);
    expect(feedLines(await feedRowsOf(register.pool, planted.old.id))).toContain(`serious-list-warning created ${planted.old.listingIds[0]}`);

    // Run again: nothing is due, nothing is listed in the feed.
    const again = await lastFeedId(register.pool);
    await cycle("2027-07-01");
    expect(await feedAfter(again)).toEqual([]);
  });

  it("on the third anniversary lists the move to the serious-violation list", async () => {
    const cursor = await lastFeedId(register.pool);
    const counts = await cycle("2027-07-10");
    expect(counts.moved).toBeGreaterThan(0);
    const rows = await feedAfter(cursor);
    expect(withEnterprise(rows)).toEqual(await auditedChanges(counts.actor));
    const [moved] = (await register.pool.query<{ id: string }>(`SELECT id::text FROM serious_violation WHERE enterprise_id = $1`, [planted.old.id])).rows;
    expect(feedLines(rows.filter((row) => row.enterpriseId === planted.old.id))).toEqual([`serious-violation created ${moved.id}`]);
  });
});

describe("removals in the changes feed", () => {
  const now = new Date("2027-07-20T04:00:00Z");
  const regulator = { actor: "regulator:changes-reviewer", authorityId: "amr-650102" };

  async function applied(key: string): Promise<{ listingId: string; applicationId: number }> {
    const [listing] = (await register.pool.query<{ id: number }>(`SELECT id FROM abnormal_listing WHERE enterprise_id = $1 AND report_year = 2026`, [planted[key].id])).rows;
    await fileReport(register.pool, { enterpriseId: planted[key].id, year: 2026, submittedOn: "2027-07-15", state: "filed-late" });
    const application = await applyForRemoval({ enterpriseId: planted[key].id, listingId: listing.id, actor: `filer:${key}`, now, database: register.pool });
    if (!application.ok) throw new Error(application.reason);
    return { listingId: String(listing.id), applicationId: application.applicationId };
  }

  it("lists a regulator's approval as the listing removed, and nothing for a rejection", async () => {
    const approved = await applied("approved");
    const rejected = await applied("rejected");
    const cursor = await lastFeedId(register.pool);
    expect(await decideRemovalApplication({ applicationId: rejected.applicationId, decision: { decision: "reject", note: "请补充材料。" }, regulator, now, database: register.pool })).toMatchObject({ ok: true });
    expect(await decideRemovalApplication({ applicationId: approved.applicationId, decision: { decision: "approve" }, regulator, now, database: register.pool })).toMatchObject({ ok: true });
    const rows = await feedAfter(cursor);
    expect(withEnterprise(rows)).toEqual([`abnormal-listing removed ${approved.listingId} ${planted.approved.id}`]);
    expect(rows[0].at.toISOString()).toBe(now.toISOString());
  });

  it("writes no feed row when the approval fails, and no approval when the feed row fails", async () => {
    const failing = await applied("failing");
    const cursor = await lastFeedId(register.pool);
    const approve = () => decideRemovalApplication({ applicationId: failing.applicationId, decision: { decision: "approve" }, regulator, now, database: register.pool });
    for (const table of ["search_outbox", "public_change"]) {
      const restore = await failWritesOf(register.pool, { table, enterpriseId: planted.failing.id });
      try {
        await expect(approve()).rejects.toThrow(/planted failure/);
      } finally {
        await restore();
      }
      expect(await count(`SELECT count(*) AS n FROM abnormal_listing WHERE id = $1 AND removed_on IS NOT NULL`, [failing.listingId])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM removal_application WHERE id = $1 AND state = 'pending'`, [failing.applicationId])).toBe(1);
      expect(await feedAfter(cursor)).toEqual([]);
    }
    expect(await approve()).toMatchObject({ ok: true });
    expect(feedLines(await feedAfter(cursor))).toEqual([`abnormal-listing removed ${failing.listingId}`]);
  });

  it("lists the cycle's automatic removals", async () => {
    const auto = await applied("auto");
    const cursor = await lastFeedId(register.pool);
    const counts = await cycle("2027-07-21", { autoRemoval: true });
    expect(counts.removed).toBe(1);
    const rows = await feedAfter(cursor);
    expect(withEnterprise(rows)).toEqual(await auditedChanges(counts.actor));
    expect(withEnterprise(rows)).toContain(`abnormal-listing removed ${auto.listingId} ${planted.auto.id}`);
  });
});
