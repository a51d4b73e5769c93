import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { getAnnualReport } from "@/lib/records/companies";
import { getDraft, getFilingOverview, openDraft, saveDraftStep, submitAnnualReport } from "@/lib/records/annual-report-filing";
import type { RawAnswers } from "@/lib/validation/annual-report";
import { requireDatabaseUrl } from "../../support/database";
import { createFilingCompany, type FilingCompany } from "@/prisma/seed/filing-fixtures";

/**
 * The filing journey's data layer on the real database: which years may be filed, drafts,
 * submission (on time and late), publication of published blocks only, amendments and their
 * public history, the short forms. Each test makes its own enterprise (tests/support/filing-company.ts).
 */
const url = requireDatabaseUrl();
let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

const HIDDEN_ASSETS = "4321.987654";
const HIDDEN_CREDITOR = "隐藏的债权人标记";

function companyAnswers(): Record<string, RawAnswers> {
  return {
    basic: { phone: "0991-5551234", postcode: "830000", address: "新疆维吾尔自治区乌鲁木齐市天山区测试路8号", email: "", employees: "１２", operatingState: "open" },
    websites: { hasWebsite: "yes", rows: [{ kind: "website", name: "测试官网", url: "www.example.cn" }] },
    shareholders: { rows: [{ name: "测试股东甲", subscribed: "30", subscribedOn: "2023-01-01", subscribedVia: "currency", paid: "10", paidOn: "2023-02-01", paidVia: "currency" }] },
    investments: { hasInvestments: "no" },
    assets: { publish: "no", totalAssets: HIDDEN_ASSETS, totalLiabilities: "100", ownersEquity: "4221.987654", totalRevenue: "1,200.5", mainRevenue: "1200", totalProfit: "-3", netProfit: "-3", taxPaid: "12" },
    guarantees: { publish: "no", hasGuarantees: "yes", rows: [{ creditor: HIDDEN_CREDITOR, debtor: "某公司", kind: "contract-debt", amount: "50", termFrom: "2024-01-01", termTo: "2025-01-01", period: "period", mode: "joint" }] },
    "equity-changes": { hasEquityTransfer: "no" },
    "social-insurance": {
      publish: "yes",
      rows: Array.from({ length: 5 }, () => ({ insuredCount: "5", contributionBase: "20", paid: "3.5", arrears: "0" })),
    },
  };
}

async function fillDraft(company: FilingCompany, year: number, answers: Record<string, RawAnswers>) {
  for (const [step, raw] of Object.entries(answers)) {
    expect(await saveDraftStep({ enterpriseId: company.id, year, step: step as never, answers: raw })).toBe(true);
  }
}

async function auditActions(enterpriseId: number): Promise<string[]> {
  const { rows } = await client.query<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE enterprise_id = $1 ORDER BY id", [enterpriseId]);
  return rows.map((row) => `${row.actor} ${row.action}`);
}

describe("which years a filer may file", () => {
  it("offers every year from the year of establishment, oldest missing first", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2023-05-10", label: "年份" });
    const overview = await getFilingOverview({ enterpriseId: company.id, today: "2026-03-01" });
    expect(overview?.form).toBe("company");
    expect(overview?.years.map((year) => `${year.year}:${year.state}`)).toEqual(["2025:not-filed", "2024:not-filed", "2023:not-filed"]);
    expect(overview?.nextYear).toBe(2023);

    expect(await openDraft({ enterpriseId: company.id, year: 2025, today: "2026-03-01" })).toEqual({ ok: false, problem: "file-oldest-first", year: 2023 });
    expect(await openDraft({ enterpriseId: company.id, year: 2026, today: "2026-03-01" })).toEqual({ ok: false, problem: "not-due" });
    expect(await openDraft({ enterpriseId: company.id, year: 2022, today: "2026-03-01" })).toEqual({ ok: false, problem: "not-due" });

    const draft = await openDraft({ enterpriseId: company.id, year: 2023, today: "2026-03-01" });
    expect(draft.ok).toBe(true);
    // A first report starts from the register: the address and the registered contributions.
    expect(draft.ok && draft.answers.basic?.address).toBe("新疆维吾尔自治区乌鲁木齐市天山区测试路8号");
    expect(draft.ok && draft.answers.shareholders?.rows).toEqual([
      { name: "测试股东甲", subscribed: "30", subscribedOn: "2023-01-01", subscribedVia: "currency", paid: "10", paidOn: "2023-02-01", paidVia: "currency" },
    ]);
  });

  it("keeps answers as typed, valid or not, and refuses to submit until every page is right", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "草稿" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-02-01" });
    await saveDraftStep({ enterpriseId: company.id, year: 2024, step: "basic", answers: { phone: "not a phone", employees: "x" } });
    expect((await getDraft({ enterpriseId: company.id, year: 2024 }))?.answers.basic).toEqual({ phone: "not a phone", employees: "x" });
    const result = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-02-01" });
    expect(result).toEqual({ ok: false, problem: "invalid", invalidSteps: ["basic", "websites", "investments", "assets", "guarantees", "equity-changes", "social-insurance"] });
    expect(await getAnnualReport({ uscc: company.uscc, year: 2024 })).toBeNull();
  });
});

describe("submitting", () => {
  it("publishes the report at once, with only the blocks the company chose to publish", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "按时" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-04-01" });
    await fillDraft(company, 2024, companyAnswers());
    const result = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-04-01" });
    expect(result).toMatchObject({ ok: true, state: "filed", isAmendment: false });
    expect(result.ok && result.referenceNumber).toMatch(/^NB2024-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(await getDraft({ enterpriseId: company.id, year: 2024 })).toBeNull();

    const report = await getAnnualReport({ uscc: company.uscc, year: 2024 });
    expect(report).toMatchObject({ year: 2024, state: "filed", submittedOn: "2025-04-01", form: "company" });
    expect(report?.basic).toMatchObject({ phone: "0991-5551234", employees: 12, hasWebsite: true, operatingState: "open" });
    expect(report?.websites).toEqual([{ kind: "website", name: "测试官网", url: "http://www.example.cn/" }]);
    expect(report?.assets).toEqual({ isPublished: false });
    expect(report?.guarantees).toEqual({ isPublished: false });
    expect(report?.socialInsurance).toMatchObject({ isPublished: true });
    const json = JSON.stringify(report);
    expect(json).not.toContain(HIDDEN_ASSETS);
    expect(json).not.toContain(HIDDEN_CREDITOR);
    // Stored exactly (6 decimals, thousands separators gone).
    const stored = await client.query("SELECT total_assets::text, total_revenue::text FROM annual_report WHERE enterprise_id = $1", [company.id]);
    expect(stored.rows[0]).toEqual({ total_assets: "4321.987654", total_revenue: "1200.500000" });

    expect(await auditActions(company.id)).toEqual([`filer:${company.uscc} annual-report.submit`]);
    const audit = await client.query("SELECT detail::text FROM audit_log WHERE enterprise_id = $1", [company.id]);
    expect(audit.rows[0].detail).not.toContain(HIDDEN_ASSETS);

    // The same year cannot be filed twice.
    expect(await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-04-02" })).toEqual({ ok: false, problem: "already-filed" });
  });

  it("marks a report first submitted after 30 June as filed late", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "逾期" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-07-01" });
    await fillDraft(company, 2024, companyAnswers());
    const result = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-07-01" });
    expect(result).toMatchObject({ ok: true, state: "filed-late" });
    expect((await getAnnualReport({ uscc: company.uscc, year: 2024 }))?.state).toBe("filed-late");
  });

  it("files the short form for an individual business", async () => {
    const company = await createFilingCompany(url, { type: "individual-business", establishedOn: "2024-06-01", label: "个体" });
    const draft = await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
    expect(draft.ok && draft.form).toBe("individual");
    await fillDraft(company, 2024, {
      basic: { phone: "13912345678", postcode: "830001", address: "乌鲁木齐市天山区测试路8号", employees: "2", operatingState: "open" },
      websites: { hasWebsite: "no" },
      assets: { publish: "yes", totalRevenue: "35.6", taxPaid: "0" },
    });
    const result = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" });
    expect(result).toMatchObject({ ok: true, state: "filed" });
    const report = await getAnnualReport({ uscc: company.uscc, year: 2024 });
    expect(report?.form).toBe("individual");
    expect(report?.assets).toMatchObject({ isPublished: true, totalRevenue: "35.6", taxPaid: "0", totalAssets: null });
    expect(report?.contributions).toEqual([]);
  });
});

describe("amending", () => {
  it("records each changed item publicly, and keeps the changes of a withheld block withheld", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "修改" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
    await fillDraft(company, 2024, companyAnswers());
    const filed = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" });
    expect(filed.ok).toBe(true);

    const draft = await openDraft({ enterpriseId: company.id, year: 2024, purpose: "amend", today: "2025-05-20" });
    expect(draft).toMatchObject({ ok: true, isAmendment: true });
    expect(draft.ok && draft.answers.assets?.totalAssets).toBe(HIDDEN_ASSETS);
    const answers = companyAnswers();
    await fillDraft(company, 2024, {
      basic: { ...answers.basic, phone: "0991-7776666", employees: "12" },
      assets: { ...answers.assets, totalAssets: "5000" },
    });
    const amended = await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-05-20" });
    expect(amended).toMatchObject({ ok: true, isAmendment: true, amendments: 2, referenceNumber: filed.ok ? filed.referenceNumber : "" });

    const report = await getAnnualReport({ uscc: company.uscc, year: 2024 });
    expect(report?.basic.phone).toBe("0991-7776666");
    // "１２" and "12" are the same answer: no amendment for the employees.
    expect(report?.amendments).toEqual([{ item: "phone", before: "0991-5551234", after: "0991-7776666", amendedOn: "2025-05-20" }]);
    const stored = await client.query("SELECT item, before, after FROM annual_report_amendment a JOIN annual_report r ON r.id = a.report_id WHERE r.enterprise_id = $1 ORDER BY a.id", [company.id]);
    expect(stored.rows).toEqual([
      { item: "phone", before: "0991-5551234", after: "0991-7776666" },
      { item: "total-assets", before: HIDDEN_ASSETS, after: "5000" },
    ]);
    expect(JSON.stringify(report)).not.toContain(HIDDEN_ASSETS);
    expect(await auditActions(company.id)).toEqual([`filer:${company.uscc} annual-report.submit`, `filer:${company.uscc} annual-report.amend`]);
  });

  it("closes amendments after the deadline", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2024-02-01", label: "过期修改" });
    await openDraft({ enterpriseId: company.id, year: 2024, today: "2025-03-01" });
    await fillDraft(company, 2024, companyAnswers());
    await submitAnnualReport({ enterpriseId: company.id, year: 2024, actor: `filer:${company.uscc}`, today: "2025-03-01" });
    expect(await openDraft({ enterpriseId: company.id, year: 2024, purpose: "amend", today: "2025-07-01" })).toEqual({ ok: false, problem: "amend-closed" });
    const overview = await getFilingOverview({ enterpriseId: company.id, today: "2025-07-01" });
    expect(overview?.years.find((year) => year.year === 2024)?.canAmend).toBe(false);
  });
});
