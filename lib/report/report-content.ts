import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { findEnterpriseType, isRenminbi, termLabel } from "@/lib/dictionaries";
import { catalogue } from "@/lib/i18n/catalogues";
import { formatCount, formatDay, formatDecimal, formatPercent, formatTimestamp, formatWanAmount } from "@/lib/i18n/format-values";
import { localeDirection } from "@/lib/locales";
import type {
  AnnualReport,
  AuthorityRef,
  CompanyProfile,
  Contribution,
  EquityChange,
  Licence,
  Penalty,
  ListEntry,
  Published,
  PublicIdDocument,
  Withheld,
} from "@/lib/records/company-profile";
import type { ReportData } from "./report-data";

/**
 * What a credit report says, as text in the report's language: every section of the company's
 * public record in gsxt's order, then its annual reports. The PDF (./report-pdf.ts) only lays
 * these blocks out; tests read them to check every string has its glyphs.
 * Labels come from the site's message catalogues (Report, Company, AnnualReport, Common) and the
 * dictionaries; free text (names, business scope, penalty content) stays as registered.
 */
export type ReportColumn = { label: string; weight: number };

export type ReportBlock =
  | { kind: "group"; title: string }
  | { kind: "section"; title: string }
  | { kind: "subsection"; title: string }
  /** "None recorded." or "The company chose not to publish this information." */
  | { kind: "note"; text: string }
  /** Label and value pairs (one record, or the registration details); `title` heads a record card. */
  | { kind: "fields"; title?: string; rows: { label: string; value: string }[] }
  | { kind: "table"; columns: ReportColumn[]; rows: string[][] };

export type ReportContent = {
  locale: AppLocale;
  direction: "ltr" | "rtl";
  title: string;
  /** The company's names: the locale's own first (Uyghur first in ug when it has one). */
  names: string[];
  uscc: string;
  reportId: string;
  /** Labelled facts under the title: code, generation time, report number. */
  facts: { label: string; value: string }[];
  verifyTitle: string;
  verifyText: string;
  verifyUrl: string;
  disclaimerTitle: string;
  disclaimer: string;
  /** The running header of every page. */
  runningHeader: string;
  /** "Report number XXXX-XXXX-XXXX", at the foot of every page. */
  reportNumberLine: string;
  pageLabel: (page: number, total: number) => string;
  metadata: { title: string; subject: string; author: string; keywords: string };
  blocks: ReportBlock[];
};

export type ReportInput = {
  data: ReportData;
  locale: AppLocale;
  reportId: string;
  /** ISO timestamp. */
  generatedAt: string;
  verifyUrl: string;
};

/** A report id as printed: groups of four ("K7M2-9QPA-2D3X"). */
export function formatReportId(id: string): string {
  return id.match(/.{1,4}/g)?.join("-") ?? id;
}

function translators(locale: AppLocale) {
  const messages = catalogue(locale);
  const at = <N extends "Report" | "Company" | "AnnualReport" | "Common">(namespace: N) => createTranslator({ locale, messages, namespace });
  return { report: at("Report"), company: at("Company"), annual: at("AnnualReport"), common: at("Common") };
}

/** The report's words for one locale: labels, terms and formatted values. */
function reportFormat(locale: AppLocale) {
  const t = translators(locale);
  const plain = { date: (chunks: string) => chunks };
  const day = (value: string | null) => (value === null ? t.common("notGiven") : formatDay(locale, value));
  return {
    locale,
    t,
    day,
    period: (from: string, to: string | null) =>
      to === null
        ? t.common.markup("fromDate", { from: formatDay(locale, from), ...plain })
        : t.common.markup("dateRange", { from: formatDay(locale, from), to: formatDay(locale, to), ...plain }),
    since: (value: string) => t.common.markup("since", { value: formatDay(locale, value), ...plain }),
    wanYuan: (amount: string | null) => (amount === null ? t.common("notGiven") : t.common("amountWanYuan", { amount: formatWanAmount(locale, amount) })),
    wanYuanColumn: (label: string) => t.common("columnWanYuan", { label }),
    amount: (amount: string) => formatWanAmount(locale, amount),
    capital: ({ amount, currency }: { amount: string; currency: string }) =>
      isRenminbi(currency)
        ? t.common("amountWanYuan", { amount: formatWanAmount(locale, amount) })
        : t.common("amountWanForeign", { amount: formatWanAmount(locale, amount), currency: termLabel("currencies", currency, locale) }),
    yuan: (amount: string) => t.common("amountYuan", { amount: formatDecimal(locale, amount, 2) }),
    percent: (value: string) => formatPercent(locale, value),
    count: (value: number | null) => (value === null ? t.common("notGiven") : formatCount(locale, value)),
    term: (group: Parameters<typeof termLabel>[0], code: string | null) => (code === null ? t.common("notGiven") : termLabel(group, code, locale)),
    authority: (authority: AuthorityRef | null) => (authority === null ? "" : authority.names[locale] || authority.names.zh),
    yesNo: (value: boolean) => (value ? t.common("yes") : t.common("no")),
    idNumber: (document: PublicIdDocument) => document.number ?? t.common("notPublic"),
    optional: (value: string | null) => value ?? t.common("notGiven"),
    names: ({ nameZh, nameUg }: { nameZh: string; nameUg: string | null }) =>
      nameUg ? (locale === "ug" ? `${nameUg} ${nameZh}` : `${nameZh} ${nameUg}`) : nameZh,
  };
}

type Format = ReturnType<typeof reportFormat>;

const noneNote = (f: Format): ReportBlock => ({ kind: "note", text: f.t.common("none") });
const withheldNote = (f: Format): ReportBlock => ({ kind: "note", text: f.t.common("withheld") });

/** A section (or an annual report's subsection): its title, then its rows, or "none" when it has none. */
function section(title: string, isEmpty: boolean, content: () => ReportBlock[], f: Format, level: "section" | "subsection" = "section"): ReportBlock[] {
  return [{ kind: level, title }, ...(isEmpty ? [noneNote(f)] : content())];
}

/** An annual-report block the company may withhold: "chose not to publish", "none", or its rows. */
function withholdable<T>(block: Withheld | Published<{ rows: T[] }>, content: (rows: T[]) => ReportBlock[], f: Format): ReportBlock[] {
  if (!block.isPublished) return [withheldNote(f)];
  return block.rows.length === 0 ? [noneNote(f)] : content(block.rows);
}

function table<T>(rows: T[], columns: [label: string, weight: number, cell: (row: T) => string][]): ReportBlock {
  return {
    kind: "table",
    columns: columns.map(([label, weight]) => ({ label, weight })),
    rows: rows.map((row) => columns.map(([, , cell]) => cell(row))),
  };
}

/**
 * A table of records given as label–value pairs, one column per label (in order of first
 * appearance; a record without a value for a label gets an empty cell). Columns are as wide as
 * their longest values, within limits. A table prints each label once per page, where cards
 * repeat them for every record: a long report is a third smaller.
 */
function recordsTable<T>(rows: T[], fields: (row: T) => [label: string, value: string][]): ReportBlock {
  const records = rows.map((row) => new Map(fields(row)));
  const labels: string[] = [];
  for (const record of records) for (const label of record.keys()) if (!labels.includes(label)) labels.push(label);
  const columns = labels.map((label) => {
    const longest = Math.max(...records.map((record) => [...(record.get(label) ?? "")].length));
    return { label, weight: Math.min(3, Math.max(1, Math.sqrt(longest) / 2.5)) };
  });
  return { kind: "table", columns, rows: records.map((record) => labels.map((label) => record.get(label) ?? "")) };
}

/** One card per record: for penalties, whose decision number heads each one. */
function cards<T>(rows: T[], f: Format, fields: (row: T) => [label: string, value: string][]): ReportBlock[] {
  return rows.map((row, index) => ({
    kind: "fields",
    title: f.t.report("recordNumber", { number: formatCount(f.locale, index + 1) }),
    rows: fields(row).map(([label, value]) => ({ label, value })),
  }));
}

function registration(profile: CompanyProfile, f: Format): ReportBlock {
  const t = (key: Parameters<typeof f.t.company>[0]) => f.t.company(key);
  const isIndividual = findEnterpriseType(profile.type)?.usccEntityType === "2";
  const rows: ([string, string] | null)[] = [
    [t("registration.uscc"), profile.uscc],
    profile.registrationNumber ? [t("registration.registrationNumber"), profile.registrationNumber] : null,
    [t("registration.nameZh"), profile.nameZh],
    profile.nameUg ? [t("registration.nameUg"), profile.nameUg] : null,
    [t("registration.type"), f.term("enterprise-types", profile.type)],
    [f.term("legal-rep-roles", profile.legalRepresentative.role), profile.legalRepresentative.name],
    [t(isIndividual ? "registration.capitalIndividual" : "registration.capital"), profile.capital === null ? f.t.common("notGiven") : f.capital(profile.capital)],
    [t("registration.establishedOn"), f.day(profile.establishedOn)],
    [t("registration.termFrom"), f.day(profile.termFrom)],
    [t("registration.termTo"), profile.termTo === null ? f.t.common("noFixedTerm") : f.day(profile.termTo)],
    [t("registration.authority"), f.authority(profile.authority)],
    [t("registration.approvedOn"), f.day(profile.approvedOn)],
    [
      t("registration.status"),
      profile.statusChangedOn ? `${f.term("statuses", profile.status)} (${f.since(profile.statusChangedOn)})` : f.term("statuses", profile.status),
    ],
    [t("registration.region"), f.term("regions", profile.regionCode)],
    [t("registration.industry"), f.term("industries", profile.industryCode)],
    [f.term("address-labels", profile.addressLabel), profile.address],
    profile.parent ? [t("registration.parent"), `${f.names(profile.parent)} ${profile.parent.uscc}`] : null,
    [t("registration.scope"), profile.scope],
  ];
  return { kind: "fields", rows: rows.filter((row) => row !== null).map(([label, value]) => ({ label, value })) };
}

function licenceCards(licences: Licence[], f: Format): ReportBlock[] {
  const t = f.t.company;
  return [recordsTable(licences, (row) => [
    [t("licences.number"), row.documentNumber],
    [t("licences.name"), f.term("licence-names", row.name)],
    [t("licences.content"), row.content],
    [t("licences.validity"), f.period(row.validFrom, row.validTo)],
    [t("licences.authority"), row.authority ? f.authority(row.authority) : (row.authorityName ?? f.t.common("notGiven"))],
    [t("licences.status"), f.term("record-statuses", row.status)],
    [t("licences.publishedOn"), f.day(row.publishedOn)],
  ])];
}

const LIST_GROUPS = {
  abnormal: { reason: "abnormal-reasons", removal: "abnormal-removal-reasons" },
  serious: { reason: "serious-reasons", removal: "serious-removal-reasons" },
} as const;

function listCards(entries: ListEntry[], list: keyof typeof LIST_GROUPS, f: Format): ReportBlock[] {
  const t = f.t.company;
  const groups = LIST_GROUPS[list];
  return [recordsTable(entries, (row) => [
    [t("lists.reason"), f.term(groups.reason, row.reason)],
    [t("lists.listedOn"), f.day(row.listedOn)],
    [t("lists.listedBy"), f.authority(row.listedBy)],
    [t("lists.removalReason"), row.removalReason === null ? t("lists.stillListed") : f.term(groups.removal, row.removalReason)],
    ...(row.removedOn === null ? [] : ([[t("lists.removedOn"), f.day(row.removedOn)]] as [string, string][])),
    ...(row.removedBy === null ? [] : ([[t("lists.removedBy"), f.authority(row.removedBy)]] as [string, string][])),
  ])];
}

function contributionsTable(contributions: Contribution[], f: Format): ReportBlock {
  const t = f.t.company;
  return table(contributions, [
    [t("contributions.shareholder"), 3, (row) => row.shareholderName],
    [f.wanYuanColumn(t("contributions.subscribed")), 2, (row) => f.amount(row.subscribed)],
    [t("contributions.subscribedOn"), 2, (row) => f.day(row.subscribedOn)],
    [t("contributions.subscribedVia"), 2, (row) => f.term("contribution-methods", row.subscribedVia)],
    [f.wanYuanColumn(t("contributions.paid")), 2, (row) => f.amount(row.paid)],
    [t("contributions.paidOn"), 2, (row) => f.day(row.paidOn)],
    [t("contributions.paidVia"), 2, (row) => f.term("contribution-methods", row.paidVia)],
  ]);
}

function equityChangesTable(changes: EquityChange[], f: Format): ReportBlock {
  const t = f.t.company;
  return table(changes, [
    [t("equityChanges.shareholder"), 3, (row) => row.shareholderName],
    [t("equityChanges.ratioBefore"), 2, (row) => f.percent(row.ratioBefore)],
    [t("equityChanges.ratioAfter"), 2, (row) => f.percent(row.ratioAfter)],
    [t("equityChanges.changedOn"), 2, (row) => f.day(row.changedOn)],
  ]);
}

function governmentSections(profile: CompanyProfile, f: Format): ReportBlock[] {
  const t = f.t.company;
  const g = profile.government;
  return [
    { kind: "group", title: t("groupGovernment") },
    { kind: "section", title: t("sections.registration") },
    registration(profile, f),
    ...section(t("sections.shareholders"), g.shareholders.length === 0, () => [
      table(g.shareholders, [
        [t("shareholders.name"), 3, (row) => row.name],
        [t("shareholders.kind"), 2, (row) => f.term("shareholder-kinds", row.kind)],
        [t("shareholders.idType"), 2, (row) => f.term("id-document-types", row.idDocument.type)],
        [t("shareholders.idNumber"), 2.5, (row) => f.idNumber(row.idDocument)],
      ]),
    ], f),
    ...section(t("sections.keyPersons"), g.keyPersons.length === 0, () => [
      table(g.keyPersons, [
        [t("keyPersons.name"), 1, (row) => row.name],
        [t("keyPersons.title"), 1, (row) => f.term("key-person-titles", row.title)],
      ]),
    ], f),
    ...section(t("sections.branches"), g.branches.length === 0, () => [
      table(g.branches, [
        [t("branches.name"), 4, (row) => f.names(row)],
        [t("branches.uscc"), 2.5, (row) => row.uscc],
        [t("branches.status"), 1.5, (row) => f.term("statuses", row.status)],
      ]),
    ], f),
    ...section(t("sections.changes"), g.changes.length === 0, () => [
      table(g.changes, [
        [t("changes.item"), 2, (row) => f.term("change-items", row.item)],
        [t("changes.before"), 4, (row) => row.before],
        [t("changes.after"), 4, (row) => row.after],
        [t("changes.changedOn"), 2, (row) => f.day(row.changedOn)],
      ]),
    ], f),
    ...section(t("sections.formerNames"), profile.formerNames.length === 0, () => [
      table(profile.formerNames, [
        [t("formerNames.name"), 3, (row) => row.name],
        [t("formerNames.until"), 1, (row) => f.day(row.until)],
      ]),
    ], f),
    ...section(t("sections.liquidation"), g.liquidation === null, () => {
      const liquidation = g.liquidation!;
      return [
        {
          kind: "fields",
          rows: [
            { label: t("liquidation.leader"), value: liquidation.leader },
            { label: t("liquidation.members"), value: liquidation.members },
            { label: t("liquidation.startedOn"), value: f.day(liquidation.startedOn) },
          ],
        },
      ];
    }, f),
    ...section(t("sections.licences"), g.licences.length === 0, () => licenceCards(g.licences, f), f),
    ...section(t("sections.penalties"), g.penalties.length === 0, () => penaltyCards(g.penalties, f), f),
    ...section(t("sections.abnormalList"), g.abnormalListings.length === 0, () => listCards(g.abnormalListings, "abnormal", f), f),
    ...section(t("sections.seriousViolations"), g.seriousViolations.length === 0, () => listCards(g.seriousViolations, "serious", f), f),
    ...section(t("sections.spotChecks"), g.spotChecks.length === 0, () => [
      table(g.spotChecks, [
        [t("spotChecks.authority"), 3, (row) => f.authority(row.authority)],
        [t("spotChecks.kind"), 2, (row) => f.term("spot-check-kinds", row.kind)],
        [t("spotChecks.checkedOn"), 2, (row) => f.day(row.checkedOn)],
        [t("spotChecks.result"), 2, (row) => f.term("spot-check-results", row.result)],
      ]),
    ], f),
    ...section(t("sections.chattelMortgages"), g.chattelMortgages.length === 0, () =>
      [recordsTable(g.chattelMortgages, (row) => [
        [t("mortgages.registrationNumber"), row.registrationNumber],
        [t("mortgages.registeredOn"), f.day(row.registeredOn)],
        [t("mortgages.authority"), f.authority(row.authority)],
        [t("mortgages.securedAmount"), f.wanYuan(row.securedAmount)],
        [t("mortgages.mortgagee"), row.mortgagee],
        [t("mortgages.collateral"), row.collateral],
        [t("mortgages.status"), f.term("record-statuses", row.status)],
        [t("mortgages.publishedOn"), f.day(row.publishedOn)],
      ])],
    f),
    ...section(t("sections.equityPledges"), g.equityPledges.length === 0, () =>
      [recordsTable(g.equityPledges, (row) => [
        [t("equityPledges.registrationNumber"), row.registrationNumber],
        [t("equityPledges.pledgor"), `${row.pledgor.name} (${f.idNumber(row.pledgor.idDocument)})`],
        [t("equityPledges.pledgedAmount"), f.wanYuan(row.pledgedAmount)],
        [t("equityPledges.pledgee"), `${row.pledgee.name} (${f.idNumber(row.pledgee.idDocument)})`],
        [t("equityPledges.registeredOn"), f.day(row.registeredOn)],
        [t("equityPledges.authority"), f.authority(row.authority)],
        [t("equityPledges.status"), f.term("record-statuses", row.status)],
        [t("equityPledges.publishedOn"), f.day(row.publishedOn)],
      ])],
    f),
    ...section(t("sections.judicialAssistance"), g.judicialAssistance.length === 0, () =>
      [recordsTable(g.judicialAssistance, (row) => [
        [t("judicial.kind"), f.term("judicial-kinds", row.kind)],
        [t("judicial.subjectName"), row.subjectName],
        [t("judicial.equityAmount"), f.wanYuan(row.equityAmount)],
        [t("judicial.court"), row.court],
        [t("judicial.noticeNumber"), row.noticeNumber],
        [t("judicial.status"), f.term("judicial-statuses", row.status)],
        [t("judicial.period"), f.period(row.fromOn, row.toOn)],
        [t("judicial.publishedOn"), f.day(row.publishedOn)],
      ])],
    f),
  ];
}

function annualReportBlocks(report: AnnualReport, f: Format): ReportBlock[] {
  const t = f.t.annual;
  const isShort = report.form === "individual" || report.form === "cooperative";
  const isCompany = report.form !== "individual" && report.form !== "cooperative";
  const basic = report.basic;
  const sub = (title: string, isEmpty: boolean, content: () => ReportBlock[]) => section(title, isEmpty, content, f, "subsection");
  const basicRows: ([string, string] | false)[] = [
    [t("form"), f.term("annual-report-forms", report.form)],
    [t("state"), f.term("annual-report-states", report.state)],
    [t("submittedOn"), f.day(report.submittedOn)],
    [t("basic.name"), basic.name],
    [t("basic.uscc"), report.company.uscc],
    [t("basic.phone"), f.optional(basic.phone)],
    report.form !== "individual" && [t("basic.postcode"), f.optional(basic.postcode)],
    [t("basic.address"), f.optional(basic.address)],
    report.form !== "individual" && [t("basic.email"), f.optional(basic.email)],
    report.form === "cooperative" ? [t("basic.memberCount"), f.count(basic.memberCount)] : [t("basic.employees"), f.count(basic.employees)],
    [t("basic.operatingState"), f.term("operating-states", basic.operatingState)],
    [t("basic.hasWebsite"), f.yesNo(basic.hasWebsite)],
    isCompany && [t("basic.hasInvestments"), f.yesNo(basic.hasInvestments)],
    isCompany && [t("basic.hasEquityTransfer"), f.yesNo(basic.hasEquityTransfer)],
  ];
  const assets = report.assets;
  const blocks: ReportBlock[] = [
    { kind: "section", title: t("title", { year: String(report.year) }) },
    { kind: "subsection", title: t("sections.basic") },
    { kind: "fields", rows: basicRows.filter((row) => row !== false).map(([label, value]) => ({ label, value })) },
    ...sub(t("sections.websites"), report.websites.length === 0, () => [
      table(report.websites, [
        [t("websites.kind"), 1, (row) => f.term("website-kinds", row.kind)],
        [t("websites.name"), 2, (row) => row.name],
        [t("websites.url"), 3, (row) => row.url],
      ]),
    ]),
  ];
  if (isShort) {
    const isCooperative = report.form === "cooperative";
    blocks.push({ kind: "subsection", title: t("sections.operating") });
    blocks.push(
      assets.isPublished
        ? {
            kind: "fields",
            rows: [
              { label: t(isCooperative ? "operating.salesRevenue" : "operating.revenue"), value: f.wanYuan(assets.totalRevenue) },
              ...(isCooperative ? [{ label: t("operating.surplus"), value: f.wanYuan(assets.totalProfit) }] : []),
              { label: t("operating.taxPaid"), value: f.wanYuan(assets.taxPaid) },
            ],
          }
        : withheldNote(f),
    );
  } else {
    blocks.push(...sub(t("sections.contributions"), report.contributions.length === 0, () => [contributionsTable(report.contributions, f)]));
    blocks.push(
      ...sub(t("sections.investments"), report.investments.length === 0, () => [
        table(report.investments, [
          [t("investments.name"), 3, (row) => row.investeeName],
          [t("investments.uscc"), 2, (row) => row.investeeUscc ?? f.t.common("notGiven")],
        ]),
      ]),
    );
    blocks.push({ kind: "subsection", title: t("sections.assets") });
    blocks.push(
      assets.isPublished
        ? {
            kind: "fields",
            rows: (["totalAssets", "ownersEquity", "totalRevenue", "mainRevenue", "totalProfit", "netProfit", "taxPaid", "totalLiabilities"] as const).map(
              (key) => ({ label: t(`assets.${key}`), value: f.wanYuan(assets[key]) }),
            ),
          }
        : withheldNote(f),
    );
    blocks.push({ kind: "subsection", title: t("sections.guarantees") });
    blocks.push(
      ...withholdable(report.guarantees, (rows) =>
        cards(rows, f, (row) => [
          [t("guarantees.creditor"), row.creditor],
          [t("guarantees.debtor"), row.debtor],
          [t("guarantees.kind"), f.term("guarantee-kinds", row.kind)],
          [t("guarantees.amount"), f.wanYuan(row.amount)],
          [t("guarantees.term"), f.period(row.termFrom, row.termTo)],
          [t("guarantees.period"), f.term("guarantee-periods", row.period)],
          [t("guarantees.mode"), f.term("guarantee-modes", row.mode)],
        ]),
      f),
    );
    blocks.push(...sub(t("sections.equityChanges"), report.equityChanges.length === 0, () => [equityChangesTable(report.equityChanges, f)]));
    blocks.push({ kind: "subsection", title: t("sections.socialInsurance") });
    blocks.push(
      ...withholdable(report.socialInsurance, (rows) => [
        table(rows, [
          [t("socialInsurance.kind"), 2, (row) => f.term("insurance-kinds", row.kind)],
          [t("socialInsurance.insuredCount"), 1.5, (row) => f.count(row.insuredCount)],
          [f.wanYuanColumn(t("socialInsurance.contributionBase")), 2, (row) => f.amount(row.contributionBase)],
          [f.wanYuanColumn(t("socialInsurance.paid")), 2, (row) => f.amount(row.paid)],
          [f.wanYuanColumn(t("socialInsurance.arrears")), 2, (row) => f.amount(row.arrears)],
        ]),
      ], f),
    );
  }
  blocks.push(
    ...sub(t("sections.amendments"), report.amendments.length === 0, () => [
      table(report.amendments, [
        [t("amendments.item"), 2, (row) => f.term("annual-report-items", row.item)],
        [t("amendments.before"), 3, (row) => row.before],
        [t("amendments.after"), 3, (row) => row.after],
        [t("amendments.amendedOn"), 2, (row) => f.day(row.amendedOn)],
      ]),
    ]),
  );
  return blocks;
}

/** 行政处罚信息: one card per decision, headed by its number. */
function penaltyCards(penalties: Penalty[], f: Format): ReportBlock[] {
  const t = f.t.company;
  return cards(penalties, f, (row) => [
    [t("penalties.violationType"), f.term("violation-types", row.violationType)],
    [t("penalties.kinds"), row.kinds.map((kind) => f.term("penalty-kinds", kind)).join(t("penalties.kindSeparator"))],
    [t("penalties.content"), row.content],
    ...(row.fineYuan === null ? [] : ([[t("penalties.fine"), f.yuan(row.fineYuan)]] as [string, string][])),
    [t("penalties.authority"), f.authority(row.authority)],
    [t("penalties.decidedOn"), f.day(row.decidedOn)],
    [t("penalties.publishedOn"), f.day(row.publishedOn)],
    [f.t.report("publicityEndsOn"), f.day(row.publicityEndsOn)],
  ]).map((block, index) => (block.kind === "fields" ? { ...block, title: penalties[index].decisionNumber } : block));
}

function selfPublishedSections(data: ReportData, f: Format): ReportBlock[] {
  const t = f.t.company;
  const s = data.profile.selfPublished;
  return [
    { kind: "group", title: t("groupSelf") },
    ...section(t("sections.annualReports"), data.annualReports.length === 0, () => [
      table(s.annualReports, [
        [t("annualReports.year"), 1, (row) => String(row.year)],
        [t("annualReports.state"), 2, (row) => f.term("annual-report-states", row.state)],
        [t("annualReports.submittedOn"), 2, (row) => f.day(row.submittedOn)],
      ]),
    ], f),
    ...data.annualReports.flatMap((report) => annualReportBlocks(report, f)),
    ...section(t("sections.contributions"), s.contributions.length === 0, () => [contributionsTable(s.contributions, f)], f),
    ...section(t("sections.equityChanges"), s.equityChanges.length === 0, () => [equityChangesTable(s.equityChanges, f)], f),
    ...section(t("sections.selfLicences"), s.licences.length === 0, () => licenceCards(s.licences, f), f),
    ...section(t("sections.ipPledges"), s.ipPledges.length === 0, () =>
      [recordsTable(s.ipPledges, (row) => [
        [t("ipPledges.registrationNumber"), row.registrationNumber],
        [t("ipPledges.kind"), f.term("ip-pledge-kinds", row.kind)],
        [t("ipPledges.name"), row.name],
        [t("ipPledges.pledgor"), row.pledgor],
        [t("ipPledges.pledgee"), row.pledgee],
        [t("ipPledges.term"), f.period(row.termFrom, row.termTo)],
        [t("ipPledges.status"), f.term("record-statuses", row.status)],
        [t("ipPledges.publishedOn"), f.day(row.publishedOn)],
      ])],
    f),
    ...section(t("sections.selfPenalties"), s.penalties.length === 0, () => penaltyCards(s.penalties, f), f),
  ];
}

/** Everything the report says, in its locale. */
export function buildReportContent({ data, locale, reportId, generatedAt, verifyUrl }: ReportInput): ReportContent {
  const f = reportFormat(locale);
  const { profile } = data;
  const t = f.t.report;
  const names = profile.nameUg ? (locale === "ug" ? [profile.nameUg, profile.nameZh] : [profile.nameZh, profile.nameUg]) : [profile.nameZh];
  const title = t("title");
  const printedId = formatReportId(reportId);
  return {
    locale,
    direction: localeDirection(locale),
    title,
    names,
    uscc: profile.uscc,
    reportId,
    facts: [
      { label: f.t.company("uscc"), value: profile.uscc },
      { label: t("generatedAt"), value: `${formatTimestamp(locale, generatedAt)} (${t("timeZone")})` },
      { label: t("reportId"), value: printedId },
    ],
    verifyTitle: t("verifyTitle"),
    verifyText: t("verifyText"),
    verifyUrl,
    disclaimerTitle: t("disclaimerTitle"),
    disclaimer: t("disclaimer"),
    runningHeader: `${title} · ${names[0]} · ${profile.uscc}`,
    reportNumberLine: `${t("reportId")} ${printedId}`,
    pageLabel: (page, total) => t("page", { page: formatCount(locale, page), total: formatCount(locale, total) }),
    metadata: {
      title: `${title} – ${names[0]}`,
      subject: t("subject", { name: names[0], uscc: profile.uscc }),
      author: createTranslator({ locale, messages: catalogue(locale), namespace: "Layout" })("regulator"),
      keywords: `${profile.uscc}, ${printedId}`,
    },
    blocks: [...governmentSections(profile, f), ...selfPublishedSections(data, f)],
  };
}
