import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDailyAnnualCycle } from "@/lib/annual-cycle/daily-schedule";
import { ANNUAL_CYCLE_LOCK_KEY, AUTO_REMOVAL_DECIDER, runAnnualCycle, type AnnualCycleCounts } from "@/lib/annual-cycle/run-annual-cycle";
import { FILING_TYPES, LIVE_STATUSES } from "@/lib/annual-cycle/statements";
import { seriousDueOn } from "@/lib/annual-cycle/timeline";
import {
  applyForRemoval,
  decideRemovalApplication,
  getPendingRemovalApplication,
  getRemovalOverview,
  listPendingRemovalApplications,
} from "@/lib/records/removal-applications";
import { fileReport, plantEnterprise, type PlantedEnterprise } from "../../support/cycle-fixtures";
import { openIsolatedRegister, type IsolatedRegister } from "../../support/isolated-register";

/**
 * The yearly cycle with fixed dates, on a register of its own (it sweeps the whole register):
 * the 400-company test register seeded as of 2026-11-23, plus enterprises planted with exactly
 * the history each rule needs. The tests run in order and move through time.
 */

const FILED_2016_2025 = Array.from({ length: 10 }, (_, index) => ({ year: 2016 + index, submittedOn: `${2017 + index}-04-10` }));
const filedFrom = (from: number, except: number[] = []) => FILED_2016_2025.filter((report) => report.year >= from && !except.includes(report.year));

let register: IsolatedRegister;
const planted: Record<string, PlantedEnterprise> = {};
let run = 0;

async function cycle(asOf: string, options: { dryRun?: boolean; autoRemoval?: boolean } = {}): Promise<AnnualCycleCounts & { actor: string }> {
  run += 1;
  const actor = `test:run-${run}`;
  const result = await runAnnualCycle({ client: register.pool, asOf, actor, autoRemoval: options.autoRemoval ?? false, dryRun: options.dryRun, now: new Date(`${asOf}T02:00:00Z`) });
  if (result.status !== "done") throw new Error(`cycle ${asOf}: ${result.status}`);
  return { ...result.counts, actor };
}

async function rows<Row extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<Row[]> {
  return (await register.pool.query<Row>(sql, values)).rows;
}

async function listingsOf(key: string): Promise<{ id: number; reason: string; report_year: number | null; listed_on: string; listed_by_id: string; removal_reason: string | null; removed_on: string | null; removed_by_id: string | null }[]> {
  return rows(
    `SELECT id, reason, report_year, listed_on::text, listed_by_id, removal_reason, removed_on::text, removed_by_id
     FROM abnormal_listing WHERE enterprise_id = $1 ORDER BY listed_on, id`,
    [planted[key].id],
  );
}

async function seriousOf(key: string): Promise<{ reason: string; listed_on: string; listed_by_id: string; removed_on: string | null }[]> {
  return rows(`SELECT reason, listed_on::text, listed_by_id, removed_on::text FROM serious_violation WHERE enterprise_id = $1 ORDER BY id`, [planted[key].id]);
}

async function flags(key: string): Promise<{ is_abnormal: boolean; is_serious: boolean }> {
  return (await rows<{ is_abnormal: boolean; is_serious: boolean }>(`SELECT is_abnormal, is_serious FROM search_entry WHERE enterprise_id = $1`, [planted[key].id]))[0];
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = ["abnormal_listing", "serious_violation", "serious_list_warning", "audit_log", "search_outbox", "removal_application"];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  return counts;
}

async function auditCount(actor: string, action: string): Promise<number> {
  return Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE actor = $1 AND action = $2`, [actor, action]))[0].n);
}

const regulator650102 = { actor: "regulator:tianshan-reviewer", authorityId: "amr-650102" };

beforeAll(async () => {
  register = await openIsolatedRegister({ name: "annual_cycle_test" });
  const client = await register.connect();
  try {
    const plant = async (key: string, spec: Omit<Parameters<typeof plantEnterprise>[1], "key">) => {
      planted[key] = await plantEnterprise(client, { key, ...spec });
    };
    await plant("filer", { establishedOn: "2020-03-01", reports: filedFrom(2020) });
    await plant("new-2026", { establishedOn: "2026-05-01" });
    await plant("new-2027", { establishedOn: "2027-02-01" });
    await plant("gone", { establishedOn: "2015-03-01", status: "deregistered" });
    await plant("branch", { establishedOn: "2018-03-01", type: "branch" });
    await plant("catch-up", { establishedOn: "2021-06-01", reports: filedFrom(2021, [2023]) });
    const listed2023 = { reportYear: 2023, listedOn: "2024-07-10" };
    await plant("old", { establishedOn: "2016-03-01", reports: filedFrom(2016, [2023]), listings: [listed2023] });
    await plant("individual", { establishedOn: "2018-03-01", type: "individual-business", reports: filedFrom(2018, [2023]), listings: [listed2023] });
    await plant("serious-open", {
      establishedOn: "2016-03-01",
      reports: filedFrom(2016, [2023]),
      listings: [listed2023],
      serious: [{ reason: "serious-violation", listedOn: "2025-01-10" }],
    });
    await plant("moved-before", {
      establishedOn: "2016-03-01",
      reports: filedFrom(2016, [2019]),
      listings: [{ reportYear: 2019, listedOn: "2020-07-10" }],
      serious: [{ reason: "abnormal-three-years", listedOn: "2023-07-15", removedOn: "2026-07-20", removalReason: "period-expired" }],
    });
    await plant("unreachable", { establishedOn: "2016-03-01", reports: filedFrom(2016), listings: [{ reason: "unreachable", listedOn: "2025-03-01" }] });
    for (const key of ["late", "rejected", "auto", "not-cured"]) await plant(key, { establishedOn: "2019-03-01", reports: filedFrom(2019) });
    await plant("far", { establishedOn: "2019-03-01", reports: filedFrom(2019), regionCode: "653101" });
  } finally {
    await client.end();
  }
}, 180_000);

afterAll(async () => {
  await register?.close();
});

describe("the yearly cycle", () => {
  it("on the register's own as-of date changes little: it catches up a year never listed and lists nothing else", async () => {
    const before = await tableCounts();
    const dry = await cycle("2026-11-23", { dryRun: true });
    expect(await tableCounts()).toEqual(before);
    const counts = await cycle("2026-11-23");
    expect(counts).toMatchObject({ listed: dry.listed, warned: dry.warned, moved: dry.moved, removed: 0 });
    // The seeded register lists every missed year itself: only the planted gap is new.
    expect(counts.listed).toBe(1);
    expect(counts.moved).toBe(0);
    const [catchUp] = await listingsOf("catch-up");
    expect(catchUp).toMatchObject({ reason: "no-annual-report", report_year: 2023, listed_on: "2026-11-23", listed_by_id: "amr-650102", removed_on: null });
  });

  it("publishes the warning 60 days before a listing's third year, not a day earlier, and never for individual businesses", async () => {
    await cycle("2027-05-10");
    expect(await rows(`SELECT 1 FROM serious_list_warning WHERE enterprise_id = $1`, [planted.old.id])).toHaveLength(0);
    const counts = await cycle("2027-05-11");
    expect(counts.warned).toBeGreaterThanOrEqual(1);
    const warnings = await rows<{ listing_id: number; notice_on: string; due_on: string }>(
      `SELECT listing_id, notice_on::text, due_on::text FROM serious_list_warning WHERE enterprise_id = $1`,
      [planted.old.id],
    );
    expect(warnings).toEqual([{ listing_id: planted.old.listingIds[0], notice_on: "2027-05-11", due_on: "2027-07-10" }]);
    for (const key of ["individual", "serious-open", "moved-before"]) {
      expect(await rows(`SELECT 1 FROM serious_list_warning WHERE enterprise_id = $1`, [planted[key].id])).toHaveLength(0);
    }
    expect(await auditCount(counts.actor, "serious.warn")).toBe(counts.warned);
    expect((await cycle("2027-05-12")).warned).toBe(0);
  });

  it("lists nobody for last year's report on 30 June", async () => {
    const counts = await cycle("2027-06-30");
    expect(counts.listed).toBe(0);
    expect(await listingsOf("filer")).toEqual([]);
    expect(await flags("filer")).toEqual({ is_abnormal: false, is_serious: false });
  });

  it("on 1 July lists every live enterprise that must file and has not filed last year's report, with audit and outbox rows", async () => {
    const before = await tableCounts();
    const dry = await cycle("2027-07-01", { dryRun: true });
    expect(await tableCounts()).toEqual(before);
    const counts = await cycle("2027-07-01");
    expect(counts.listed).toBe(dry.listed);
    expect(counts.listed).toBeGreaterThan(200);

    for (const key of ["filer", "new-2026", "individual", "late", "rejected", "auto", "far"]) {
      const listing = (await listingsOf(key)).find((item) => item.report_year === 2026);
      expect(listing, key).toMatchObject({ reason: "no-annual-report", listed_on: "2027-07-01", listed_by_id: planted[key].authorityId, removed_on: null });
    }
    for (const key of ["new-2027", "gone", "branch"]) expect(await listingsOf(key), key).toEqual([]);
    expect(await flags("filer")).toEqual({ is_abnormal: true, is_serious: false });

    expect(await auditCount(counts.actor, "abnormal.list")).toBe(counts.listed);
    const after = await tableCounts();
    expect(after.abnormal_listing - before.abnormal_listing).toBe(counts.listed);
    expect(after.search_outbox - before.search_outbox).toBe(counts.listed + counts.moved);
    expect(await rows(`SELECT 1 FROM search_outbox WHERE enterprise_id = $1 AND op = 'upsert'`, [planted.filer.id])).toHaveLength(1);

    // Every live enterprise of a filing kind now has, for each year it had to report, a report or a listing.
    const gaps = await rows(
      `SELECT e.id, y.year FROM enterprise e
       CROSS JOIN LATERAL generate_series(greatest(2013, extract(year FROM e.established_on)::int), 2026) AS y(year)
       WHERE e.status = ANY($1) AND e.type = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = y.year)
         AND NOT EXISTS (SELECT 1 FROM abnormal_listing l WHERE l.enterprise_id = e.id AND l.report_year = y.year)`,
      [LIVE_STATUSES, FILING_TYPES],
    );
    expect(gaps).toEqual([]);
    // The search facts agree with the lists for every enterprise.
    const wrongFacts = await rows(
      `SELECT s.enterprise_id FROM search_entry s
       WHERE s.is_abnormal <> EXISTS (SELECT 1 FROM abnormal_listing a WHERE a.enterprise_id = s.enterprise_id AND a.removed_on IS NULL)
          OR s.is_serious <> EXISTS (SELECT 1 FROM serious_violation v WHERE v.enterprise_id = s.enterprise_id AND v.removed_on IS NULL)`,
    );
    expect(wrongFacts).toEqual([]);
  });

  it("changes nothing when run twice", async () => {
    const before = await tableCounts();
    const counts = await cycle("2027-07-01");
    expect(counts).toMatchObject({ listed: 0, warned: 0, moved: 0, removed: 0 });
    const after = await tableCounts();
    expect(after).toEqual(before);
    const runs = await rows<{ listed: number; finished: boolean }>(`SELECT listed, finished_at IS NOT NULL AS finished FROM annual_cycle_run ORDER BY id DESC LIMIT 2`);
    expect(runs.map((item) => item.finished)).toEqual([true, true]);
    expect(runs[0].listed).toBe(0);
    expect(runs[1].listed).toBeGreaterThan(200);
  });

  it("moves a listing to the serious-violation list on its third anniversary, once, but never an individual business", async () => {
    expect((await cycle("2027-07-09")).moved).toBe(0);
    expect(await seriousOf("old")).toEqual([]);
    const counts = await cycle("2027-07-10");
    expect(counts.moved).toBeGreaterThanOrEqual(1);
    expect(await seriousOf("old")).toEqual([{ reason: "abnormal-three-years", listed_on: "2027-07-10", listed_by_id: "amr-650102", removed_on: null }]);
    expect(await flags("old")).toEqual({ is_abnormal: true, is_serious: true });
    expect(await seriousOf("individual")).toEqual([]);
    expect(await seriousOf("serious-open")).toHaveLength(1);
    expect(await seriousOf("moved-before")).toHaveLength(1);
    expect(await auditCount(counts.actor, "serious.list")).toBe(counts.moved);
    const detail = await rows<{ detail: { abnormalListingId: number } }>(
      `SELECT detail FROM audit_log WHERE actor = $1 AND action = 'serious.list' AND enterprise_id = $2`,
      [counts.actor, planted.old.id],
    );
    expect(detail[0].detail.abnormalListingId).toBe(planted.old.listingIds[0]);
    expect((await cycle("2027-07-10")).moved).toBe(0);
    expect((await cycle("2028-01-10")).moved).toBe(0);
    expect(await seriousOf("old")).toHaveLength(1);
  });
});

describe("removal from the abnormal-operations list", () => {
  const now = new Date("2027-07-20T04:00:00Z");
  let lateListing: number;

  it("refuses an application until the year's report is filed, then accepts one (and only one)", async () => {
    lateListing = (await listingsOf("late")).find((item) => item.report_year === 2026)!.id;
    const apply = (enterpriseId: number, listingId: number) =>
      applyForRemoval({ enterpriseId, listingId, actor: "filer:test", now, database: register.pool });
    expect(await apply(planted.late.id, lateListing)).toEqual({ ok: false, reason: "report-not-filed" });
    const overviewBefore = await getRemovalOverview({ enterpriseId: planted.late.id, database: register.pool });
    expect(overviewBefore.listings.map((item) => item.eligibility)).toEqual(["report-not-filed"]);

    await fileReport(register.pool, { enterpriseId: planted.late.id, year: 2026, submittedOn: "2027-07-15", state: "filed-late" });
    const applied = await apply(planted.late.id, lateListing);
    expect(applied.ok).toBe(true);
    expect(await apply(planted.late.id, lateListing)).toEqual({ ok: false, reason: "already-pending" });
    expect(await apply(planted.filer.id, lateListing)).toEqual({ ok: false, reason: "listing-not-found" });
    expect(await apply(planted.unreachable.id, planted.unreachable.listingIds[0])).toEqual({ ok: false, reason: "other-reason" });
    expect(await auditCount("filer:test", "removal.apply")).toBe(1);

    const overview = await getRemovalOverview({ enterpriseId: planted.late.id, database: register.pool });
    expect(overview.listings).toMatchObject([{ id: lateListing, eligibility: "pending", isReportFiled: true }]);
    expect(overview.applications).toMatchObject([{ listingId: lateListing, reportYear: 2026, state: "pending", rejectionNote: null }]);
  });

  it("shows the application only to regulators of the enterprise's area", async () => {
    const applicationId = (await getRemovalOverview({ enterpriseId: planted.late.id, database: register.pool })).applications[0].id;
    const pendingFor = async (authorityId: string) =>
      (await listPendingRemovalApplications({ authorityId, database: register.pool })).applications.map((item) => item.id);
    expect(await pendingFor("amr-650102")).toContain(applicationId);
    expect(await pendingFor("amr-650100")).toContain(applicationId);
    expect(await pendingFor("amr-650000")).toContain(applicationId);
    expect(await pendingFor("amr-653101")).not.toContain(applicationId);
    const detail = await getPendingRemovalApplication({ applicationId, authorityId: "amr-650102", database: register.pool });
    expect(detail).toMatchObject({ isCured: true, listing: { reportYear: 2026, listedOn: "2027-07-01" }, enterprise: { uscc: planted.late.uscc } });
    expect(detail?.yearsFiled.at(-1)).toEqual({ year: 2026, state: "filed-late", submittedOn: "2027-07-15" });
    expect(await getPendingRemovalApplication({ applicationId, authorityId: "amr-653101", database: register.pool })).toBeNull();
    const outside = await decideRemovalApplication({
      applicationId,
      decision: { decision: "approve" },
      regulator: { actor: "regulator:kashgar", authorityId: "amr-653101" },
      now,
      database: register.pool,
    });
    expect(outside).toEqual({ ok: false, reason: "application-not-found" });
  });

  it("approval removes the listing, published with reason, date and the regulator's authority", async () => {
    const applicationId = (await getRemovalOverview({ enterpriseId: planted.late.id, database: register.pool })).applications[0].id;
    const outboxBefore = (await tableCounts()).search_outbox;
    const approved = await decideRemovalApplication({ applicationId, decision: { decision: "approve" }, regulator: regulator650102, now, database: register.pool });
    expect(approved).toEqual({ ok: true, uscc: planted.late.uscc });
    const listing = (await listingsOf("late")).find((item) => item.id === lateListing);
    expect(listing).toMatchObject({ removal_reason: "annual-report-filed", removed_on: "2027-07-20", removed_by_id: "amr-650102" });
    expect(await flags("late")).toEqual({ is_abnormal: false, is_serious: false });
    expect((await tableCounts()).search_outbox - outboxBefore).toBe(1);
    expect(await auditCount(regulator650102.actor, "abnormal.remove")).toBe(1);
    const [application] = await rows<{ state: string; decided_by: string }>(`SELECT state, decided_by FROM removal_application WHERE id = $1`, [applicationId]);
    expect(application).toEqual({ state: "approved", decided_by: regulator650102.actor });
    expect(await decideRemovalApplication({ applicationId, decision: { decision: "approve" }, regulator: regulator650102, now, database: register.pool })).toEqual({
      ok: false,
      reason: "already-decided",
    });
    const overview = await getRemovalOverview({ enterpriseId: planted.late.id, database: register.pool });
    expect(overview.listings).toEqual([]);
    expect(overview.applications).toMatchObject([{ state: "approved" }]);
  });

  it("rejection keeps the listing and tells the filer why; the filer may apply again", async () => {
    const listingId = (await listingsOf("rejected")).find((item) => item.report_year === 2026)!.id;
    await fileReport(register.pool, { enterpriseId: planted.rejected.id, year: 2026, submittedOn: "2027-07-16", state: "filed-late" });
    const applied = await applyForRemoval({ enterpriseId: planted.rejected.id, listingId, actor: "filer:rejected", now, database: register.pool });
    if (!applied.ok) throw new Error(applied.reason);
    const note = "年报中的从业人数与社保人数不符，请更正后再申请。";
    const rejected = await decideRemovalApplication({
      applicationId: applied.applicationId,
      decision: { decision: "reject", note },
      regulator: regulator650102,
      now,
      database: register.pool,
    });
    expect(rejected.ok).toBe(true);
    expect((await listingsOf("rejected")).find((item) => item.id === listingId)?.removed_on).toBeNull();
    expect(await flags("rejected")).toEqual({ is_abnormal: true, is_serious: false });
    const overview = await getRemovalOverview({ enterpriseId: planted.rejected.id, database: register.pool });
    expect(overview.applications).toMatchObject([{ state: "rejected", rejectionNote: note }]);
    expect(overview.listings).toMatchObject([{ id: listingId, eligibility: "eligible" }]);
    expect(await auditCount(regulator650102.actor, "removal.reject")).toBe(1);
    // Decided by the Kashgar regulator for its own area: the prefix rule works both ways.
    const far = (await listingsOf("far")).find((item) => item.report_year === 2026)!.id;
    await fileReport(register.pool, { enterpriseId: planted.far.id, year: 2026, submittedOn: "2027-07-16", state: "filed-late" });
    const farApplied = await applyForRemoval({ enterpriseId: planted.far.id, listingId: far, actor: "filer:far", now, database: register.pool });
    if (!farApplied.ok) throw new Error(farApplied.reason);
    const farDecided = await decideRemovalApplication({
      applicationId: farApplied.applicationId,
      decision: { decision: "approve" },
      regulator: { actor: "regulator:kashgar", authorityId: "amr-653101" },
      now,
      database: register.pool,
    });
    expect(farDecided.ok).toBe(true);
    expect((await listingsOf("far")).find((item) => item.id === far)?.removed_by_id).toBe("amr-653101");
  });

  it("automatic removal, where configured, approves cured applications in the cycle and leaves the others pending", async () => {
    const listingId = (await listingsOf("auto")).find((item) => item.report_year === 2026)!.id;
    await fileReport(register.pool, { enterpriseId: planted.auto.id, year: 2026, submittedOn: "2027-07-17", state: "filed-late" });
    const applied = await applyForRemoval({ enterpriseId: planted.auto.id, listingId, actor: "filer:auto", now, database: register.pool });
    if (!applied.ok) throw new Error(applied.reason);
    // An application whose report was never filed (only possible by hand) must stay pending.
    const notCuredListing = (await listingsOf("not-cured")).find((item) => item.report_year === 2026)!.id;
    const [notCured] = await rows<{ id: number }>(
      `INSERT INTO removal_application (listing_id, enterprise_id, applied_at) VALUES ($1, $2, now()) RETURNING id`,
      [notCuredListing, planted["not-cured"].id],
    );

    expect((await cycle("2027-07-21")).removed).toBe(0);
    const counts = await cycle("2027-07-21", { autoRemoval: true });
    expect(counts.removed).toBe(1);
    expect((await listingsOf("auto")).find((item) => item.id === listingId)).toMatchObject({
      removal_reason: "annual-report-filed",
      removed_on: "2027-07-21",
      removed_by_id: planted.auto.authorityId,
    });
    const [application] = await rows<{ state: string; decided_by: string }>(`SELECT state, decided_by FROM removal_application WHERE id = $1`, [applied.applicationId]);
    expect(application).toEqual({ state: "approved", decided_by: AUTO_REMOVAL_DECIDER });
    const [pending] = await rows<{ state: string }>(`SELECT state FROM removal_application WHERE id = $1`, [notCured.id]);
    expect(pending.state).toBe("pending");
    expect(await auditCount(counts.actor, "abnormal.remove")).toBe(1);
    expect(await flags("auto")).toEqual({ is_abnormal: false, is_serious: false });
    expect((await cycle("2027-07-21", { autoRemoval: true })).removed).toBe(0);
  });
});

describe("running it", () => {
  it("lets one run at a time (PostgreSQL advisory lock)", async () => {
    if (register.kind === "pglite") return; // PGlite serves every connection from one session: the lock cannot exclude.
    const holder = await register.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [ANNUAL_CYCLE_LOCK_KEY]);
      const result = await runAnnualCycle({ client: register.pool, asOf: "2027-07-22", actor: "test:busy" });
      expect(result).toEqual({ status: "busy" });
    } finally {
      await holder.end();
    }
  });

  it("runs once a day from the app's schedule", async () => {
    const messages: string[] = [];
    const schedule = startDailyAnnualCycle({ pool: register.pool, intervalMs: 3_600_000, today: () => "2027-07-23", log: (message) => messages.push(message) });
    try {
      expect((await schedule.tick())?.status).toBe("done");
      expect((await schedule.tick())?.status).toBe("already-run");
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^annual cycle 2027-07-23: 0 listed/);
      const [latest] = await rows<{ actor: string; as_of: string }>(`SELECT actor, as_of::text FROM annual_cycle_run ORDER BY id DESC LIMIT 1`);
      expect(latest).toEqual({ actor: "system:annual-cycle", as_of: "2027-07-23" });
    } finally {
      schedule.stop();
    }
  });

  it("computes the third anniversary in SQL as the rules module does (29 February → 28 February)", async () => {
    for (const listedOn of ["2024-02-29", "2024-07-10", "2023-12-31"]) {
      const [row] = await rows<{ due: string }>(`SELECT ($1::date + interval '3 years')::date::text AS due`, [listedOn]);
      expect(row.due).toBe(seriousDueOn(listedOn));
    }
  });

  it("refuses a date that is not a date", async () => {
    await expect(runAnnualCycle({ client: register.pool, asOf: "2027-02-30", actor: "test" })).rejects.toThrow(/as-of date/);
  });
});
