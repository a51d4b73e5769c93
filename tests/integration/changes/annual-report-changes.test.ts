import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_CHANGE_LOCK_KEY } from "@/lib/changes/public-changes";
import { openDraft, saveDraftStep, submitAnnualReport } from "@/lib/records/annual-report-filing";
import type { RawAnswers, StepId } from "@/lib/validation/annual-report";
import { createFilingCompany, type FilingCompany } from "@/prisma/seed/filing-fixtures";
import { requireDatabaseUrl } from "../../support/database";
import { failWritesOf, feedLines, feedRowsOf, lastFeedId } from "../../support/public-changes";

/**
 * The changes feed's rows for annual reports (lib/records/annual-report-filing.ts): a submission
 * is "annual-report created <year>", an amendment the public can see "annual-report updated
 * <year>", written last in the submission's transaction, under the feed's lock. Each test files
 * for an enterprise of its own on the shared test database.
 */
const url = requireDatabaseUrl();
let client: Client;
let isPglite = false;

beforeAll(async () => {
  client = new Client({ connectionString: url });
  await client.connect();
  isPglite = (await client.query<{ version: string }>("SELECT version()")).rows[0].version.includes("PGlite");
});
afterAll(async () => {
  await client.end();
});

const HIDDEN_ASSETS = "4321.987654";

function answers(): Record<string, RawAnswers> {
  return {
    basic: { phone: "0991-5551234", postcode: "830000", address: "新疆维吾尔自治区乌鲁木齐市天山区测试路8号", email: "", employees: "12", operatingState: "open" },
    websites: { hasWebsite: "no" },
    shareholders: { rows: [{ name: "测试股东甲", subscribed: "30", subscribedOn: "2023-01-01", subscribedVia: "currency", paid: "10", paidOn: "2023-02-01", paidVia: "currency" }] },
    investments: { hasInvestments: "no" },
    assets: { publish: "no", totalAssets: HIDDEN_ASSETS, totalLiabilities: "100", ownersEquity: "4221.987654", totalRevenue: "1200", mainRevenue: "1200", totalProfit: "-3", netProfit: "-3", taxPaid: "12" },
    guarantees: { publish: "no", hasGuarantees: "no" },
    "equity-changes": { hasEquityTransfer: "no" },
    "social-insurance": { publish: "yes", rows: Array.from({ length: 5 }, () => ({ insuredCount: "5", contributionBase: "20", paid: "3.5", arrears: "0" })) },
  };
}

async function fill(company: FilingCompany, year: number, steps: Record<string, RawAnswers>): Promise<void> {
  for (const [step, raw] of Object.entries(steps)) {
    expect(await saveDraftStep({ enterpriseId: company.id, year, step: step as StepId, answers: raw })).toBe(true);
  }
}

/** A company with its 2024 report filed on 2025-03-01 (the feed's cursor before it is returned too). */
async function filedCompany(label: string): Promise<{ company: FilingCompany; before: string }> {
  const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label });
  const before = await lastFeedId(client);
  await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
  await fill(company, 2024, answers());
  const filed = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" });
  expect(filed.ok).toBe(true);
  return { company, before };
}

async function amend(company: FilingCompany, steps: Record<string, RawAnswers>) {
  const draft = await openDraft({ enterpriseId: company.id, year: 2024, purpose: "amend", today: "2025-05-20" });
  expect(draft.ok).toBe(true);
  await fill(company, 2024, steps);
  return submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-05-20", now: new Date("2025-05-20T03:00:00Z") });
}

describe("annual reports in the changes feed", () => {
  it("lists a submission once, as the report year, at the moment of submission", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2023-02-01", label: "变更提交" });
    const before = await lastFeedId(client);
    const submitted = new Date("2025-03-01T04:05:06.789Z");
    for (const year of [2023, 2024]) {
      await openDraft({ enterpriseId: company.id, year, today: "2025-03-01" });
      await fill(company, year, answers());
      expect((await submitAnnualReport({ enterpriseId: company.id, year, actor: `filer:${company.uscc}`, today: "2025-03-01", now: submitted })).ok).toBe(true);
    }
    const rows = await feedRowsOf(client, company.id);
    expect(feedLines(rows)).toEqual(["annual-report created 2023", "annual-report created 2024"]);
    expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(before));
    expect(BigInt(rows[1].id)).toBeGreaterThan(BigInt(rows[0].id));
    expect(rows[0].at.toISOString()).toBe(submitted.toISOString());
    // Submitting the same year again is refused and adds nothing.
    expect(await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-02" })).toEqual({ ok: false, problem: "already-filed" });
    expect(await feedRowsOf(client, company.id)).toHaveLength(2);
  });

  it("lists an amendment the public can see as updated, and not one of withheld values only", async () => {
    const { company } = await filedCompany("变更修改");
    const base = answers();
    // Only the withheld asset block changes: the public sees nothing new, the feed must not say "something changed".
    const hidden = await amend(company, { assets: { ...base.assets, totalAssets: "5000" } });
    expect(hidden).toMatchObject({ ok: true, isAmendment: true, amendments: 1 });
    expect(feedLines(await feedRowsOf(client, company.id))).toEqual(["annual-report created 2024"]);

    const visible = await amend(company, { basic: { ...base.basic, phone: "0991-7776666" } });
    expect(visible).toMatchObject({ ok: true, isAmendment: true, amendments: 1 });
    // Publishing a block that was withheld is a public change even when no value changed.
    const published = await amend(company, { guarantees: { ...base.guarantees, publish: "yes" } });
    expect(published).toMatchObject({ ok: true, isAmendment: true, amendments: 0 });
    const rows = await feedRowsOf(client, company.id);
    expect(feedLines(rows)).toEqual(["annual-report created 2024", "annual-report updated 2024", "annual-report updated 2024"]);
    expect(rows[1].at.toISOString()).toBe("2025-05-20T03:00:00.000Z");
  });

  it("writes no feed row when the submission fails, and no submission when the feed row fails", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "变更失败" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
    await fill(company, 2024, answers());
    const submit = () => submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" });
    const reports = async () => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM annual_report WHERE enterprise_id = $1", [company.id])).rows[0].n);
    const audits = async () => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE enterprise_id = $1", [company.id])).rows[0].n);

    let restore = await failWritesOf(client, { table: "audit_log", enterpriseId: company.id });
    try {
      await expect(submit()).rejects.toThrow(/planted failure/);
    } finally {
      await restore();
    }
    expect(await reports()).toBe(0);
    expect(await feedRowsOf(client, company.id)).toEqual([]);

    restore = await failWritesOf(client, { table: "public_change", enterpriseId: company.id });
    try {
      await expect(submit()).rejects.toThrow(/planted failure/);
    } finally {
      await restore();
    }
    expect(await reports()).toBe(0);
    expect(await audits()).toBe(0);

    expect((await submit()).ok).toBe(true);
    expect(feedLines(await feedRowsOf(client, company.id))).toEqual(["annual-report created 2024"]);
  });

  it("waits for the feed's lock (longer than Prisma's default time limit), so its row comes after a change committed before it", async () => {
    if (isPglite) return; // PGlite serves every connection from one session: an advisory lock cannot make another wait.
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "变更顺序" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
    await fill(company, 2024, answers());
    const other = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "变更顺序另一" });
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      // Another writer in the middle of its commit: it holds the lock and has its row, with a smaller id, not yet visible.
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock($1::bigint)", [PUBLIC_CHANGE_LOCK_KEY]);
      const held = await holder.query<{ id: string }>(
        "INSERT INTO public_change (enterprise_id, kind, action, record_id) VALUES ($1, 'penalty', 'created', '1') RETURNING id::text",
        [other.id],
      );
      let isDone = false;
      const submitting = submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" }).then((result) => {
        isDone = true;
        return result;
      });
      // The submission's transaction is seen waiting for the feed's lock, and does not finish while it waits.
      const waiting = async () =>
        Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0].n);
      for (let tries = 0; tries < 100 && (await waiting()) === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await waiting()).toBeGreaterThan(0);
      // Longer than Prisma's default 5 s transaction limit, as behind the yearly cycle's 1 July listing.
      await new Promise((resolve) => setTimeout(resolve, 5500));
      expect(isDone).toBe(false);
      await holder.query("COMMIT");
      expect((await submitting).ok).toBe(true);
      const [row] = await feedRowsOf(client, company.id);
      expect(BigInt(row.id)).toBeGreaterThan(BigInt(held.rows[0].id));
    } finally {
      await holder.query("ROLLBACK").catch(() => undefined);
      await holder.end();
    }
  });
});
