import { randomInt } from "node:crypto";
import { FEED_WRITER_TRANSACTION_TIMEOUT_MS, recordPublicChanges, type Queryable } from "@/lib/changes/public-changes";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findEnterpriseType } from "@/lib/dictionaries/enterprise-types";
import { filingDeadline, filingState, reportYearsOpen } from "@/lib/rules/annual-reporting";
import { registerToday } from "@/lib/rules/publicity";
import { annualReportSelect } from "./company-select";
import { blockOfAmendmentItem } from "./public-projection";
import { INSURANCE_KINDS, STEPS_OF_FORM, checkReport, type RawAnswers, type RawRow, type ReportAnswers, type ReportForm, type StepId } from "@/lib/validation/annual-report";

/**
 * Filing an annual report online: the years a filer may file, the draft saved at every step,
 * the submission (public at once, published blocks only) and amendments with their public
 * history. The filer's identity comes from the session (lib/auth/session.ts); every function
 * here takes the enterprise id from it, never from the request.
 */

export type DraftAnswers = Partial<Record<StepId, RawAnswers>>;

export type YearState = "filed" | "filed-late" | "not-filed";

export type FilingYear = {
  year: number;
  state: YearState;
  deadline: string;
  referenceNumber: string | null;
  submittedOn: string | null;
  /** A filed report may be amended until its deadline. */
  canAmend: boolean;
  draft: { updatedAt: string; isAmendment: boolean } | null;
};

export type FilingOverview = {
  enterpriseId: number;
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  form: ReportForm | null;
  years: FilingYear[];
  /** The year to file next: missed years are filed oldest first. */
  nextYear: number | null;
  openListings: number;
};

function day(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** Everything the filer's dashboard shows, newest year first. */
export async function getFilingOverview({ enterpriseId, today = registerToday() }: { enterpriseId: number; today?: string }): Promise<FilingOverview | null> {
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      id: true,
      uscc: true,
      nameZh: true,
      nameUg: true,
      type: true,
      establishedOn: true,
      annualReports: { select: { year: true, state: true, submittedOn: true, referenceNumber: true } },
      drafts: { select: { year: true, updatedAt: true, amendsReportId: true } },
      _count: { select: { abnormalListings: { where: { removedOn: null } } } },
    },
  });
  if (enterprise === null) return null;
  const form = findEnterpriseType(enterprise.type)?.annualReportForm ?? null;
  const reports = new Map(enterprise.annualReports.map((report) => [report.year, report]));
  const drafts = new Map(enterprise.drafts.map((draft) => [draft.year, draft]));
  const years = form === null ? [] : reportYearsOpen({ establishedOn: day(enterprise.establishedOn), today });
  const filingYears: FilingYear[] = years.map((year) => {
    const report = reports.get(year);
    const draft = drafts.get(year);
    return {
      year,
      state: report ? (report.state as YearState) : "not-filed",
      deadline: filingDeadline(year),
      referenceNumber: report?.referenceNumber ?? null,
      submittedOn: report ? day(report.submittedOn) : null,
      canAmend: report !== undefined && today <= filingDeadline(year),
      draft: draft ? { updatedAt: draft.updatedAt.toISOString(), isAmendment: draft.amendsReportId !== null } : null,
    };
  });
  const nextYear = filingYears.find((year) => year.state === "not-filed")?.year ?? null;
  return {
    enterpriseId: enterprise.id,
    uscc: enterprise.uscc,
    nameZh: enterprise.nameZh,
    nameUg: enterprise.nameUg,
    form,
    years: filingYears.reverse(),
    nextYear,
    openListings: enterprise._count.abnormalListings,
  };
}

export type DraftView = {
  year: number;
  form: ReportForm;
  answers: DraftAnswers;
  isAmendment: boolean;
};

/**
 * Why a filer may not work on `year`'s report now. "file-oldest-first" carries the year to file
 * first; "not-due" covers years before the first report year and the current year.
 */
export type YearProblem = { problem: "not-due" } | { problem: "file-oldest-first"; year: number } | { problem: "already-filed" } | { problem: "amend-closed" } | { problem: "no-report-form" };

/** The draft of `year`, or why there can be none. Creates it (prefilled) on first use. */
export async function openDraft({
  enterpriseId,
  year,
  purpose = "file",
  today = registerToday(),
}: {
  enterpriseId: number;
  year: number;
  purpose?: "file" | "amend";
  today?: string;
}): Promise<({ ok: true } & DraftView) | ({ ok: false } & YearProblem)> {
  const overview = await getFilingOverview({ enterpriseId, today });
  if (overview === null || overview.form === null) return { ok: false, problem: "no-report-form" };
  const form = overview.form;
  const entry = overview.years.find((candidate) => candidate.year === year);
  if (entry === undefined) return { ok: false, problem: "not-due" };
  const existing = await db.annualReportDraft.findUnique({ where: { enterpriseId_year: { enterpriseId, year } }, select: { answers: true, amendsReportId: true } });
  if (existing) return { ok: true, year, form, answers: existing.answers as DraftAnswers, isAmendment: existing.amendsReportId !== null };

  if (entry.state !== "not-filed") {
    if (purpose !== "amend") return { ok: false, problem: "already-filed" };
    if (!entry.canAmend) return { ok: false, problem: "amend-closed" };
    const report = await db.annualReport.findUniqueOrThrow({ where: { enterpriseId_year: { enterpriseId, year } }, select: filedReportSelect });
    const answers = answersOfReport(report);
    await db.annualReportDraft.create({ data: { enterpriseId, year, amendsReportId: report.id, answers } });
    return { ok: true, year, form, answers, isAmendment: true };
  }
  if (overview.nextYear !== year) return { ok: false, problem: "file-oldest-first", year: overview.nextYear ?? year };
  const answers = await prefilledAnswers(enterpriseId, year);
  await db.annualReportDraft.create({ data: { enterpriseId, year, answers } });
  return { ok: true, year, form, answers, isAmendment: false };
}

/** The draft as it stands (null when there is none). */
export async function getDraft({ enterpriseId, year }: { enterpriseId: number; year: number }): Promise<DraftView | null> {
  const row = await db.annualReportDraft.findUnique({
    where: { enterpriseId_year: { enterpriseId, year } },
    select: { answers: true, amendsReportId: true, enterprise: { select: { type: true } } },
  });
  const form = row ? findEnterpriseType(row.enterprise.type)?.annualReportForm : null;
  if (!row || !form) return null;
  return { year, form, answers: row.answers as DraftAnswers, isAmendment: row.amendsReportId !== null };
}

/** Keeps a step's answers as typed (valid or not): the filer can stop and resume at any time. */
export async function saveDraftStep({ enterpriseId, year, step, answers }: { enterpriseId: number; year: number; step: StepId; answers: RawAnswers }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const draft = await tx.annualReportDraft.findUnique({ where: { enterpriseId_year: { enterpriseId, year } }, select: { id: true, answers: true } });
    if (draft === null) return false;
    const next = { ...(draft.answers as DraftAnswers), [step]: answers };
    await tx.annualReportDraft.update({ where: { id: draft.id }, data: { answers: next } });
    return true;
  });
}

/** Throws the draft away (the filer chose to start again, or to stop amending). */
export async function discardDraft({ enterpriseId, year }: { enterpriseId: number; year: number }): Promise<void> {
  await db.annualReportDraft.deleteMany({ where: { enterpriseId, year } });
}

export type Submission =
  | { ok: true; referenceNumber: string; state: "filed" | "filed-late"; isAmendment: boolean; amendments: number }
  | { ok: false; problem: "no-draft" }
  | { ok: false; problem: "invalid"; invalidSteps: StepId[] }
  | ({ ok: false } & YearProblem);

/**
 * Submits `year`'s draft: the whole report is checked again, then written, made public (published
 * blocks only) and logged in one transaction. An amendment rewrites the report and adds one public
 * amendment row per changed item. The public changes feed gets the report (kind annual-report,
 * record id the report year, as in the report's public address): "created" for a submission,
 * "updated" for an amendment the public can see (isAmendmentPublic).
 */
export async function submitAnnualReport({
  enterpriseId,
  year,
  actor,
  today = registerToday(),
  now = new Date(),
}: {
  enterpriseId: number;
  year: number;
  actor: string;
  today?: string;
  now?: Date;
}): Promise<Submission> {
  const draft = await db.annualReportDraft.findUnique({
    where: { enterpriseId_year: { enterpriseId, year } },
    select: { id: true, answers: true, amendsReportId: true, enterprise: { select: { type: true, nameZh: true } } },
  });
  if (draft === null) return { ok: false, problem: "no-draft" };
  const form = findEnterpriseType(draft.enterprise.type)?.annualReportForm;
  if (!form) return { ok: false, problem: "no-report-form" };
  const checked = checkReport(draft.answers as DraftAnswers, { form, year });
  if (!checked.ok) return { ok: false, problem: "invalid", invalidSteps: checked.invalidSteps };
  const answers = checked.value;

  if (draft.amendsReportId !== null) {
    if (today > filingDeadline(year)) return { ok: false, problem: "amend-closed" };
    return db.$transaction(async (tx) => {
      const before = await tx.annualReport.findUniqueOrThrow({ where: { id: draft.amendsReportId! }, select: filedReportSelect });
      const changes = amendmentItems(answersOfReport(before), answers, { form, year });
      await tx.annualReport.update({ where: { id: before.id }, data: reportColumns(answers, form) });
      await replaceReportRows(tx, before.id, answers);
      if (changes.length > 0) {
        await tx.annualReportAmendment.createMany({ data: changes.map((change) => ({ reportId: before.id, ...change, amendedOn: new Date(`${today}T00:00:00Z`) })) });
      }
      await tx.annualReportDraft.delete({ where: { id: draft.id } });
      await tx.auditLog.create({
        data: { actor, action: "annual-report.amend", entityType: "annual_report", entityId: String(before.id), enterpriseId, detail: { year, items: changes.map((change) => change.item) } },
      });
      await tx.enterprise.update({ where: { id: enterpriseId }, data: { updatedAt: now } });
      if (isAmendmentPublic(before, reportColumns(answers, form), changes)) {
        await recordPublicChanges(queryableOf(tx), [{ enterpriseId, kind: "annual-report", action: "updated", recordId: year }], now);
      }
      return { ok: true as const, referenceNumber: before.referenceNumber ?? "", state: before.state as "filed" | "filed-late", isAmendment: true, amendments: changes.length };
    }, { timeout: FEED_WRITER_TRANSACTION_TIMEOUT_MS });
  }

  const state = filingState(year, today);
  const referenceNumber = newReferenceNumber(year);
  return db.$transaction(async (tx) => {
    const existing = await tx.annualReport.findUnique({ where: { enterpriseId_year: { enterpriseId, year } }, select: { id: true } });
    if (existing) return { ok: false as const, problem: "already-filed" as const };
    const report = await tx.annualReport.create({
      data: {
        enterpriseId,
        year,
        form,
        state,
        submittedOn: new Date(`${today}T00:00:00Z`),
        submittedAt: now,
        referenceNumber,
        name: draft.enterprise.nameZh,
        ...reportColumns(answers, form),
      },
      select: { id: true },
    });
    await replaceReportRows(tx, report.id, answers);
    await tx.annualReportDraft.delete({ where: { id: draft.id } });
    await tx.auditLog.create({
      data: { actor, action: "annual-report.submit", entityType: "annual_report", entityId: String(report.id), enterpriseId, detail: { year, state, referenceNumber } },
    });
    await tx.enterprise.update({ where: { id: enterpriseId }, data: { updatedAt: now } });
    await recordPublicChanges(queryableOf(tx), [{ enterpriseId, kind: "annual-report", action: "created", recordId: year }], now);
    return { ok: true as const, referenceNumber, state, isAmendment: false, amendments: 0 };
  }, { timeout: FEED_WRITER_TRANSACTION_TIMEOUT_MS });
}

/** A Prisma transaction as the changes feed's writer takes it. */
function queryableOf(tx: Prisma.TransactionClient): Queryable {
  return { query: (sql, parameters) => tx.$executeRawUnsafe(sql, ...parameters) };
}

type PublishFlags = { publishAssets: boolean; publishGuarantees: boolean; publishSocialInsurance: boolean };

/**
 * Whether an amendment changed what the public sees of the report: a block published or withheld
 * from now on, or a changed item outside the blocks withheld after it. An amendment of withheld
 * values only is no public change: a feed row would tell that a withheld block changed.
 */
export function isAmendmentPublic(before: PublishFlags, after: PublishFlags, changes: readonly { item: string }[]): boolean {
  if (before.publishAssets !== after.publishAssets || before.publishGuarantees !== after.publishGuarantees || before.publishSocialInsurance !== after.publishSocialInsurance) {
    return true;
  }
  const isPublished = { assets: after.publishAssets, guarantees: after.publishGuarantees, "social-insurance": after.publishSocialInsurance };
  return changes.some((change) => {
    const block = blockOfAmendmentItem(change.item);
    return block === null || isPublished[block];
  });
}

/** The confirmation page's facts about a filed report. */
export async function getFiledReport({ enterpriseId, year }: { enterpriseId: number; year: number }) {
  return db.annualReport.findUnique({
    where: { enterpriseId_year: { enterpriseId, year } },
    select: { year: true, state: true, submittedOn: true, submittedAt: true, referenceNumber: true },
  });
}

/** Crockford base32 without I, L, O, U: readable over the phone. */
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "NB2025-7KQ3M9XD": the year and 8 random characters (40 bits). */
export function newReferenceNumber(year: number): string {
  let random = "";
  for (let i = 0; i < 8; i++) random += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `NB${year}-${random}`;
}

// ——— between stored reports and answers ———

/** A filed report as the filer's own answers need it: the public select's columns (withheld blocks
 * included: this is the filer's report), with its id and reference number, without the public extras. */
const { enterprise: _enterprise, amendments: _amendments, ...publicReportColumns } = annualReportSelect;
const filedReportSelect = { ...publicReportColumns, id: true, referenceNumber: true } satisfies Prisma.AnnualReportSelect;

type FiledReport = Prisma.AnnualReportGetPayload<{ select: typeof filedReportSelect }>;

function text(value: { toString(): string } | null | undefined): string {
  return value === null || value === undefined ? "" : value.toString();
}

function optionalDay(value: Date | null): string {
  return value ? day(value) : "";
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

type ContributionRow = FiledReport["contributions"][number];

/** A contribution (filed, or registered) as the shareholders page's answers. */
function contributionAnswers(row: ContributionRow): RawRow {
  return {
    name: row.shareholderName,
    subscribed: text(row.subscribed),
    subscribedOn: optionalDay(row.subscribedOn),
    subscribedVia: row.subscribedVia,
    paid: text(row.paid),
    paidOn: optionalDay(row.paidOn),
    paidVia: text(row.paidVia),
  };
}

/** A filed report as the answers that would produce it (to amend it). */
function answersOfReport(report: FiledReport): DraftAnswers {
  const insurance = new Map(report.socialInsurance.map((row) => [row.kind, row]));
  return {
    basic: {
      phone: text(report.phone),
      postcode: text(report.postcode),
      address: text(report.address),
      email: text(report.email),
      employees: text(report.employees),
      operatingState: text(report.operatingState),
      memberCount: text(report.memberCount),
    },
    websites: { hasWebsite: yesNo(report.websites.length > 0), rows: report.websites.map((site) => ({ kind: site.kind, name: site.name, url: site.url })) },
    shareholders: { rows: report.contributions.map(contributionAnswers) },
    investments: { hasInvestments: yesNo(report.investments.length > 0), rows: report.investments.map((row) => ({ name: row.investeeName, uscc: text(row.investeeUscc) })) },
    assets: {
      publish: yesNo(report.publishAssets),
      totalAssets: text(report.totalAssets),
      ownersEquity: text(report.ownersEquity),
      totalRevenue: text(report.totalRevenue),
      mainRevenue: text(report.mainRevenue),
      totalProfit: text(report.totalProfit),
      netProfit: text(report.netProfit),
      taxPaid: text(report.taxPaid),
      totalLiabilities: text(report.totalLiabilities),
    },
    guarantees: {
      publish: yesNo(report.publishGuarantees),
      hasGuarantees: yesNo(report.guarantees.length > 0),
      rows: report.guarantees.map((row) => ({
        creditor: row.creditor,
        debtor: row.debtor,
        kind: row.kind,
        amount: text(row.amount),
        termFrom: day(row.termFrom),
        termTo: day(row.termTo),
        period: row.period,
        mode: row.mode,
      })),
    },
    "equity-changes": {
      hasEquityTransfer: yesNo(report.equityChanges.length > 0),
      rows: report.equityChanges.map((row) => ({ shareholderName: row.shareholderName, ratioBefore: text(row.ratioBefore), ratioAfter: text(row.ratioAfter), changedOn: day(row.changedOn) })),
    },
    "social-insurance": {
      publish: yesNo(report.publishSocialInsurance),
      rows: INSURANCE_KINDS.map((kind) => {
        const row = insurance.get(kind);
        return { insuredCount: text(row?.insuredCount), contributionBase: text(row?.contributionBase), paid: text(row?.paid), arrears: text(row?.arrears) };
      }),
    },
  };
}

/**
 * A new draft starts from what is known: last year's report (contact details, websites,
 * contributions) or, for a first report, the register (address, registered contributions).
 */
async function prefilledAnswers(enterpriseId: number, year: number): Promise<DraftAnswers> {
  const previous = await db.annualReport.findFirst({ where: { enterpriseId, year: { lt: year } }, orderBy: { year: "desc" }, select: filedReportSelect });
  if (previous) {
    const answers = answersOfReport(previous);
    return { basic: answers.basic, websites: answers.websites, shareholders: answers.shareholders };
  }
  const enterprise = await db.enterprise.findUniqueOrThrow({
    where: { id: enterpriseId },
    select: { address: true, contributions: { select: { shareholderName: true, subscribed: true, subscribedOn: true, subscribedVia: true, paid: true, paidOn: true, paidVia: true }, orderBy: { id: "asc" } } },
  });
  return {
    basic: { address: enterprise.address },
    shareholders: { rows: enterprise.contributions.map(contributionAnswers) },
  };
}

function reportColumns(answers: ReportAnswers, form: ReportForm) {
  const { basic, assets } = answers;
  const isCompany = form === "company";
  return {
    phone: basic.phone,
    postcode: basic.postcode,
    address: basic.address,
    email: basic.email,
    employees: basic.employees,
    operatingState: basic.operatingState,
    memberCount: basic.memberCount,
    hasWebsite: answers.websites.rows.length > 0,
    hasInvestments: (answers.investments?.rows.length ?? 0) > 0,
    hasEquityTransfer: (answers["equity-changes"]?.rows.length ?? 0) > 0,
    publishAssets: assets.publish === "yes",
    totalAssets: assets.totalAssets,
    ownersEquity: assets.ownersEquity,
    totalRevenue: assets.totalRevenue,
    mainRevenue: assets.mainRevenue,
    totalProfit: assets.totalProfit,
    netProfit: assets.netProfit,
    taxPaid: assets.taxPaid,
    totalLiabilities: assets.totalLiabilities,
    // The short forms have no guarantee or social-insurance block to withhold.
    publishGuarantees: isCompany ? answers.guarantees?.publish === "yes" : true,
    publishSocialInsurance: isCompany ? answers["social-insurance"]?.publish === "yes" : true,
  };
}

async function replaceReportRows(tx: Prisma.TransactionClient, reportId: number, answers: ReportAnswers): Promise<void> {
  // One statement at a time: a transaction holds one connection.
  await tx.annualReportWebsite.deleteMany({ where: { reportId } });
  await tx.annualReportContribution.deleteMany({ where: { reportId } });
  await tx.annualReportInvestment.deleteMany({ where: { reportId } });
  await tx.annualReportGuarantee.deleteMany({ where: { reportId } });
  await tx.annualReportEquityChange.deleteMany({ where: { reportId } });
  await tx.annualReportSocialInsurance.deleteMany({ where: { reportId } });
  const date = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00Z`));
  const { websites, shareholders, investments, guarantees } = answers;
  const equity = answers["equity-changes"];
  const insurance = answers["social-insurance"];
  if (websites.rows.length > 0) await tx.annualReportWebsite.createMany({ data: websites.rows.map((site) => ({ reportId, ...site })) });
  if (shareholders && shareholders.rows.length > 0) {
    await tx.annualReportContribution.createMany({
      data: shareholders.rows.map((row) => ({
        reportId,
        shareholderName: row.name,
        subscribed: row.subscribed,
        subscribedOn: date(row.subscribedOn),
        subscribedVia: row.subscribedVia,
        paid: row.paid,
        paidOn: date(row.paidOn),
        paidVia: row.paidVia,
      })),
    });
  }
  if (investments && investments.rows.length > 0) {
    await tx.annualReportInvestment.createMany({ data: investments.rows.map((row) => ({ reportId, investeeName: row.name, investeeUscc: row.uscc })) });
  }
  if (guarantees && guarantees.rows.length > 0) {
    await tx.annualReportGuarantee.createMany({ data: guarantees.rows.map((row) => ({ reportId, ...row, termFrom: date(row.termFrom)!, termTo: date(row.termTo)! })) });
  }
  if (equity && equity.rows.length > 0) {
    await tx.annualReportEquityChange.createMany({ data: equity.rows.map((row) => ({ reportId, ...row, changedOn: date(row.changedOn)! })) });
  }
  if (insurance) await tx.annualReportSocialInsurance.createMany({ data: insurance.rows.map((row) => ({ reportId, ...row })) });
}

// ——— amendment history ———

type AmendmentItem = { item: string; before: string; after: string };

const BASIC_ITEMS: [field: string, item: string][] = [
  ["phone", "phone"],
  ["email", "email"],
  ["address", "address"],
  ["postcode", "postcode"],
  ["employees", "employees"],
  ["operatingState", "operating-state"],
  ["memberCount", "member-count"],
];
const ASSET_ITEMS: [field: string, item: string][] = [
  ["totalAssets", "total-assets"],
  ["ownersEquity", "owners-equity"],
  ["totalRevenue", "total-revenue"],
  ["mainRevenue", "main-revenue"],
  ["totalProfit", "total-profit"],
  ["netProfit", "net-profit"],
  ["taxPaid", "tax-paid"],
  ["totalLiabilities", "total-liabilities"],
];
/** Table answers are recorded as one item each, the rows written out as text. */
const TABLE_ITEMS: [step: StepId, item: string][] = [
  ["websites", "website"],
  ["shareholders", "contributions"],
  ["investments", "investments"],
  ["guarantees", "guarantees"],
  ["equity-changes", "equity-changes"],
  ["social-insurance", "social-insurance"],
];

/**
 * The public amendment rows: each changed field of the basic and asset blocks, and each changed
 * table, compared on the checked (normalised) values so "1,000" and "1000" are no change.
 */
function amendmentItems(before: DraftAnswers, next: ReportAnswers, { form, year }: { form: ReportForm; year: number }): AmendmentItem[] {
  const old = checkReport(before, { form, year });
  const previous: Partial<ReportAnswers> = old.ok ? old.value : {};
  const items: AmendmentItem[] = [];
  const field = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  for (const [name, item] of BASIC_ITEMS) {
    const a = field((previous.basic as Record<string, unknown> | undefined)?.[name]);
    const b = field((next.basic as Record<string, unknown>)[name]);
    if (a !== b) items.push({ item, before: a, after: b });
  }
  for (const [name, item] of ASSET_ITEMS) {
    const a = field((previous.assets as Record<string, unknown> | undefined)?.[name]);
    const b = field((next.assets as Record<string, unknown>)[name]);
    if (a !== b) items.push({ item, before: a, after: b });
  }
  for (const [step, item] of TABLE_ITEMS) {
    if (!STEPS_OF_FORM[form].includes(step)) continue;
    const a = tableText(previous[step]);
    const b = tableText(next[step]);
    if (a !== b) items.push({ item, before: a, after: b });
  }
  return items;
}

function tableText(answers: unknown): string {
  const rows = (answers as { rows?: Record<string, unknown>[] } | undefined)?.rows ?? [];
  return rows.map((row) => Object.values(row).filter((value) => value !== null && value !== "").join(" ")).join("; ");
}
