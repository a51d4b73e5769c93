import { listTerms, STRUCTURED_GROUPS, TERM_GROUPS, type DictionaryGroup } from "@/lib/dictionaries";
import type { AnnualReport, AuthorityRef, CompanyProfile, ListEntry, Licence, Penalty, PublicIdDocument } from "@/lib/records/company-profile";
import type { Cell } from "./csv-format";

/**
 * The record kinds of a bulk-data snapshot: for each, its file name, its columns and how rows are
 * made from the public projection (lib/records/public-projection.ts) — a company's profile, one
 * annual report, or reference data. Nothing here reads the database or private columns: a value
 * the projection does not carry (a natural person's ID number, a withheld annual-report block, a
 * penalty out of publicity, the liaison's contact details) cannot reach a file.
 *
 * Coded values stay codes (stable, language-neutral); the `codes` file labels them in zh/ug/en,
 * and `codeGroups` says which group each coded column uses. Amounts are decimal strings (万元
 * unless the column says Yuan), dates "YYYY-MM-DD".
 */

export type ExportSection = "register" | "government" | "self-published" | "annual-reports" | "reference";

export type ExportKind<Source> = {
  /** The file's base name: `<name>.jsonl.gz`, `<name>.csv.gz`. */
  name: string;
  section: ExportSection;
  columns: readonly string[];
  /** Coded columns and the dictionary group that labels them. */
  codeGroups: Readonly<Record<string, DictionaryGroup>>;
  rowsOf: (source: Source) => Cell[][];
};

type RowObject<Columns extends readonly string[]> = { [Column in Columns[number]]: Cell };

function defineKind<Source>() {
  return <const Columns extends readonly string[]>(spec: {
    name: string;
    section: ExportSection;
    columns: Columns;
    codeGroups?: Partial<Record<Columns[number], DictionaryGroup>>;
    rows: (source: Source) => RowObject<Columns>[];
  }): ExportKind<Source> => ({
    name: spec.name,
    section: spec.section,
    columns: spec.columns,
    codeGroups: (spec.codeGroups ?? {}) as Record<string, DictionaryGroup>,
    rowsOf: (source) => spec.rows(source).map((row) => spec.columns.map((column: Columns[number]) => row[column])),
  });
}

/** What company kinds are made from: the public projection of one company. */
export type CompanySource = CompanyProfile;
/** What annual-report kinds are made from: one filed report, published blocks only. */
export type AnnualReportSource = AnnualReport;
/** Reference data: the authorities on the register. */
export type ReferenceSource = { authorities: { id: string; kind: string; regionCode: string; nameZh: string; nameUg: string; nameEn: string }[] };

const company = defineKind<CompanySource>();
const annualReport = defineKind<AnnualReportSource>();
const reference = defineKind<ReferenceSource>();

function authorityColumns(authority: AuthorityRef | null): { authorityId: string | null; authorityName: string | null } {
  return { authorityId: authority?.id ?? null, authorityName: authority?.names.zh ?? null };
}

function idColumns(document: PublicIdDocument) {
  return { isNaturalPerson: document.isNaturalPerson, idDocumentType: document.type, idDocumentNumber: document.number };
}

const LICENCE_COLUMNS = [
  "uscc", "source", "documentNumber", "name", "content", "validFrom", "validTo", "status", "authorityId", "authorityName", "publishedOn",
] as const;

function licenceRow(uscc: string, source: "government" | "enterprise", licence: Licence): RowObject<typeof LICENCE_COLUMNS> {
  return {
    uscc,
    source,
    documentNumber: licence.documentNumber,
    name: licence.name,
    content: licence.content,
    validFrom: licence.validFrom,
    validTo: licence.validTo,
    status: licence.status,
    authorityId: licence.authority?.id ?? null,
    // A self-published licence names its authority as printed.
    authorityName: licence.authority?.names.zh ?? licence.authorityName,
    publishedOn: licence.publishedOn,
  };
}

const PENALTY_COLUMNS = [
  "uscc", "source", "decisionNumber", "violationType", "kinds", "content", "fineYuan", "authorityId", "authorityName",
  "decidedOn", "publishedOn", "publicityEndsOn", "documentText",
] as const;

function penaltyRow(uscc: string, source: "government" | "enterprise", penalty: Penalty): RowObject<typeof PENALTY_COLUMNS> {
  return {
    uscc,
    source,
    decisionNumber: penalty.decisionNumber,
    violationType: penalty.violationType,
    kinds: penalty.kinds,
    content: penalty.content,
    fineYuan: penalty.fineYuan,
    ...authorityColumns(penalty.authority),
    decidedOn: penalty.decidedOn,
    publishedOn: penalty.publishedOn,
    publicityEndsOn: penalty.publicityEndsOn,
    documentText: penalty.documentText,
  };
}

const LIST_COLUMNS = [
  "uscc", "reason", "listedOn", "listedById", "listedByName", "removalReason", "removedOn", "removedById", "removedByName",
] as const;

function listRow(uscc: string, entry: ListEntry): RowObject<typeof LIST_COLUMNS> {
  return {
    uscc,
    reason: entry.reason,
    listedOn: entry.listedOn,
    listedById: entry.listedBy.id,
    listedByName: entry.listedBy.names.zh,
    removalReason: entry.removalReason,
    removedOn: entry.removedOn,
    removedById: entry.removedBy?.id ?? null,
    removedByName: entry.removedBy?.names.zh ?? null,
  };
}

const CONTRIBUTION_COLUMNS = ["shareholderName", "subscribed", "subscribedOn", "subscribedVia", "paid", "paidOn", "paidVia"] as const;
const CONTRIBUTION_CODES = { subscribedVia: "contribution-methods", paidVia: "contribution-methods" } as const;
const AUTHORITY_CODES = { authorityId: "authorities" } as const;

export const COMPANY_KINDS: readonly ExportKind<CompanySource>[] = [
  company({
    name: "companies",
    section: "register",
    columns: [
      "uscc", "registrationNumber", "nameZh", "nameUg", "type", "status", "statusChangedOn", "legalRepName", "legalRepRole",
      "capital", "currency", "establishedOn", "termFrom", "termTo", "approvedOn", "authorityId", "authorityName", "regionCode",
      "industryCode", "addressLabel", "address", "scope", "parentUscc", "isOnAbnormalList", "isOnSeriousViolationList",
      "penaltiesInPublicity", "updatedAt",
    ],
    codeGroups: {
      type: "enterprise-types", status: "statuses", legalRepRole: "legal-rep-roles", currency: "currencies", ...AUTHORITY_CODES,
      regionCode: "regions", industryCode: "industries", addressLabel: "address-labels",
    },
    rows: (p) => [
      {
        uscc: p.uscc,
        registrationNumber: p.registrationNumber,
        nameZh: p.nameZh,
        nameUg: p.nameUg,
        type: p.type,
        status: p.status,
        statusChangedOn: p.statusChangedOn,
        legalRepName: p.legalRepresentative.name,
        legalRepRole: p.legalRepresentative.role,
        capital: p.capital?.amount ?? null,
        currency: p.capital?.currency ?? null,
        establishedOn: p.establishedOn,
        termFrom: p.termFrom,
        termTo: p.termTo,
        approvedOn: p.approvedOn,
        ...authorityColumns(p.authority),
        regionCode: p.regionCode,
        industryCode: p.industryCode,
        addressLabel: p.addressLabel,
        address: p.address,
        scope: p.scope,
        parentUscc: p.parent?.uscc ?? null,
        isOnAbnormalList: p.alerts.isOnAbnormalList,
        isOnSeriousViolationList: p.alerts.isOnSeriousViolationList,
        penaltiesInPublicity: p.alerts.penaltiesInPublicity,
        updatedAt: p.updatedAt,
      },
    ],
  }),
  company({
    name: "shareholders",
    section: "register",
    columns: ["uscc", "position", "name", "kind", "isNaturalPerson", "idDocumentType", "idDocumentNumber"],
    codeGroups: { kind: "shareholder-kinds", idDocumentType: "id-document-types" },
    rows: (p) =>
      p.government.shareholders.map((shareholder, index) => ({
        uscc: p.uscc,
        position: index + 1,
        name: shareholder.name,
        kind: shareholder.kind,
        ...idColumns(shareholder.idDocument),
      })),
  }),
  company({
    name: "key-persons",
    section: "register",
    columns: ["uscc", "position", "name", "title"],
    codeGroups: { title: "key-person-titles" },
    rows: (p) => p.government.keyPersons.map((person, index) => ({ uscc: p.uscc, position: index + 1, name: person.name, title: person.title })),
  }),
  company({
    name: "branches",
    section: "register",
    columns: ["uscc", "branchUscc", "branchNameZh", "branchNameUg", "branchStatus"],
    codeGroups: { branchStatus: "statuses" },
    rows: (p) =>
      p.government.branches.map((branch) => ({
        uscc: p.uscc,
        branchUscc: branch.uscc,
        branchNameZh: branch.nameZh,
        branchNameUg: branch.nameUg,
        branchStatus: branch.status,
      })),
  }),
  company({
    name: "changes",
    section: "register",
    columns: ["uscc", "item", "before", "after", "changedOn"],
    codeGroups: { item: "change-items" },
    rows: (p) => p.government.changes.map((change) => ({ uscc: p.uscc, ...change })),
  }),
  company({
    name: "liquidations",
    section: "register",
    columns: ["uscc", "leader", "members", "startedOn"],
    rows: (p) => (p.government.liquidation === null ? [] : [{ uscc: p.uscc, ...p.government.liquidation }]),
  }),
  company({
    name: "licences",
    section: "government",
    columns: LICENCE_COLUMNS,
    codeGroups: { source: "record-sources", name: "licence-names", status: "record-statuses", ...AUTHORITY_CODES },
    rows: (p) => [
      ...p.government.licences.map((licence) => licenceRow(p.uscc, "government", licence)),
      ...p.selfPublished.licences.map((licence) => licenceRow(p.uscc, "enterprise", licence)),
    ],
  }),
  company({
    name: "penalties",
    section: "government",
    columns: PENALTY_COLUMNS,
    codeGroups: { source: "record-sources", violationType: "violation-types", kinds: "penalty-kinds", ...AUTHORITY_CODES },
    rows: (p) => [
      ...p.government.penalties.map((penalty) => penaltyRow(p.uscc, "government", penalty)),
      ...p.selfPublished.penalties.map((penalty) => penaltyRow(p.uscc, "enterprise", penalty)),
    ],
  }),
  company({
    name: "abnormal-listings",
    section: "government",
    columns: LIST_COLUMNS,
    codeGroups: { reason: "abnormal-reasons", removalReason: "abnormal-removal-reasons", listedById: "authorities", removedById: "authorities" },
    rows: (p) => p.government.abnormalListings.map((entry) => listRow(p.uscc, entry)),
  }),
  company({
    name: "serious-violations",
    section: "government",
    columns: LIST_COLUMNS,
    codeGroups: { reason: "serious-reasons", removalReason: "serious-removal-reasons", listedById: "authorities", removedById: "authorities" },
    rows: (p) => p.government.seriousViolations.map((entry) => listRow(p.uscc, entry)),
  }),
  company({
    name: "spot-checks",
    section: "government",
    columns: ["uscc", "authorityId", "authorityName", "kind", "checkedOn", "result"],
    codeGroups: { kind: "spot-check-kinds", result: "spot-check-results", ...AUTHORITY_CODES },
    rows: (p) =>
      p.government.spotChecks.map((check) => ({
        uscc: p.uscc,
        ...authorityColumns(check.authority),
        kind: check.kind,
        checkedOn: check.checkedOn,
        result: check.result,
      })),
  }),
  company({
    name: "chattel-mortgages",
    section: "government",
    columns: [
      "uscc", "registrationNumber", "registeredOn", "authorityId", "authorityName", "securedAmount", "mortgagee", "collateral",
      "status", "publishedOn",
    ],
    codeGroups: { status: "record-statuses", ...AUTHORITY_CODES },
    rows: (p) =>
      p.government.chattelMortgages.map((mortgage) => ({
        uscc: p.uscc,
        registrationNumber: mortgage.registrationNumber,
        registeredOn: mortgage.registeredOn,
        ...authorityColumns(mortgage.authority),
        securedAmount: mortgage.securedAmount,
        mortgagee: mortgage.mortgagee,
        collateral: mortgage.collateral,
        status: mortgage.status,
        publishedOn: mortgage.publishedOn,
      })),
  }),
  company({
    name: "equity-pledges",
    section: "government",
    columns: [
      "uscc", "registrationNumber", "pledgorName", "pledgorIsNaturalPerson", "pledgorIdDocumentType", "pledgorIdNumber", "pledgedAmount",
      "pledgeeName", "pledgeeIsNaturalPerson", "pledgeeIdDocumentType", "pledgeeIdNumber", "registeredOn", "authorityId",
      "authorityName", "status", "publishedOn",
    ],
    codeGroups: {
      pledgorIdDocumentType: "id-document-types", pledgeeIdDocumentType: "id-document-types", status: "record-statuses", ...AUTHORITY_CODES,
    },
    rows: (p) =>
      p.government.equityPledges.map((pledge) => ({
        uscc: p.uscc,
        registrationNumber: pledge.registrationNumber,
        pledgorName: pledge.pledgor.name,
        pledgorIsNaturalPerson: pledge.pledgor.idDocument.isNaturalPerson,
        pledgorIdDocumentType: pledge.pledgor.idDocument.type,
        pledgorIdNumber: pledge.pledgor.idDocument.number,
        pledgedAmount: pledge.pledgedAmount,
        pledgeeName: pledge.pledgee.name,
        pledgeeIsNaturalPerson: pledge.pledgee.idDocument.isNaturalPerson,
        pledgeeIdDocumentType: pledge.pledgee.idDocument.type,
        pledgeeIdNumber: pledge.pledgee.idDocument.number,
        registeredOn: pledge.registeredOn,
        ...authorityColumns(pledge.authority),
        status: pledge.status,
        publishedOn: pledge.publishedOn,
      })),
  }),
  company({
    name: "judicial-assistance",
    section: "government",
    columns: ["uscc", "kind", "subjectName", "equityAmount", "court", "noticeNumber", "status", "fromOn", "toOn", "publishedOn"],
    codeGroups: { kind: "judicial-kinds", status: "judicial-statuses" },
    rows: (p) => p.government.judicialAssistance.map((action) => ({ uscc: p.uscc, ...action })),
  }),
  company({
    name: "contributions",
    section: "self-published",
    columns: ["uscc", ...CONTRIBUTION_COLUMNS],
    codeGroups: CONTRIBUTION_CODES,
    rows: (p) => p.selfPublished.contributions.map((contribution) => ({ uscc: p.uscc, ...contribution })),
  }),
  company({
    name: "equity-changes",
    section: "self-published",
    columns: ["uscc", "shareholderName", "ratioBefore", "ratioAfter", "changedOn"],
    rows: (p) => p.selfPublished.equityChanges.map((change) => ({ uscc: p.uscc, ...change })),
  }),
  company({
    name: "ip-pledges",
    section: "self-published",
    columns: ["uscc", "registrationNumber", "kind", "name", "pledgor", "pledgee", "termFrom", "termTo", "status", "publishedOn"],
    codeGroups: { kind: "ip-pledge-kinds", status: "record-statuses" },
    rows: (p) => p.selfPublished.ipPledges.map((pledge) => ({ uscc: p.uscc, ...pledge })),
  }),
];

export const ANNUAL_REPORT_KINDS: readonly ExportKind<AnnualReportSource>[] = [
  annualReport({
    name: "annual-reports",
    section: "annual-reports",
    columns: [
      "uscc", "year", "form", "state", "submittedOn", "name", "phone", "postcode", "address", "email", "employees", "operatingState",
      "hasWebsite", "hasInvestments", "hasEquityTransfer", "memberCount", "assetsPublished", "totalAssets", "ownersEquity",
      "totalRevenue", "mainRevenue", "totalProfit", "netProfit", "taxPaid", "totalLiabilities", "guaranteesPublished",
      "socialInsurancePublished",
    ],
    codeGroups: { form: "annual-report-forms", state: "annual-report-states", operatingState: "operating-states" },
    rows: (r) => {
      // A withheld block carries no values in the projection: its columns stay empty.
      const assets = r.assets.isPublished ? r.assets : null;
      return [
        {
          uscc: r.company.uscc,
          year: r.year,
          form: r.form,
          state: r.state,
          submittedOn: r.submittedOn,
          ...r.basic,
          assetsPublished: r.assets.isPublished,
          totalAssets: assets?.totalAssets ?? null,
          ownersEquity: assets?.ownersEquity ?? null,
          totalRevenue: assets?.totalRevenue ?? null,
          mainRevenue: assets?.mainRevenue ?? null,
          totalProfit: assets?.totalProfit ?? null,
          netProfit: assets?.netProfit ?? null,
          taxPaid: assets?.taxPaid ?? null,
          totalLiabilities: assets?.totalLiabilities ?? null,
          guaranteesPublished: r.guarantees.isPublished,
          socialInsurancePublished: r.socialInsurance.isPublished,
        },
      ];
    },
  }),
  annualReport({
    name: "annual-report-websites",
    section: "annual-reports",
    columns: ["uscc", "year", "kind", "name", "url"],
    codeGroups: { kind: "website-kinds" },
    rows: (r) => r.websites.map((site) => ({ uscc: r.company.uscc, year: r.year, ...site })),
  }),
  annualReport({
    name: "annual-report-contributions",
    section: "annual-reports",
    columns: ["uscc", "year", ...CONTRIBUTION_COLUMNS],
    codeGroups: CONTRIBUTION_CODES,
    rows: (r) => r.contributions.map((contribution) => ({ uscc: r.company.uscc, year: r.year, ...contribution })),
  }),
  annualReport({
    name: "annual-report-investments",
    section: "annual-reports",
    columns: ["uscc", "year", "investeeName", "investeeUscc"],
    rows: (r) => r.investments.map((investment) => ({ uscc: r.company.uscc, year: r.year, ...investment })),
  }),
  annualReport({
    name: "annual-report-guarantees",
    section: "annual-reports",
    columns: ["uscc", "year", "creditor", "debtor", "kind", "amount", "termFrom", "termTo", "period", "mode"],
    codeGroups: { kind: "guarantee-kinds", period: "guarantee-periods", mode: "guarantee-modes" },
    rows: (r) => (r.guarantees.isPublished ? r.guarantees.rows.map((row) => ({ uscc: r.company.uscc, year: r.year, ...row })) : []),
  }),
  annualReport({
    name: "annual-report-equity-changes",
    section: "annual-reports",
    columns: ["uscc", "year", "shareholderName", "ratioBefore", "ratioAfter", "changedOn"],
    rows: (r) => r.equityChanges.map((change) => ({ uscc: r.company.uscc, year: r.year, ...change })),
  }),
  annualReport({
    name: "annual-report-social-insurance",
    section: "annual-reports",
    columns: ["uscc", "year", "kind", "insuredCount", "contributionBase", "paid", "arrears"],
    codeGroups: { kind: "insurance-kinds" },
    rows: (r) =>
      r.socialInsurance.isPublished ? r.socialInsurance.rows.map((row) => ({ uscc: r.company.uscc, year: r.year, ...row })) : [],
  }),
  annualReport({
    name: "annual-report-amendments",
    section: "annual-reports",
    columns: ["uscc", "year", "item", "before", "after", "amendedOn"],
    codeGroups: { item: "annual-report-items" },
    rows: (r) => r.amendments.map((amendment) => ({ uscc: r.company.uscc, year: r.year, ...amendment })),
  }),
];

/** The dictionary groups the `codes` file lists (authorities have their own file). */
const CODE_GROUPS: readonly DictionaryGroup[] = [...STRUCTURED_GROUPS.filter((group) => group !== "authorities"), ...TERM_GROUPS];

export const REFERENCE_KINDS: readonly ExportKind<ReferenceSource>[] = [
  reference({
    name: "authorities",
    section: "reference",
    columns: ["id", "kind", "regionCode", "nameZh", "nameUg", "nameEn"],
    codeGroups: { kind: "authority-kinds", regionCode: "regions" },
    rows: (source) => source.authorities,
  }),
  reference({
    name: "codes",
    section: "reference",
    columns: ["group", "code", "zh", "ug", "en"],
    rows: () => CODE_GROUPS.flatMap((group) => listTerms(group).map((term) => ({ group, code: term.code, ...term.names }))),
  }),
];

/** Every kind, in the order files are listed (manifest, page). */
export const EXPORT_KINDS: readonly ExportKind<never>[] = [...COMPANY_KINDS, ...ANNUAL_REPORT_KINDS, ...REFERENCE_KINDS];

export function findExportKind(name: string): ExportKind<never> | undefined {
  return EXPORT_KINDS.find((kind) => kind.name === name);
}
