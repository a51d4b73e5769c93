import { isPenaltyInPublicity } from "@/lib/rules/publicity";
import type { AnnualReportRow, CompanyRow } from "./company-select";
import type {
  AnnualReport,
  AuthorityRef,
  CompanyProfile,
  Contribution,
  ListEntry,
  Licence,
  PublicIdDocument,
} from "./company-profile";

/**
 * The one place that decides what of a record the public may see. Every output — page, JSON,
 * PDF, search document, bulk export — is built from what these functions return:
 * - a natural person's ID number is never shown (not even in part);
 * - an annual-report block the company chose not to publish carries no values at all;
 * - a penalty whose publicity period ended (or that was annulled, or repaired) is left out.
 */

type DecimalLike = { toString(): string };

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function optionalDay(date: Date | null): string | null {
  return date === null ? null : day(date);
}

function amount(value: DecimalLike): string {
  return value.toString();
}

function optionalAmount(value: DecimalLike | null): string | null {
  return value === null ? null : value.toString();
}

type AuthorityFields = { id: string; nameZh: string; nameUg: string; nameEn: string };

function authorityRef(authority: AuthorityFields): AuthorityRef {
  return { id: authority.id, names: { zh: authority.nameZh, ug: authority.nameUg, en: authority.nameEn } };
}

function optionalAuthorityRef(authority: AuthorityFields | null): AuthorityRef | null {
  return authority === null ? null : authorityRef(authority);
}

export function publicIdDocument({ type, number, isNaturalPerson }: { type: string; number: string; isNaturalPerson: boolean }): PublicIdDocument {
  return { type, number: isNaturalPerson ? null : number, isNaturalPerson };
}

type ListRow = CompanyRow["abnormalListings"][number];

function listEntry(row: ListRow): ListEntry {
  return {
    reason: row.reason,
    listedOn: day(row.listedOn),
    listedBy: authorityRef(row.listedBy),
    removalReason: row.removalReason,
    removedOn: optionalDay(row.removedOn),
    removedBy: optionalAuthorityRef(row.removedBy),
  };
}

function licence(row: CompanyRow["licences"][number]): Licence {
  return {
    documentNumber: row.documentNumber,
    name: row.name,
    content: row.content,
    validFrom: day(row.validFrom),
    validTo: optionalDay(row.validTo),
    status: row.status,
    authority: optionalAuthorityRef(row.authority),
    authorityName: row.authorityName,
    publishedOn: day(row.publishedOn),
  };
}

type ContributionRow = CompanyRow["contributions"][number];

function contribution(row: ContributionRow): Contribution {
  return {
    shareholderName: row.shareholderName,
    subscribed: amount(row.subscribed),
    subscribedOn: optionalDay(row.subscribedOn),
    subscribedVia: row.subscribedVia,
    paid: amount(row.paid),
    paidOn: optionalDay(row.paidOn),
    paidVia: row.paidVia,
  };
}

function withoutSource<T extends { source: string }>({ source: _source, ...rest }: T): Omit<T, "source"> {
  return rest;
}

export function toCompanyProfile(row: CompanyRow, { today, addressLabel }: { today: string; addressLabel: string }): CompanyProfile {
  const penalties = row.penalties
    .filter((penalty) =>
      isPenaltyInPublicity(
        {
          publicityEndsOn: day(penalty.publicityEndsOn),
          repairedOn: optionalDay(penalty.repairedOn),
          annulledOn: optionalDay(penalty.annulledOn),
        },
        today,
      ),
    )
    .map((penalty) => ({
      source: penalty.source,
      decisionNumber: penalty.decisionNumber,
      violationType: penalty.violationType,
      kinds: penalty.kinds,
      content: penalty.content,
      fineYuan: optionalAmount(penalty.fineYuan),
      authority: authorityRef(penalty.authority),
      decidedOn: day(penalty.decidedOn),
      publishedOn: day(penalty.publishedOn),
      publicityEndsOn: day(penalty.publicityEndsOn),
      documentText: penalty.documentText,
    }));
  const abnormalListings = row.abnormalListings.map(listEntry);
  const seriousViolations = row.seriousListings.map(listEntry);
  const isOnSeriousViolationList = seriousViolations.some((entry) => entry.removedOn === null);
  // The earliest move still ahead: a warning of a listing not removed, already published, while
  // the company is not on the serious-violation list yet.
  const warning = isOnSeriousViolationList
    ? undefined
    : row.seriousWarnings.find((entry) => entry.listing.removedOn === null && day(entry.noticeOn) <= today);

  return {
    uscc: row.uscc,
    registrationNumber: row.registrationNumber,
    nameZh: row.nameZh,
    nameUg: row.nameUg,
    formerNames: row.changes
      .filter((change) => change.item === "name")
      .map((change) => ({ name: change.before, until: day(change.changedOn) })),
    type: row.type,
    status: row.status,
    statusChangedOn: optionalDay(row.statusChangedOn),
    legalRepresentative: { name: row.legalRepName, role: row.legalRepRole },
    capital: row.capital === null ? null : { amount: amount(row.capital), currency: row.currency },
    establishedOn: day(row.establishedOn),
    termFrom: optionalDay(row.termFrom),
    termTo: optionalDay(row.termTo),
    approvedOn: optionalDay(row.approvedOn),
    authority: authorityRef(row.authority),
    regionCode: row.regionCode,
    industryCode: row.industryCode,
    addressLabel,
    address: row.address,
    scope: row.scope,
    parent: row.parent,
    alerts: {
      isOnAbnormalList: abnormalListings.some((entry) => entry.removedOn === null),
      isOnSeriousViolationList,
      penaltiesInPublicity: penalties.length,
      ...(warning ? { seriousListWarning: { noticeOn: day(warning.noticeOn), dueOn: day(warning.dueOn) } } : {}),
    },
    government: {
      shareholders: row.shareholders.map((shareholder) => ({
        name: shareholder.name,
        kind: shareholder.kind,
        idDocument: publicIdDocument({
          type: shareholder.idDocumentType,
          number: shareholder.idDocumentNumber,
          isNaturalPerson: shareholder.isNaturalPerson,
        }),
      })),
      keyPersons: row.keyPersons,
      branches: row.branches,
      changes: row.changes.map((change) => ({ ...change, changedOn: day(change.changedOn) })),
      liquidation: row.liquidation === null ? null : { ...row.liquidation, startedOn: day(row.liquidation.startedOn) },
      licences: row.licences.filter((row) => row.source !== "enterprise").map(licence),
      penalties: penalties.filter((penalty) => penalty.source !== "enterprise").map(withoutSource),
      abnormalListings,
      seriousViolations,
      spotChecks: row.spotChecks.map((check) => ({
        authority: authorityRef(check.authority),
        kind: check.kind,
        checkedOn: day(check.checkedOn),
        result: check.result,
      })),
      chattelMortgages: row.chattelMortgages.map((mortgage) => ({
        registrationNumber: mortgage.registrationNumber,
        registeredOn: day(mortgage.registeredOn),
        authority: authorityRef(mortgage.authority),
        securedAmount: amount(mortgage.securedAmount),
        mortgagee: mortgage.mortgagee,
        collateral: mortgage.collateral,
        status: mortgage.status,
        publishedOn: day(mortgage.publishedOn),
      })),
      equityPledges: row.equityPledges.map((pledge) => ({
        registrationNumber: pledge.registrationNumber,
        pledgor: {
          name: pledge.pledgorName,
          idDocument: publicIdDocument({
            type: pledge.pledgorIsNatural ? "resident-id" : "business-licence",
            number: pledge.pledgorIdNumber,
            isNaturalPerson: pledge.pledgorIsNatural,
          }),
        },
        pledgedAmount: amount(pledge.pledgedAmount),
        pledgee: {
          name: pledge.pledgeeName,
          idDocument: publicIdDocument({
            type: pledge.pledgeeIsNatural ? "resident-id" : "business-licence",
            number: pledge.pledgeeIdNumber,
            isNaturalPerson: pledge.pledgeeIsNatural,
          }),
        },
        registeredOn: day(pledge.registeredOn),
        authority: authorityRef(pledge.authority),
        status: pledge.status,
        publishedOn: day(pledge.publishedOn),
      })),
      judicialAssistance: row.judicialActions.map((action) => ({
        ...action,
        equityAmount: amount(action.equityAmount),
        fromOn: day(action.fromOn),
        toOn: optionalDay(action.toOn),
        publishedOn: day(action.publishedOn),
      })),
    },
    selfPublished: {
      annualReports: row.annualReports.map((report) => ({ ...report, submittedOn: day(report.submittedOn) })),
      contributions: row.contributions.map(contribution),
      equityChanges: row.equityChanges.map((change) => ({
        shareholderName: change.shareholderName,
        ratioBefore: amount(change.ratioBefore),
        ratioAfter: amount(change.ratioAfter),
        changedOn: day(change.changedOn),
      })),
      licences: row.licences.filter((row) => row.source === "enterprise").map(licence),
      ipPledges: row.ipPledges.map((pledge) => ({
        ...pledge,
        termFrom: day(pledge.termFrom),
        termTo: optionalDay(pledge.termTo),
        publishedOn: day(pledge.publishedOn),
      })),
      penalties: penalties.filter((penalty) => penalty.source === "enterprise").map(withoutSource),
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of the asset block (资产状况), as amendment items name them. */
const ASSET_ITEMS = new Set([
  "total-assets", "owners-equity", "total-revenue", "main-revenue", "total-profit", "net-profit", "tax-paid", "total-liabilities",
]);
const INSURANCE_ITEMS = new Set(["pension", "unemployment", "medical", "injury", "maternity"]);

/** Which withholdable block an amendment item belongs to ("assets.…" style names included). */
export function blockOfAmendmentItem(item: string): "assets" | "guarantees" | "social-insurance" | null {
  if (ASSET_ITEMS.has(item) || item.startsWith("assets.")) return "assets";
  if (item.startsWith("guarantee")) return "guarantees";
  if (INSURANCE_ITEMS.has(item) || item.startsWith("social-insurance") || item.startsWith("insurance")) return "social-insurance";
  return null;
}

/** An amendment of a withheld block would reveal its values: it is withheld with the block. */
function isAmendmentPublic(row: AnnualReportRow, item: string): boolean {
  switch (blockOfAmendmentItem(item)) {
    case "assets":
      return row.publishAssets;
    case "guarantees":
      return row.publishGuarantees;
    case "social-insurance":
      return row.publishSocialInsurance;
    default:
      return true;
  }
}

export function toAnnualReport(row: AnnualReportRow): AnnualReport {
  return {
    company: row.enterprise,
    year: row.year,
    form: row.form,
    state: row.state,
    submittedOn: day(row.submittedOn),
    basic: {
      name: row.name,
      phone: row.phone,
      postcode: row.postcode,
      address: row.address,
      email: row.email,
      employees: row.employees,
      operatingState: row.operatingState,
      hasWebsite: row.hasWebsite,
      hasInvestments: row.hasInvestments,
      hasEquityTransfer: row.hasEquityTransfer,
      memberCount: row.memberCount,
    },
    websites: row.websites,
    contributions: row.contributions.map(contribution),
    investments: row.investments,
    assets: row.publishAssets
      ? {
          isPublished: true,
          totalAssets: optionalAmount(row.totalAssets),
          ownersEquity: optionalAmount(row.ownersEquity),
          totalRevenue: optionalAmount(row.totalRevenue),
          mainRevenue: optionalAmount(row.mainRevenue),
          totalProfit: optionalAmount(row.totalProfit),
          netProfit: optionalAmount(row.netProfit),
          taxPaid: optionalAmount(row.taxPaid),
          totalLiabilities: optionalAmount(row.totalLiabilities),
        }
      : { isPublished: false },
    guarantees: row.publishGuarantees
      ? {
          isPublished: true,
          rows: row.guarantees.map((guarantee) => ({
            ...guarantee,
            amount: amount(guarantee.amount),
            termFrom: day(guarantee.termFrom),
            termTo: day(guarantee.termTo),
          })),
        }
      : { isPublished: false },
    equityChanges: row.equityChanges.map((change) => ({
      shareholderName: change.shareholderName,
      ratioBefore: amount(change.ratioBefore),
      ratioAfter: amount(change.ratioAfter),
      changedOn: day(change.changedOn),
    })),
    socialInsurance: row.publishSocialInsurance
      ? {
          isPublished: true,
          rows: row.socialInsurance.map((insurance) => ({
            kind: insurance.kind,
            insuredCount: insurance.insuredCount,
            contributionBase: amount(insurance.contributionBase),
            paid: amount(insurance.paid),
            arrears: amount(insurance.arrears),
          })),
        }
      : { isPublished: false },
    amendments: row.amendments
      .filter((amendment) => isAmendmentPublic(row, amendment.item))
      .map((amendment) => ({ ...amendment, amendedOn: day(amendment.amendedOn) })),
  };
}
