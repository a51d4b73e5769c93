import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the company page reads from the database. Private columns (the legal representative's ID
 * number, the liaison's name and phone) are not even selected; the rest go through
 * lib/records/public-projection.ts.
 */
const authorityRef = { select: { id: true, nameZh: true, nameUg: true, nameEn: true } } as const;

export const companySelect = {
  id: true,
  uscc: true,
  registrationNumber: true,
  nameZh: true,
  nameUg: true,
  type: true,
  status: true,
  statusChangedOn: true,
  legalRepName: true,
  legalRepRole: true,
  capital: true,
  currency: true,
  establishedOn: true,
  termFrom: true,
  termTo: true,
  approvedOn: true,
  regionCode: true,
  industryCode: true,
  address: true,
  scope: true,
  updatedAt: true,
  authority: authorityRef,
  parent: { select: { uscc: true, nameZh: true, nameUg: true, status: true } },
  branches: { select: { uscc: true, nameZh: true, nameUg: true, status: true }, orderBy: { id: "asc" } },
  shareholders: {
    select: { name: true, kind: true, isNaturalPerson: true, idDocumentType: true, idDocumentNumber: true },
    orderBy: { position: "asc" },
  },
  keyPersons: { select: { name: true, title: true }, orderBy: { position: "asc" } },
  changes: { select: { item: true, before: true, after: true, changedOn: true }, orderBy: [{ changedOn: "desc" }, { id: "desc" }] },
  liquidation: { select: { leader: true, members: true, startedOn: true } },
  licences: {
    select: {
      source: true, documentNumber: true, name: true, content: true, validFrom: true, validTo: true, status: true,
      authorityName: true, publishedOn: true, authority: authorityRef,
    },
    orderBy: [{ validFrom: "desc" }, { id: "desc" }],
  },
  penalties: {
    select: {
      source: true, decisionNumber: true, violationType: true, kinds: true, content: true, fineYuan: true, decidedOn: true,
      publishedOn: true, publicityEndsOn: true, repairedOn: true, annulledOn: true, documentText: true,
      authority: authorityRef,
    },
    orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
  },
  abnormalListings: {
    select: { reason: true, listedOn: true, removalReason: true, removedOn: true, listedBy: authorityRef, removedBy: authorityRef },
    orderBy: [{ listedOn: "desc" }, { id: "desc" }],
  },
  seriousListings: {
    select: { reason: true, listedOn: true, removalReason: true, removedOn: true, listedBy: authorityRef, removedBy: authorityRef },
    orderBy: [{ listedOn: "desc" }, { id: "desc" }],
  },
  /** Warnings that an abnormal listing moves to the serious-violation list (lib/annual-cycle). */
  seriousWarnings: {
    select: { noticeOn: true, dueOn: true, listing: { select: { removedOn: true } } },
    orderBy: [{ dueOn: "asc" }, { listingId: "asc" }],
  },
  spotChecks: { select: { kind: true, checkedOn: true, result: true, authority: authorityRef }, orderBy: [{ checkedOn: "desc" }, { id: "desc" }] },
  chattelMortgages: {
    select: {
      registrationNumber: true, registeredOn: true, securedAmount: true, mortgagee: true, collateral: true, status: true,
      publishedOn: true, authority: authorityRef,
    },
    orderBy: [{ registeredOn: "desc" }, { id: "desc" }],
  },
  equityPledges: {
    select: {
      registrationNumber: true, pledgorName: true, pledgorIsNatural: true, pledgorIdNumber: true, pledgedAmount: true,
      pledgeeName: true, pledgeeIsNatural: true, pledgeeIdNumber: true, registeredOn: true, status: true, publishedOn: true,
      authority: authorityRef,
    },
    orderBy: [{ registeredOn: "desc" }, { id: "desc" }],
  },
  judicialActions: {
    select: {
      kind: true, subjectName: true, equityAmount: true, court: true, noticeNumber: true, status: true, fromOn: true,
      toOn: true, publishedOn: true,
    },
    orderBy: [{ fromOn: "desc" }, { id: "desc" }],
  },
  contributions: {
    select: { shareholderName: true, subscribed: true, subscribedOn: true, subscribedVia: true, paid: true, paidOn: true, paidVia: true },
    orderBy: { id: "asc" },
  },
  equityChanges: {
    select: { shareholderName: true, ratioBefore: true, ratioAfter: true, changedOn: true },
    orderBy: [{ changedOn: "desc" }, { id: "desc" }],
  },
  ipPledges: {
    select: {
      registrationNumber: true, kind: true, name: true, pledgor: true, pledgee: true, termFrom: true, termTo: true,
      status: true, publishedOn: true,
    },
    orderBy: [{ termFrom: "desc" }, { id: "desc" }],
  },
  annualReports: { select: { year: true, state: true, submittedOn: true }, orderBy: { year: "desc" } },
} satisfies Prisma.EnterpriseSelect;

export type CompanyRow = Prisma.EnterpriseGetPayload<{ select: typeof companySelect }>;

export const annualReportSelect = {
  year: true,
  form: true,
  state: true,
  submittedOn: true,
  name: true,
  phone: true,
  postcode: true,
  address: true,
  email: true,
  employees: true,
  operatingState: true,
  hasWebsite: true,
  hasInvestments: true,
  hasEquityTransfer: true,
  memberCount: true,
  publishAssets: true,
  totalAssets: true,
  ownersEquity: true,
  totalRevenue: true,
  mainRevenue: true,
  totalProfit: true,
  netProfit: true,
  taxPaid: true,
  totalLiabilities: true,
  publishGuarantees: true,
  publishSocialInsurance: true,
  enterprise: { select: { uscc: true, nameZh: true, nameUg: true, status: true } },
  websites: { select: { kind: true, name: true, url: true }, orderBy: { id: "asc" } },
  contributions: {
    select: { shareholderName: true, subscribed: true, subscribedOn: true, subscribedVia: true, paid: true, paidOn: true, paidVia: true },
    orderBy: { id: "asc" },
  },
  investments: { select: { investeeName: true, investeeUscc: true }, orderBy: { id: "asc" } },
  guarantees: {
    select: { creditor: true, debtor: true, kind: true, amount: true, termFrom: true, termTo: true, period: true, mode: true },
    orderBy: { id: "asc" },
  },
  equityChanges: { select: { shareholderName: true, ratioBefore: true, ratioAfter: true, changedOn: true }, orderBy: { id: "asc" } },
  socialInsurance: {
    select: { kind: true, insuredCount: true, contributionBase: true, paid: true, arrears: true },
    orderBy: { id: "asc" },
  },
  amendments: { select: { item: true, before: true, after: true, amendedOn: true }, orderBy: [{ amendedOn: "asc" }, { id: "asc" }] },
} satisfies Prisma.AnnualReportSelect;

export type AnnualReportRow = Prisma.AnnualReportGetPayload<{ select: typeof annualReportSelect }>;
