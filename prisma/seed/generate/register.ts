/**
 * Deterministic generator of a realistic enterprise register for Xinjiang: companies with their
 * registration data, shareholders, officers, changes, licences, penalties, list entries, spot
 * checks, security interests and annual reports, all relative to an "as of" date.
 *
 * The same (seed, count, asOf) always yields identical rows, whatever the batch size passed to
 * `next`. Rows are keyed by database column name and carry explicit ids; every row of a table has
 * the same keys. Private columns (ID numbers, liaison) are generated like everything else: the
 * public projection hides them, not the generator. Hidden annual-report blocks are stored too.
 */
import { generateRegistrationNumber, generateUscc } from "../../../lib/codes/credit-code";
import { authorityIdsFor, buildAuthorities, type AuthorityKind, type CountyAuthorityIds } from "../../../lib/dictionaries/authorities";
import { ENTERPRISE_TYPES, type EnterpriseType } from "../../../lib/dictionaries/enterprise-types";
import { INDUSTRY_DIVISIONS, findIndustry, type IndustryDivision } from "../../../lib/dictionaries/industries";
import { RECORD_TERMS, type TermCode } from "../../../lib/dictionaries/record-terms";
import { PENALTY_PUBLICITY } from "../../../lib/rules/publicity";
import { firstReportYear } from "../../../lib/rules/annual-reporting";
import { COUNTIES, countyFullNameZh, findCounty, findPrefecture, type County, type Prefecture } from "../../../lib/dictionaries/regions";
import { createAddress, createRuralAddress } from "./addresses";
import { createBranchName, createCompanyName, randomBrand, type EnterpriseName } from "./company-names";
import { addMonths, addYears, dayFromCivil, formatDay, formatDayZh, parseDay, yearOfDay } from "./dates";
import { POPULATION_MIX, createPerson, mobilePhone, type Person } from "./people";
import { createRandom, forItem, weightedTable, type Random, type SeedInput, type WeightedTable } from "./random";
import {
  COLLATERAL,
  DECISION_WORDS,
  LICENCES,
  LICENCES_BY_DIVISION,
  PATENT_SUBJECTS,
  WEB_SYLLABLES,
  bankName,
  courtFor,
  licenceNumber,
  organWord,
  violationsFor,
  type LicenceIssuer,
  type ViolationSpec,
} from "./record-texts";

// Publicity periods of administrative-penalty information (市场监督管理行政处罚信息公示规定, 2021):
// a penalty is public for 3 years from publication; a minor one (warning only, or a low fine) for
// 3 months. The configuration lives in lib/rules/publicity.ts; these names are kept for callers.
export const PENALTY_PUBLICITY_YEARS = PENALTY_PUBLICITY.standardMonths / 12;
export const MINOR_PENALTY_PUBLICITY_MONTHS = PENALTY_PUBLICITY.minorMonths;

/** A fine at or below this many yuan (with no other sanction) counts as a minor penalty. */
const MINOR_FINE_LIMIT_YUAN = 3000;

/** Annual reports replaced annual inspection with the 2013 reporting year (filed in 2014). */
const FIRST_REPORT_YEAR = 2013;
/** Unified social credit codes replaced registration numbers from October 2015. */
const USCC_REFORM = dayFromCivil(2015, 10, 1);
/** Subscribed-capital system (认缴制) from March 2014; paid-in within 5 years under the 2024 Company Law. */
const SUBSCRIBED_CAPITAL_REFORM = dayFromCivil(2014, 3, 1);
const COMPANY_LAW_2024 = dayFromCivil(2024, 7, 1);
/** Interim Regulations on Enterprise Information Publicity in force: instant information, penalties public. */
const PUBLICITY_START = dayFromCivil(2014, 10, 1);
/** Random ("double random") spot checks from 2015. */
const SPOT_CHECKS_START = dayFromCivil(2015, 8, 1);
const EARLIEST_ESTABLISHED_YEAR = 1995;
/** Only the most recent annual reports get their detail tables, to keep seeding fast. */
const DETAILED_REPORT_YEARS = 3;

export type Row = Record<string, string | number | boolean | null | string[]>;

export const TABLE_NAMES = [
  "authority",
  "enterprise",
  "shareholder",
  "contribution",
  "key_person",
  "change_record",
  "liquidation",
  "licence",
  "penalty",
  "abnormal_listing",
  "serious_violation",
  "spot_check",
  "chattel_mortgage",
  "equity_pledge",
  "judicial_assistance",
  "equity_change",
  "ip_pledge",
  "annual_report",
  "annual_report_website",
  "annual_report_contribution",
  "annual_report_investment",
  "annual_report_guarantee",
  "annual_report_equity_change",
  "annual_report_social_insurance",
  "annual_report_amendment",
  "audit_log",
  "search_outbox",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
export type SeedRows = Partial<Record<TableName, Row[]>>;

export type RegisterGeneratorOptions = { seed: string | number; count: number; asOf: string };

export type RegisterGenerator = {
  authorities(): Row[];
  next(size: number): SeedRows;
  readonly generated: number;
};

/** Tables the generator writes rows to (audit_log and search_outbox are the writer's). */
type GeneratedTable = Exclude<TableName, "authority" | "audit_log" | "search_outbox">;

const GENERATED_TABLES: readonly GeneratedTable[] = TABLE_NAMES.filter(
  (name): name is GeneratedTable => name !== "authority" && name !== "audit_log" && name !== "search_outbox",
);

// ——— Formatting ———

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Amount in 万元 from integer hundredths of 万元 (= 100 yuan): 12345 → "123.450000". */
function wan(units: number): string {
  const negative = units < 0;
  const abs = Math.abs(Math.round(units));
  return `${negative ? "-" : ""}${Math.floor(abs / 100)}.${pad2(abs % 100)}0000`;
}

/** Plain-text amount in 万元 for change records: 12345 → "123.45万元". */
function wanText(units: number): string {
  const abs = Math.round(units);
  const fraction = abs % 100;
  const whole = Math.floor(abs / 100);
  return fraction === 0 ? `${whole}万元` : `${whole}.${pad2(fraction)}万元`;
}

/** Percent with 4 decimals from integer hundredths of a percent: 3550 → "35.5000". */
function percent(units: number): string {
  return `${Math.floor(units / 100)}.${pad2(units % 100)}00`;
}

function day(value: number): string {
  return formatDay(value);
}

function dayOrNull(value: number | null): string | null {
  return value === null ? null : formatDay(value);
}

/** Round hundredths of 万元 to a "nice" figure the way people register capital. */
function roundUnits(units: number): number {
  if (units >= 100_00) return Math.round(units / 100) * 100;
  if (units >= 10_00) return Math.round(units / 10) * 10;
  return Math.max(1, Math.round(units));
}

// ——— Weighted tables ———

const TYPE_TABLE = weightedTable(ENTERPRISE_TYPES.map((type) => [type, type.weight] as const));
const COUNTY_TABLE = weightedTable(COUNTIES.map((county) => [county, county.weight] as const));
const INDUSTRY_TABLE = weightedTable(INDUSTRY_DIVISIONS.map((division) => [division, division.weight] as const));

function divisionTable(entries: readonly (readonly [string, number])[]): WeightedTable<IndustryDivision> {
  return weightedTable(
    entries.map(([code, weight]) => {
      const division = findIndustry(code);
      if (!division) throw new Error(`Unknown industry division ${code}`);
      return [division, weight] as const;
    }),
  );
}

const INDUSTRY_BY_TYPE: Readonly<Record<string, WeightedTable<IndustryDivision>>> = {
  "individual-business": divisionTable([["F52", 48], ["H62", 25], ["O81", 8], ["O80", 8], ["G54", 4], ["C13", 4], ["F51", 3]]),
  "farmers-cooperative": divisionTable([["A01", 60], ["A03", 30], ["A05", 10]]),
  partnership: divisionTable([["J67", 45], ["L72", 40], ["M74", 15]]),
  "sole-proprietorship": divisionTable([["F52", 28], ["F51", 15], ["C13", 10], ["O81", 10], ["H62", 10], ["E50", 10], ["G54", 10], ["C30", 7]]),
  "state-owned": divisionTable([["D44", 15], ["E47", 15], ["E48", 15], ["G54", 10], ["K70", 10], ["C13", 10], ["A05", 10], ["N78", 10], ["R88", 5]]),
  collective: divisionTable([["C13", 25], ["C30", 15], ["F52", 20], ["A05", 20], ["E47", 10], ["O81", 10]]),
};

const ENDED_STATUSES = weightedTable([
  ["deregistered", 68],
  ["revoked", 14],
  ["revoked-deregistered", 6],
  ["moved-out", 9],
  ["cancelled", 3],
] as const);

type FilingBehaviour = "good" | "sloppy" | "dormant";

/** How companies file annual reports: most on time, a few carelessly, some stop altogether. */
const FILING_BEHAVIOURS = weightedTable<FilingBehaviour>([
  ["good", 95],
  ["sloppy", 3],
  ["dormant", 2],
]);

const CAPITAL_CHOICES: Readonly<Record<string, readonly number[]>> = {
  llc: [10, 30, 50, 100, 100, 200, 300, 500, 500, 1000, 1000, 2000, 3000, 5000],
  "llc-sole-natural-person": [3, 5, 10, 10, 20, 30, 50, 50, 100, 100, 200, 500, 1000],
  "llc-sole-corporate": [100, 500, 1000, 1000, 2000, 5000, 10000],
  "joint-stock": [1000, 2000, 3000, 5000, 5000, 8000, 10000, 20000, 30000, 50000],
  partnership: [100, 500, 1000, 1000, 3000, 5000, 10000, 20000],
  "sole-proprietorship": [1, 3, 5, 10, 10, 20, 50, 100],
  "individual-business": [0.5, 1, 1, 2, 3, 5, 5, 10, 20, 30, 50],
  "farmers-cooperative": [10, 20, 50, 100, 100, 200, 300, 500],
  "state-owned": [500, 1000, 2000, 5000, 10000, 30000],
  collective: [20, 50, 100, 200, 500],
};

const COMPANY_TYPES = new Set(["llc", "llc-sole-natural-person", "llc-sole-corporate", "joint-stock", "state-owned", "collective"]);

// ——— Internal shapes ———

type CompanyRef = {
  id: number;
  nameZh: string;
  nameUg: string | null;
  uscc: string;
  countyCode: string;
  prefectureCode: string;
  established: number;
  typeCode: string;
  industryCode: string;
  capitalUnits: number;
};

type ShareholderInfo = {
  name: string;
  kind: TermCode<"shareholder-kinds">;
  isNatural: boolean;
  idType: TermCode<"id-document-types">;
  idNumber: string;
  subscribedUnits: number;
};

type ContributionInfo = {
  shareholderName: string;
  subscribedUnits: number;
  subscribedOn: number | null;
  via: TermCode<"contribution-methods">;
  paidUnits: number;
  paidOn: number | null;
  paidVia: TermCode<"contribution-methods"> | null;
};

type Company = {
  id: number;
  rng: Random;
  type: EnterpriseType;
  county: County;
  prefecture: Prefecture;
  industry: IndustryDivision;
  authorityIds: CountyAuthorityIds;
  established: number;
  status: string;
  statusChangedOn: number | null;
  /** Last day the company can act (status change) or asOf + 1 when still live. */
  endDay: number;
  name: EnterpriseName;
  uscc: string;
  capitalUnits: number | null;
  legalRep: Person;
  legalRepName: string;
  address: string;
  shareholders: ShareholderInfo[];
  contributions: ContributionInfo[];
  /** Former names, oldest first, each with the day it stopped being the name. */
  formerNames: { name: string; until: number }[];
  formerAddresses: { address: string; until: number }[];
  filing: FilingBehaviour;
  /** First reporting year never filed (a company that stops filing never files later years). */
  stopYear: number;
  /** Day the company was found unreachable at its registered address. */
  unreachableOn: number | null;
  openListings: { listedOn: number; reason: TermCode<"abnormal-reasons"> }[];
};

type EmittedPenalty = { kinds: string[] };

export function createRegisterGenerator(options: RegisterGeneratorOptions): RegisterGenerator {
  return new RegisterBuilder(options);
}

class RegisterBuilder implements RegisterGenerator {
  private readonly seed: SeedInput;
  private readonly count: number;
  private readonly asOfDay: number;
  private readonly asOfYear: number;
  private readonly establishedTables: { company: WeightedTable<number>; individual: WeightedTable<number> };
  private generatedCount = 0;
  private readonly ids: Record<GeneratedTable, number>;
  private readonly takenNames = new Set<string>();
  private readonly usccs = new Set<string>();
  private readonly registrationNumbers = new Set<string>();
  /** Live companies (not branches or individual businesses) that later ones can refer to. */
  private readonly companies: CompanyRef[] = [];
  private readonly bankUsccs = new Map<string, string>();
  private out: Record<GeneratedTable, Row[]>;

  constructor({ seed, count, asOf }: RegisterGeneratorOptions) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError("count must be a non-negative integer");
    this.seed = seed;
    this.count = count;
    this.asOfDay = parseDay(asOf);
    this.asOfYear = yearOfDay(this.asOfDay);
    if (this.asOfYear <= EARLIEST_ESTABLISHED_YEAR) throw new RangeError(`asOf must be after ${EARLIEST_ESTABLISHED_YEAR}`);
    this.ids = Object.fromEntries(GENERATED_TABLES.map((name) => [name, 0])) as Record<GeneratedTable, number>;
    this.out = this.emptyOut();
    this.establishedTables = { company: this.yearTable(1.08), individual: this.yearTable(1.12) };
  }

  get generated(): number {
    return this.generatedCount;
  }

  authorities(): Row[] {
    return buildAuthorities().map((row) => ({ ...row }));
  }

  next(size: number): SeedRows {
    const target = Math.min(this.count, this.generatedCount + Math.max(0, Math.floor(size)));
    if (target <= this.generatedCount) return {};
    this.out = this.emptyOut();
    while (this.generatedCount < target) {
      this.generateCompany(this.generatedCount);
      this.generatedCount++;
    }
    const result: SeedRows = {};
    for (const table of GENERATED_TABLES) {
      if (this.out[table].length > 0) result[table] = this.out[table];
    }
    return result;
  }

  // ——— helpers ———

  private emptyOut(): Record<GeneratedTable, Row[]> {
    return Object.fromEntries(GENERATED_TABLES.map((name) => [name, []])) as unknown as Record<GeneratedTable, Row[]>;
  }

  private nextId(table: GeneratedTable): number {
    this.ids[table] += 1;
    return this.ids[table];
  }

  private push(table: GeneratedTable, row: Row): void {
    this.out[table].push(row);
  }

  /** Establishment years weighted by growth^(year − 1995); the current year pro rata. */
  private yearTable(growth: number): WeightedTable<number> {
    const entries: [number, number][] = [];
    const startOfYear = dayFromCivil(this.asOfYear, 1, 1);
    for (let year = EARLIEST_ESTABLISHED_YEAR; year <= this.asOfYear; year++) {
      let weight = Math.pow(growth, year - EARLIEST_ESTABLISHED_YEAR);
      if (year === this.asOfYear) weight *= (this.asOfDay - startOfYear + 1) / 365;
      entries.push([year, weight]);
    }
    return weightedTable(entries);
  }

  private establishedDay(rng: Random, individual: boolean): number {
    const year = rng.fromTable(individual ? this.establishedTables.individual : this.establishedTables.company);
    const from = dayFromCivil(year, 1, 1);
    const to = Math.min(dayFromCivil(year, 12, 31), this.asOfDay);
    return rng.dayBetween(from, to);
  }

  /** A record date in [from, to], both clamped to what the company's life allows. */
  private lifeDay(rng: Random, company: Company, from: number, to: number = this.lifeEnd(company)): number | null {
    const start = Math.max(from, company.established);
    const end = Math.min(to, this.lifeEnd(company));
    return end < start ? null : rng.dayBetween(start, end);
  }

  private lifeEnd(company: Company): number {
    return Math.min(company.endDay - 1, this.asOfDay);
  }

  private person(rng: Random, county: County, adultOn: number, isMale?: boolean): Person {
    const mix = POPULATION_MIX[county.prefectureCode] ?? { uyghur: 0.5, kazakh: 0 };
    return createPerson(rng, { countyCode: county.code, uyghurShare: mix.uyghur, kazakhShare: mix.kazakh, adultOn, isMale });
  }

  private uniqueUscc(rng: Random, entityType: string, division: string, authority = "9"): string {
    for (;;) {
      const code = generateUscc({ authority, entityType, division, random: rng.source });
      if (!this.usccs.has(code)) {
        this.usccs.add(code);
        return code;
      }
    }
  }

  /** A stable USCC for a bank or government body named in records (not itself on the register). */
  private outsideUscc(name: string, authority: string, entityType: string, division: string): string {
    const cached = this.bankUsccs.get(name);
    if (cached) return cached;
    const rng = createRandom(`${String(this.seed)}|outside|${name}`);
    let code = generateUscc({ authority, entityType, division, random: rng.source });
    while (this.usccs.has(code)) code = generateUscc({ authority, entityType, division, random: rng.source });
    this.usccs.add(code);
    this.bankUsccs.set(name, code);
    return code;
  }

  /** An earlier, live company established before `before` (for parents, investors, investees). */
  private earlierCompany(rng: Random, before: number, excludeId = 0, minCapitalUnits = 0): CompanyRef | undefined {
    if (this.companies.length === 0) return undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = this.companies[Math.floor(rng.next() * this.companies.length)];
      if (candidate.established < before && candidate.id !== excludeId && candidate.capitalUnits >= minCapitalUnits) return candidate;
    }
    return undefined;
  }

  private authorityFor(company: Company, kind: AuthorityKind | LicenceIssuer): string {
    const ids = company.authorityIds;
    switch (kind) {
      case "amr":
      case "amr-county":
        return ids.amr;
      case "amr-prefecture":
        return ids.prefectureAmr;
      case "amr-region":
        return ids.regionAmr;
      default:
        return ids[kind];
    }
  }

  // ——— one company ———

  private generateCompany(index: number): void {
    const rng = forItem(this.seed, index);
    const id = index + 1;
    let type = rng.fromTable(TYPE_TABLE);
    let parent: CompanyRef | undefined;
    if (type.code === "branch") {
      parent = this.earlierCompany(rng, this.asOfDay - 60, 0, 100_00);
      if (!parent) type = ENTERPRISE_TYPES[0];
    }

    const county = parent && rng.chance(0.45) ? (findCounty(parent.countyCode) ?? rng.fromTable(COUNTY_TABLE)) : rng.fromTable(COUNTY_TABLE);
    const prefecture = findPrefecture(county.prefectureCode);
    if (!prefecture) throw new Error(`County ${county.code} has no prefecture`);

    let established = this.establishedDay(rng, type.code === "individual-business");
    if (parent && established <= parent.established) {
      established = rng.dayBetween(parent.established + 30, this.asOfDay);
    }

    // Filing behaviour; companies that stop filing are mostly revoked a year or two later.
    const filing: FilingBehaviour = type.annualReportForm === null ? "good" : rng.fromTable(FILING_BEHAVIOURS);
    const firstReportYear = Math.max(yearOfDay(established) + 1, FIRST_REPORT_YEAR);
    const stopYear = filing === "dormant" ? firstReportYear + rng.int(0, 3) : Number.POSITIVE_INFINITY;

    // Status: older entities are more likely to have ended.
    const ageYears = (this.asOfDay - established) / 365.25;
    let status = "active";
    let statusChangedOn: number | null = null;
    const endChance = Math.min(0.45, (type.code === "individual-business" ? 0.02 : 0.012) * ageYears);
    const revokedOn = dayFromCivil(Math.min(stopYear, this.asOfYear) + 1, 7, 1) + rng.int(200, 1000);
    if (filing === "dormant" && revokedOn < this.asOfDay && rng.chance(0.9)) {
      status = rng.chance(0.25) ? "revoked-deregistered" : "revoked";
      statusChangedOn = revokedOn;
    } else if (ageYears > 1.2 && rng.chance(endChance)) {
      status = rng.fromTable(ENDED_STATUSES);
      statusChangedOn = rng.dayBetween(established + 300, this.asOfDay - 1);
    }

    const industry: IndustryDivision =
      parent !== undefined
        ? (findIndustry(parent.industryCode) ?? rng.fromTable(INDUSTRY_TABLE))
        : INDUSTRY_BY_TYPE[type.code]
          ? rng.fromTable(INDUSTRY_BY_TYPE[type.code])
          : rng.fromTable(INDUSTRY_TABLE);

    const legalRep = this.person(rng, county, established);
    const withUg = parent
      ? parent.nameUg !== null
      : rng.chance(legalRep.ethnicity === "uyghur" ? 0.55 : legalRep.ethnicity === "kazakh" ? 0.3 : 0.12);
    const name = parent
      ? createBranchName({
          parent: { zh: parent.nameZh, ug: parent.nameUg },
          parentPrefectureCode: parent.prefectureCode,
          county,
          taken: this.takenNames,
        })
      : createCompanyName({ rng, typeCode: type.code, county, industry, person: legalRep, withUg, taken: this.takenNames });

    const uscc = this.uniqueUscc(rng, type.usccEntityType, county.code);
    let registrationNumber: string | null = null;
    if (established < USCC_REFORM && rng.chance(0.2)) {
      do registrationNumber = generateRegistrationNumber({ division: county.code, random: rng.source });
      while (this.registrationNumbers.has(registrationNumber));
      this.registrationNumbers.add(registrationNumber);
    }

    const capitalUnits = this.capital(rng, type);
    const currency = capitalUnits !== null && (type.code === "llc" || type.code === "joint-stock") && rng.chance(0.025) ? rng.pick(["USD", "HKD", "EUR"]) : "CNY";

    let termTo: number | null = null;
    if (COMPANY_TYPES.has(type.code) || type.code === "partnership") {
      const r = rng.next();
      if (r < 0.25) termTo = addYears(established, 20) - 1;
      else if (r < 0.4) termTo = addYears(established, 30) - 1;
      else if (r < 0.45) termTo = addYears(established, 10) - 1;
      if (termTo !== null && termTo <= this.asOfDay && status === "active") termTo = null; // extended to 长期
    }

    const authorityIds = authorityIdsFor(county.code);
    let registeredBy = authorityIds.amr;
    if (type.code === "joint-stock" || type.code === "state-owned") {
      const r = rng.next();
      registeredBy = r < 0.4 ? authorityIds.prefectureAmr : r < 0.55 ? authorityIds.regionAmr : authorityIds.amr;
    }

    const rural =
      type.code === "farmers-cooperative" ? rng.chance(0.9) : industry.section === "A" ? rng.chance(0.6) : type.code === "individual-business" && rng.chance(0.15);
    const address = rural ? createRuralAddress(rng, county) : createAddress(rng, county);
    const scope = rng.pick(industry.scopes);

    const company: Company = {
      id,
      rng,
      type,
      county,
      prefecture,
      industry,
      authorityIds,
      established,
      status,
      statusChangedOn,
      endDay: statusChangedOn ?? this.asOfDay + 1,
      name,
      uscc,
      capitalUnits,
      legalRep,
      legalRepName: legalRep.zh,
      address,
      shareholders: [],
      contributions: [],
      formerNames: [],
      formerAddresses: [],
      filing,
      stopYear,
      unreachableOn: null,
      openListings: [],
    };

    if (type.hasShareholders) this.shareholders(company);
    const keyPersons = this.keyPersons(company);
    const approvedOn = this.changeRecords(company, keyPersons, scope, termTo);

    const liaison = rng.chance(0.7) ? legalRep : this.person(rng, county, established);
    this.push("enterprise", {
      id,
      uscc,
      registration_number: registrationNumber,
      name_zh: name.zh,
      name_ug: name.ug,
      type: type.code,
      status,
      legal_rep_name: company.legalRepName,
      legal_rep_role: type.legalRepRole,
      legal_rep_id_number: legalRep.idNumber,
      capital: capitalUnits === null ? null : wan(capitalUnits),
      currency,
      established_on: day(established),
      term_from: day(established),
      term_to: dayOrNull(termTo),
      approved_on: day(approvedOn),
      authority_id: registeredBy,
      region_code: county.code,
      industry_code: industry.code,
      address,
      scope,
      status_changed_on: dayOrNull(statusChangedOn),
      parent_id: parent ? parent.id : null,
      liaison_name: liaison.zh,
      liaison_phone: mobilePhone(rng),
    });

    this.liquidation(company);
    this.listsAndReports(company);
    this.licences(company);
    const penalties = this.penalties(company);
    this.chattelMortgages(company);
    this.equityPledges(company);
    this.judicialAssistance(company);
    this.equityChanges(company);
    this.ipPledges(company);
    this.seriousFromPenalties(company, penalties);

    if (status === "active" && COMPANY_TYPES.has(type.code)) {
      this.companies.push({
        id,
        nameZh: name.zh,
        nameUg: name.ug,
        uscc,
        countyCode: county.code,
        prefectureCode: county.prefectureCode,
        established,
        typeCode: type.code,
        industryCode: industry.code,
        capitalUnits: capitalUnits ?? 0,
      });
    }
  }

  private capital(rng: Random, type: EnterpriseType): number | null {
    if (!type.hasCapital) return null;
    const choices = CAPITAL_CHOICES[type.code] ?? CAPITAL_CHOICES.llc;
    if (type.code === "llc" && rng.chance(0.2)) return Math.round(rng.logFloat(3, 5000)) * 100;
    return Math.round(rng.pick(choices) * 100);
  }

  // ——— shareholders, contributions, key persons ———

  private shareholders(company: Company): void {
    const { rng, type, county, established } = company;
    const list: ShareholderInfo[] = [];
    const natural = (person: Person, kind: TermCode<"shareholder-kinds"> = "natural-person"): ShareholderInfo => ({
      name: person.zh,
      kind,
      isNatural: true,
      idType: "resident-id",
      idNumber: person.idNumber,
      subscribedUnits: 0,
    });
    const corporate = (kind: TermCode<"shareholder-kinds"> = "enterprise-legal-person"): ShareholderInfo | null => {
      const ref = this.earlierCompany(rng, established, company.id);
      return ref ? { name: ref.nameZh, kind, isNatural: false, idType: "business-licence", idNumber: ref.uscc, subscribedUnits: 0 } : null;
    };

    switch (type.code) {
      case "llc-sole-natural-person":
        list.push(natural(rng.chance(0.85) ? company.legalRep : this.person(rng, county, established)));
        break;
      case "llc-sole-corporate": {
        const owner = corporate();
        list.push(owner ?? natural(company.legalRep));
        break;
      }
      case "joint-stock": {
        const n = rng.int(2, 5);
        list.push(natural(company.legalRep));
        for (let i = 1; i < n; i++) list.push((rng.chance(0.4) ? corporate() : null) ?? natural(this.person(rng, county, established)));
        break;
      }
      case "partnership": {
        const n = rng.int(2, 5);
        const manager = rng.chance(0.55) ? corporate("general-partner") : null;
        if (manager) {
          list.push(manager);
          company.legalRepName = `${manager.name}（委派代表：${company.legalRep.zh}）`;
        } else {
          list.push(natural(company.legalRep, "general-partner"));
        }
        for (let i = 1; i < n; i++) {
          list.push((rng.chance(0.3) ? corporate("limited-partner") : null) ?? natural(this.person(rng, county, established), "limited-partner"));
        }
        break;
      }
      case "farmers-cooperative": {
        const n = rng.int(5, 8);
        list.push(natural(company.legalRep, "cooperative-member"));
        for (let i = 1; i < n; i++) list.push(natural(this.person(rng, county, established), "cooperative-member"));
        break;
      }
      case "state-owned": {
        const name = `${company.prefecture.names.zh}人民政府国有资产监督管理委员会`;
        list.push({
          name,
          kind: "state-assets-agency",
          isNatural: false,
          idType: "other",
          idNumber: this.outsideUscc(name, "1", "1", company.prefecture.code),
          subscribedUnits: 0,
        });
        break;
      }
      case "collective": {
        const name = `${countyFullNameZh(county)}供销合作社联合社`;
        list.push({
          name,
          kind: "institution-legal-person",
          isNatural: false,
          idType: "institution-certificate",
          idNumber: this.outsideUscc(name, "1", "2", county.code),
          subscribedUnits: 0,
        });
        break;
      }
      default: {
        const n = rng.weighted([[1, 25], [2, 45], [3, 18], [4, 8], [5, 4]] as const);
        list.push(natural(rng.chance(0.8) ? company.legalRep : this.person(rng, county, established)));
        for (let i = 1; i < n; i++) list.push((rng.chance(0.12) ? corporate() : null) ?? natural(this.person(rng, county, established)));
      }
    }

    // De-duplicate (the same earlier company can come up twice).
    const seen = new Set<string>();
    const unique = list.filter((item) => (seen.has(item.idNumber) ? false : (seen.add(item.idNumber), true)));

    // Split the capital: the first holder usually holds the majority.
    const capital = company.capitalUnits ?? 0;
    const weights = unique.map((_, i) => (i === 0 ? rng.float(1, 3) : rng.float(0.3, 1)));
    const total = weights.reduce((a, b) => a + b, 0);
    let assigned = 0;
    unique.forEach((holder, i) => {
      const remaining = capital - assigned;
      holder.subscribedUnits = i === unique.length - 1 ? remaining : Math.min(remaining, roundUnits((capital * weights[i]) / total));
      assigned += holder.subscribedUnits;
    });
    company.shareholders = unique;

    unique.forEach((holder, position) => {
      this.push("shareholder", {
        id: this.nextId("shareholder"),
        enterprise_id: company.id,
        position: position + 1,
        name: holder.name,
        kind: holder.kind,
        is_natural_person: holder.isNatural,
        id_document_type: holder.idType,
        id_document_number: holder.idNumber,
      });
    });

    if (capital > 0) this.contributions(company);
  }

  private contributions(company: Company): void {
    const { rng, established } = company;
    const life = this.lifeEnd(company);
    for (const holder of company.shareholders) {
      if (holder.subscribedUnits <= 0) continue;
      const via: TermCode<"contribution-methods"> = rng.weighted([
        ["currency", 92],
        ["in-kind", 4],
        ["intellectual-property", 2],
        ["land-use-right", 2],
      ] as const);
      let subscribedOn: number;
      let paidUnits: number;
      let paidOn: number | null;
      if (established < SUBSCRIBED_CAPITAL_REFORM) {
        subscribedOn = established;
        paidUnits = holder.subscribedUnits;
        paidOn = established;
      } else {
        subscribedOn =
          established >= COMPANY_LAW_2024 ? addYears(established, rng.int(1, 5)) - 1 : addYears(established, rng.pick([10, 20, 20, 30])) - 1;
        const r = rng.next();
        const paidBy = Math.min(subscribedOn, life);
        if (r < 0.35 && paidBy >= established) {
          paidUnits = holder.subscribedUnits;
          paidOn = rng.dayBetween(established, paidBy);
        } else if (r < 0.5 && paidBy >= established) {
          paidUnits = roundUnits(holder.subscribedUnits * rng.float(0.1, 0.9));
          paidOn = rng.dayBetween(established, paidBy);
        } else {
          paidUnits = 0;
          paidOn = null;
        }
      }
      const info: ContributionInfo = {
        shareholderName: holder.name,
        subscribedUnits: holder.subscribedUnits,
        subscribedOn,
        via,
        paidUnits,
        paidOn,
        paidVia: paidUnits > 0 ? via : null,
      };
      company.contributions.push(info);
      const publishedFrom = Math.max(paidOn ?? established, established, PUBLICITY_START);
      this.push("contribution", {
        id: this.nextId("contribution"),
        enterprise_id: company.id,
        shareholder_name: info.shareholderName,
        subscribed: wan(info.subscribedUnits),
        subscribed_on: dayOrNull(info.subscribedOn),
        subscribed_via: info.via,
        paid: wan(info.paidUnits),
        paid_on: dayOrNull(info.paidOn),
        paid_via: info.paidVia,
        // The day of the change is known only for what filers publish on the site.
        changed_on: null,
        published_on: day(Math.min(publishedFrom + rng.int(1, 20), this.asOfDay)),
      });
    }
  }

  private keyPersons(company: Company): { name: string; title: TermCode<"key-person-titles"> }[] {
    const { rng, type, county, established } = company;
    const other = () => this.person(rng, county, established).zh;
    let people: { name: string; title: TermCode<"key-person-titles"> }[] = [];
    switch (type.code) {
      case "llc":
      case "llc-sole-natural-person":
      case "llc-sole-corporate": {
        const large = (company.capitalUnits ?? 0) >= 1000_00 || company.shareholders.length >= 3;
        if (large && rng.chance(0.6)) {
          people = [
            { name: company.legalRep.zh, title: "chairman" },
            { name: other(), title: "director" },
            { name: other(), title: "general-manager" },
            { name: other(), title: "supervisor" },
          ];
        } else if (rng.chance(0.7)) {
          people = [
            { name: company.legalRep.zh, title: "executive-director-manager" },
            { name: other(), title: "supervisor" },
          ];
        } else {
          people = [
            { name: company.legalRep.zh, title: "executive-director" },
            { name: other(), title: "manager" },
            { name: other(), title: "supervisor" },
          ];
        }
        break;
      }
      case "joint-stock":
        people = [
          { name: company.legalRep.zh, title: "chairman" },
          { name: other(), title: "director" },
          { name: other(), title: "general-manager" },
          { name: other(), title: "chief-supervisor" },
        ];
        break;
      case "farmers-cooperative":
        people = [
          { name: company.legalRep.zh, title: "council-chair" },
          { name: company.shareholders[1]?.name ?? other(), title: "council-member" },
          { name: company.shareholders[2]?.name ?? other(), title: "executive-supervisor" },
        ];
        break;
      case "state-owned":
      case "collective":
        people = [{ name: company.legalRep.zh, title: "general-manager" }];
        if (rng.chance(0.5)) people.push({ name: other(), title: "chief-financial-officer" });
        break;
      default:
        people = [];
    }
    people.forEach((person, position) => {
      this.push("key_person", {
        id: this.nextId("key_person"),
        enterprise_id: company.id,
        position: position + 1,
        name: person.name,
        title: person.title,
      });
    });
    return people;
  }

  // ——— change records ———

  /** Writes change records; returns the approval date (the latest change, or establishment). */
  private changeRecords(
    company: Company,
    keyPersons: { name: string; title: TermCode<"key-person-titles"> }[],
    scope: string,
    termTo: number | null,
  ): number {
    const { rng, type } = company;
    const chance = type.code === "individual-business" ? 0.12 : type.code === "branch" ? 0.2 : 0.42;
    const first = company.established + 60;
    const last = this.lifeEnd(company);
    if (last <= first || !rng.chance(chance)) return company.established;

    const items: (readonly [TermCode<"change-items">, number])[] = [
      ["name", type.code === "branch" ? 0 : 14],
      ["address", 20],
      ["legal-representative", 15],
      ["capital", company.capitalUnits !== null && type.code !== "individual-business" ? 12 : 0],
      ["scope", 18],
      ["investor", company.shareholders.length > 0 && type.code !== "farmers-cooperative" ? 10 : 0],
      ["officers", keyPersons.length > 1 ? 10 : 0],
      ["term", termTo === null && COMPANY_TYPES.has(type.code) ? 3 : 0],
    ];
    const count = rng.weighted([[1, 55], [2, 30], [3, 15]] as const);
    const chosen = new Map<TermCode<"change-items">, number>();
    for (let i = 0; i < count * 2 && chosen.size < count; i++) {
      const item = rng.weighted(items);
      if (!chosen.has(item)) chosen.set(item, rng.dayBetween(first, last));
    }
    // A second name change now and then.
    const nameDays: number[] = [];
    if (chosen.has("name")) {
      nameDays.push(chosen.get("name") ?? first);
      if (rng.chance(0.15)) nameDays.push(rng.dayBetween(first, last));
      nameDays.sort((a, b) => a - b);
    }

    let approvedOn = company.established;
    const record = (item: TermCode<"change-items">, before: string, after: string, changedOn: number) => {
      approvedOn = Math.max(approvedOn, changedOn);
      this.push("change_record", {
        id: this.nextId("change_record"),
        enterprise_id: company.id,
        item,
        before,
        after,
        changed_on: day(changedOn),
      });
    };

    if (nameDays.length > 0) {
      const former = nameDays.map(() =>
        createCompanyName({
          rng,
          typeCode: type.code,
          county: company.county,
          industry: company.industry,
          person: company.legalRep,
          withUg: false,
          taken: this.takenNames,
        }),
      );
      const sequence = [...former.map((n) => n.zh), company.name.zh];
      nameDays.forEach((changedOn, i) => {
        company.formerNames.push({ name: sequence[i], until: changedOn });
        record("name", sequence[i], sequence[i + 1], changedOn);
      });
    }
    for (const [item, changedOn] of chosen) {
      switch (item) {
        case "name":
          break;
        case "address": {
          const before = createAddress(rng, company.county);
          company.formerAddresses.push({ address: before, until: changedOn });
          record(item, before, company.address, changedOn);
          break;
        }
        case "legal-representative":
          record(item, this.person(rng, company.county, company.established).zh, company.legalRep.zh, changedOn);
          break;
        case "capital": {
          const now = company.capitalUnits ?? 0;
          const fraction = rng.pick([0.1, 0.2, 0.25, 0.5]);
          const before = now >= 2_00 ? Math.max(100, Math.round((now * fraction) / 100) * 100) : roundUnits(now * fraction);
          record(item, wanText(before), wanText(now), changedOn);
          break;
        }
        case "scope": {
          const before = company.industry.scopes.find((text) => text !== scope) ?? scope.replace(/；[^；]*（除依法/, "（除依法");
          record(item, before, scope, changedOn);
          break;
        }
        case "investor": {
          const names = company.shareholders.map((s) => s.name);
          const before = [...names];
          before[before.length - 1] = this.person(rng, company.county, company.established).zh;
          record(item, before.join("、"), names.join("、"), changedOn);
          break;
        }
        case "officers": {
          const replaced = keyPersons[keyPersons.length - 1];
          const beforeName = this.person(rng, company.county, company.established).zh;
          record(item, `${beforeName}（${titleZh(replaced.title)}）`, `${replaced.name}（${titleZh(replaced.title)}）`, changedOn);
          break;
        }
        case "term": {
          const oldEnd = addYears(company.established, 20) - 1;
          record(item, `${day(company.established)}至${day(oldEnd)}`, `${day(company.established)}至长期`, changedOn);
          break;
        }
        default:
          break;
      }
    }
    return approvedOn;
  }

  private liquidation(company: Company): void {
    const { rng, status, statusChangedOn, type } = company;
    if (statusChangedOn === null || (status !== "deregistered" && status !== "revoked-deregistered")) return;
    if (type.code === "individual-business" || type.code === "branch" || !rng.chance(0.5)) return;
    const members = company.shareholders.filter((s) => s.isNatural).map((s) => s.name);
    if (members.length === 0) members.push(company.legalRep.zh);
    if (members.length === 1 && rng.chance(0.5)) members.push(this.person(rng, company.county, company.established).zh);
    this.push("liquidation", {
      enterprise_id: company.id,
      leader: members[0],
      members: members.join("、"),
      started_on: day(Math.max(company.established, statusChangedOn - rng.int(45, 180))),
    });
  }

  // ——— abnormal list, serious-violation list, spot checks, annual reports ———

  private listing(
    company: Company,
    reason: TermCode<"abnormal-reasons">,
    listedOn: number,
    removal: { reason: TermCode<"abnormal-removal-reasons">; on: number } | null,
    reportYear: number | null = null,
  ): void {
    const removed = removal !== null && removal.on <= this.asOfDay ? removal : null;
    this.push("abnormal_listing", {
      id: this.nextId("abnormal_listing"),
      enterprise_id: company.id,
      reason,
      report_year: reportYear,
      listed_on: day(listedOn),
      listed_by_id: company.authorityIds.amr,
      removal_reason: removed ? removed.reason : null,
      removed_on: removed ? day(removed.on) : null,
      removed_by_id: removed ? company.authorityIds.amr : null,
    });
    if (!removed) company.openListings.push({ listedOn, reason });
  }

  private spotCheck(company: Company, kind: TermCode<"spot-check-kinds">, checkedOn: number, result: TermCode<"spot-check-results">, authorityId: string): void {
    this.push("spot_check", {
      id: this.nextId("spot_check"),
      enterprise_id: company.id,
      authority_id: authorityId,
      kind,
      checked_on: day(checkedOn),
      result,
    });
  }

  /** The day a county lists non-filers for reporting year `year`: early July of the next year. */
  private listingDay(company: Company, year: number): number {
    return dayFromCivil(year + 1, 7, 1) + 5 + ((Number(company.county.code) * 7 + year * 13) % 21);
  }

  private listsAndReports(company: Company): void {
    const { rng, type } = company;
    const lifeEnd = this.lifeEnd(company);

    // Unreachable at the registered address: found by a spot check, then listed.
    if (lifeEnd - company.established > 400 && rng.chance(0.008)) {
      const from = Math.max(company.established + 365, SPOT_CHECKS_START);
      const checkedOn = this.lifeDay(rng, company, from, lifeEnd - 40);
      if (checkedOn !== null) {
        company.unreachableOn = checkedOn;
        this.spotCheck(company, rng.chance(0.8) ? "random" : "targeted", checkedOn, "not-found-at-address", company.authorityIds.amr);
        const listedOn = checkedOn + rng.int(10, 40);
        const removal = rng.chance(0.5) ? { reason: "reachable-again" as const, on: listedOn + rng.int(30, 500) } : null;
        this.listing(company, "unreachable", listedOn, removal !== null && removal.on < company.endDay ? removal : null);
      }
    }

    // Instant information not published when ordered, or false information.
    if (lifeEnd - company.established > 200 && rng.chance(0.005)) {
      const listedOn = this.lifeDay(rng, company, Math.max(company.established + 180, PUBLICITY_START));
      if (listedOn !== null) {
        const isFalse = rng.chance(0.4);
        const removalOn = listedOn + rng.int(20, 160);
        const removal = rng.chance(0.7) && removalOn < company.endDay ? { reason: isFalse ? ("corrected" as const) : ("info-published" as const), on: removalOn } : null;
        this.listing(company, isFalse ? "false-information" : "instant-info-not-published", listedOn, removal);
      }
    }

    // Ordinary spot checks.
    if (rng.chance(0.14)) {
      const checks = rng.chance(0.8) ? 1 : 2;
      for (let i = 0; i < checks; i++) {
        const checkedOn = this.lifeDay(rng, company, Math.max(company.established + 120, SPOT_CHECKS_START));
        if (checkedOn === null) break;
        const kind = rng.weighted([["random", 70], ["targeted", 15], ["special", 15]] as const);
        let authorityId = company.authorityIds.amr;
        if (kind === "special" && rng.chance(0.5)) {
          authorityId = rng.pick([company.authorityIds.environment, company.authorityIds.health, company.authorityIds.emergency, company.authorityIds.tax]);
        }
        const result = rng.weighted([
          ["normal", 74],
          ["no-activity", 9],
          ["problems-corrected", 13],
          ["problems-referred", 4],
        ] as const);
        this.spotCheck(company, kind, checkedOn, result, authorityId);
      }
    }

    if (type.annualReportForm !== null) this.annualReports(company);

    // Cancelled registrations (撤销) were obtained with false documents: serious-violation list.
    // Individual businesses are marked abnormal but never moved to the serious-violation list this way.
    if (type.code === "individual-business") return;
    if (company.status === "cancelled" && company.statusChangedOn !== null && rng.chance(0.5)) {
      this.serious(company, "false-registration", company.statusChangedOn + rng.int(0, 20));
      return;
    }
    // Three years on the abnormal list without curing the ground: serious-violation list.
    const eligible = company.openListings
      .map((listing) => addYears(listing.listedOn, 3) + rng.int(1, 30))
      .filter((on) => on <= this.asOfDay && on < company.endDay)
      .sort((a, b) => a - b);
    if (eligible.length > 0) this.serious(company, "abnormal-three-years", eligible[0]);
  }

  private serious(company: Company, reason: TermCode<"serious-reasons">, listedOn: number): void {
    const { rng } = company;
    const on = Math.min(listedOn, this.asOfDay);
    let removalReason: TermCode<"serious-removal-reasons"> | null = null;
    let removedOn: number | null = null;
    const expires = addYears(on, 3) + rng.int(1, 14);
    if (reason === "serious-violation" && rng.chance(0.05)) {
      removalReason = "basis-revoked";
      removedOn = on + rng.int(30, 200);
    } else if (reason !== "false-registration" && rng.chance(0.08) && on + 400 <= this.asOfDay) {
      removalReason = "credit-repaired";
      removedOn = on + rng.int(365, Math.max(366, Math.min(this.asOfDay - on, 1000)));
    } else if (expires <= this.asOfDay) {
      removalReason = "period-expired";
      removedOn = expires;
    }
    if (removedOn !== null && removedOn > this.asOfDay) {
      removalReason = null;
      removedOn = null;
    }
    this.push("serious_violation", {
      id: this.nextId("serious_violation"),
      enterprise_id: company.id,
      reason,
      listed_on: day(on),
      listed_by_id: company.authorityIds.amr,
      removal_reason: removalReason,
      removed_on: dayOrNull(removedOn),
      removed_by_id: removalReason ? company.authorityIds.amr : null,
    });
  }

  private seriousFromPenalties(company: Company, penalties: EmittedPenalty[]): void {
    // A heavy penalty (suspension or licence revocation) occasionally puts a company on the list.
    if (!penalties.some((p) => p.kinds.includes("suspension") || p.kinds.includes("licence-revocation"))) return;
    if (!company.rng.chance(0.25)) return;
    const on = this.lifeDay(company.rng, company, Math.max(company.established, this.asOfDay - 3 * 365));
    if (on !== null) this.serious(company, "serious-violation", on);
  }

  private annualReports(company: Company): void {
    const { rng, type } = company;
    const form = type.annualReportForm;
    if (form === null) return;
    // A company formed in a year reports on that year, in the next year's window (lib/rules/annual-reporting.ts).
    const firstYear = Math.max(firstReportYear(yearOfDay(company.established)), FIRST_REPORT_YEAR);
    const lastYear = this.asOfYear - 1;
    if (firstYear > lastYear) return;

    const behaviour = company.filing;
    let stopYear = company.stopYear;
    if ((company.status === "revoked" || company.status === "revoked-deregistered") && company.statusChangedOn !== null && rng.chance(0.4)) {
      stopYear = Math.min(stopYear, yearOfDay(company.statusChangedOn) - rng.int(1, 3));
    }
    if (company.unreachableOn !== null) stopYear = Math.min(stopYear, yearOfDay(company.unreachableOn));
    const stopChance = behaviour === "sloppy" ? 0.012 : 0.001;

    const profile = this.reportProfile(company);
    const detailedFrom = lastYear - DETAILED_REPORT_YEARS + 1;

    for (let year = firstYear; year <= lastYear; year++) {
      const windowStart = dayFromCivil(year + 1, 1, 1);
      const deadline = dayFromCivil(year + 1, 6, 30);
      if (company.endDay <= windowStart) break;
      const listingDay = this.listingDay(company, year);
      if (year < stopYear && rng.chance(stopChance)) stopYear = year;

      let submitted: number | null = null;
      let listed = false;
      if (year < stopYear) {
        const u = rng.next();
        const onTime = behaviour === "sloppy" ? 0.6 : 0.925;
        const beforeListing = behaviour === "sloppy" ? 0.7 : 0.997;
        if (u < onTime) {
          submitted = windowStart + Math.floor((deadline - windowStart) * Math.sqrt(rng.next()));
        } else if (u < beforeListing && listingDay - 1 > deadline) {
          submitted = rng.dayBetween(deadline + 1, listingDay - 1);
        } else {
          submitted = rng.dayBetween(listingDay + 5, dayFromCivil(year + 1, 12, 31));
          listed = true;
        }
      } else {
        listed = true;
      }
      if (submitted !== null && (submitted > this.asOfDay || submitted >= company.endDay)) {
        // Not (yet) filed as of today, or the company ended first.
        if (submitted >= company.endDay && company.endDay <= deadline) listed = false;
        submitted = null;
      }
      if (listed && listingDay <= this.asOfDay && listingDay < company.endDay) {
        const removalOn = submitted === null ? null : Math.min(submitted + rng.int(1, 10), company.endDay - 1);
        this.listing(company, "no-annual-report", listingDay, removalOn === null ? null : { reason: "annual-report-filed", on: removalOn }, year);
      }
      if (submitted === null) {
        if (year < stopYear && listed) stopYear = year; // missed years must be filed oldest first
        continue;
      }
      this.annualReport(company, profile, year, submitted, submitted > deadline, year >= detailedFrom);
    }
  }

  private reportProfile(company: Company): ReportProfile {
    const { rng, type, prefecture } = company;
    const capital = company.capitalUnits ?? 10_00;
    const employees =
      type.code === "individual-business"
        ? rng.int(1, 5)
        : type.code === "farmers-cooperative"
          ? rng.int(0, 12)
          : type.code === "joint-stock"
            ? rng.int(20, 600)
            : type.code === "state-owned"
              ? rng.int(10, 300)
              : Math.floor(rng.logFloat(1, capital >= 1000_00 ? 300 : 60)) - (rng.chance(0.15) ? 1 : 0);
    const syllables = `${rng.pick(WEB_SYLLABLES)}${rng.pick(WEB_SYLLABLES)}`;
    const landline = `${prefecture.areaCode}-${rng.int(2, 8)}${rng.digits(6)}`;
    const email = rng.chance(0.7)
      ? rng.chance(0.6)
        ? `${rng.int(1, 9)}${rng.digits(rng.int(6, 9))}@qq.com`
        : `${syllables}${rng.int(1, 999)}@${rng.pick(["163.com", "126.com", "sina.com"])}`
      : null;
    const websites: { kind: TermCode<"website-kinds">; name: string; url: string }[] = [];
    if (type.annualReportForm === "company" && rng.chance(0.2)) {
      websites.push(
        rng.chance(0.6)
          ? { kind: "website", name: `${company.name.zh}官网`, url: `http://www.${syllables}${rng.int(1, 99)}.com` }
          : {
              kind: "online-shop",
              name: `${company.name.zh.replace(/(有限责任公司|股份有限公司|有限公司|公司)$/, "")}旗舰店`,
              url: rng.chance(0.5) ? `https://shop${rng.digits(9)}.taobao.com` : `https://mall.jd.com/index-${rng.digits(6)}.html`,
            },
      );
    }
    const investees: CompanyRef[] = [];
    if (type.annualReportForm === "company" && rng.chance(0.05)) {
      const n = rng.chance(0.7) ? 1 : 2;
      for (let i = 0; i < n; i++) {
        const ref = this.earlierCompany(rng, this.asOfDay, company.id);
        if (ref && !investees.includes(ref)) investees.push(ref);
      }
    }
    const zeroReport = type.annualReportForm === "company" && rng.chance(0.15);
    return {
      phone: rng.chance(0.6) ? landline : mobilePhone(rng),
      postcode: `${prefecture.postcode.slice(0, 4)}${rng.chance(0.7) ? prefecture.postcode.slice(4) : pad2(rng.int(0, 99))}`,
      email,
      employees: Math.max(0, employees),
      websites,
      investees,
      investedFrom: rng.int(yearOfDay(company.established), this.asOfYear - 1),
      zeroReport,
      scaleUnits: Math.max(100, Math.round(capital * rng.logFloat(0.2, 3))),
      growth: rng.float(0.95, 1.15),
      leverage: rng.float(0.05, 0.9),
    };
  }

  private nameAsOf(company: Company, onDay: number): string {
    for (const former of company.formerNames) if (onDay < former.until) return former.name;
    return company.name.zh;
  }

  private addressAsOf(company: Company, onDay: number): string {
    for (const former of company.formerAddresses) if (onDay < former.until) return former.address;
    return company.address;
  }

  private annualReport(company: Company, profile: ReportProfile, year: number, submitted: number, late: boolean, detailed: boolean): void {
    const { rng, type } = company;
    const form = type.annualReportForm ?? "company";
    const reportId = this.nextId("annual_report");
    const yearEnd = dayFromCivil(year, 12, 31);
    const age = year - yearOfDay(company.established);
    const employees = Math.max(0, Math.round(profile.employees * rng.float(0.85, 1.15)));

    // Financials in hundredths of 万元 (hidden or not, they are stored).
    let totalAssets: number | null = null;
    let totalLiabilities: number | null = null;
    let ownersEquity: number | null = null;
    let totalRevenue: number | null = null;
    let mainRevenue: number | null = null;
    let totalProfit: number | null = null;
    let netProfit: number | null = null;
    let taxPaid: number | null = null;
    let memberCount: number | null = null;
    if (form === "company") {
      if (profile.zeroReport) {
        totalAssets = totalLiabilities = ownersEquity = totalRevenue = mainRevenue = totalProfit = netProfit = taxPaid = 0;
      } else {
        totalAssets = Math.round(profile.scaleUnits * Math.pow(profile.growth, Math.max(0, age)) * rng.float(0.85, 1.15));
        totalLiabilities = Math.round(totalAssets * Math.min(1.2, profile.leverage * rng.float(0.85, 1.15)));
        ownersEquity = totalAssets - totalLiabilities;
        totalRevenue = Math.round(totalAssets * rng.float(0.1, 2.5));
        mainRevenue = Math.round(totalRevenue * rng.float(0.75, 1));
        totalProfit = Math.round(totalRevenue * rng.float(-0.15, 0.2));
        netProfit = totalProfit > 0 ? Math.round(totalProfit * rng.float(0.7, 0.95)) : totalProfit;
        taxPaid = Math.round(totalRevenue * rng.float(0.005, 0.06));
      }
    } else if (form === "individual") {
      totalRevenue = Math.round(rng.logFloat(1, 200) * 100);
      taxPaid = rng.chance(0.6) ? 0 : Math.round(totalRevenue * rng.float(0.005, 0.03));
    } else {
      memberCount = company.shareholders.length + rng.int(0, 150);
      totalRevenue = Math.round(rng.logFloat(5, 1000) * 100);
      totalProfit = Math.round(totalRevenue * rng.float(-0.05, 0.2));
      taxPaid = rng.chance(0.8) ? 0 : Math.round(totalRevenue * rng.float(0.002, 0.01));
    }

    const operatingState: TermCode<"operating-states"> =
      company.statusChangedOn !== null && company.statusChangedOn - yearEnd < 365 && company.status !== "moved-out" && rng.chance(0.5)
        ? "liquidating"
        : rng.chance(0.03)
          ? "suspended"
          : "open";
    const hasInvestments = profile.investees.length > 0 && year >= profile.investedFrom;
    const hasShareholderChanges = detailed && form === "company" && company.shareholders.length >= 2 && rng.chance(0.03);
    const phone = profile.phone;
    const address = this.addressAsOf(company, submitted);
    const isCompanyForm = form === "company";

    this.push("annual_report", {
      id: reportId,
      enterprise_id: company.id,
      year,
      form,
      state: late ? "filed-late" : "filed",
      submitted_on: day(submitted),
      // Reference numbers and submission times belong to reports filed on the site.
      reference_number: null,
      submitted_at: null,
      name: this.nameAsOf(company, submitted),
      phone,
      postcode: profile.postcode,
      address,
      email: profile.email,
      employees,
      operating_state: operatingState,
      has_website: profile.websites.length > 0,
      has_investments: hasInvestments,
      has_equity_transfer: hasShareholderChanges,
      member_count: memberCount,
      publish_assets: rng.chance(0.7),
      total_assets: totalAssets === null ? null : wan(totalAssets),
      owners_equity: ownersEquity === null ? null : wan(ownersEquity),
      total_revenue: totalRevenue === null ? null : wan(totalRevenue),
      main_revenue: mainRevenue === null ? null : wan(mainRevenue),
      total_profit: totalProfit === null ? null : wan(totalProfit),
      net_profit: netProfit === null ? null : wan(netProfit),
      tax_paid: taxPaid === null ? null : wan(taxPaid),
      total_liabilities: totalLiabilities === null ? null : wan(totalLiabilities),
      // The individual and cooperative forms have no guarantee or social-insurance block to hide.
      publish_guarantees: isCompanyForm ? rng.chance(0.8) : true,
      publish_social_insurance: isCompanyForm ? rng.chance(0.75) : true,
    });

    // Amendments before the deadline, public in 修改信息.
    const deadline = dayFromCivil(year + 1, 6, 30);
    if (!late && submitted < deadline && rng.chance(0.05)) {
      const amendedOn = Math.min(rng.dayBetween(submitted + 1, deadline), this.asOfDay);
      if (amendedOn > submitted) {
        const options: [TermCode<"annual-report-items">, string, string][] = [
          ["phone", mobilePhone(rng), phone],
          ["employees", String(employees + rng.pick([-3, -2, -1, 1, 2, 5])), String(employees)],
          ["address", createAddress(rng, company.county), address],
        ];
        if (profile.email !== null) options.push(["email", `${rng.int(1, 9)}${rng.digits(8)}@qq.com`, profile.email]);
        if (totalAssets !== null && totalAssets > 0) options.push(["total-assets", wan(Math.round(totalAssets * 0.9)), wan(totalAssets)]);
        if (taxPaid !== null && taxPaid > 0) options.push(["tax-paid", wan(0), wan(taxPaid)]);
        const amendments = rng.sample(options, rng.chance(0.8) ? 1 : 2);
        for (const [item, before, after] of amendments) {
          this.push("annual_report_amendment", {
            id: this.nextId("annual_report_amendment"),
            report_id: reportId,
            item,
            before,
            after,
            amended_on: day(amendedOn),
          });
        }
      }
    }

    if (!detailed) return;

    for (const site of profile.websites) {
      this.push("annual_report_website", { id: this.nextId("annual_report_website"), report_id: reportId, kind: site.kind, name: site.name, url: site.url });
    }

    if (isCompanyForm) {
      for (const contribution of company.contributions) {
        const paidByYearEnd = contribution.paidOn !== null && contribution.paidOn <= yearEnd;
        this.push("annual_report_contribution", {
          id: this.nextId("annual_report_contribution"),
          report_id: reportId,
          shareholder_name: contribution.shareholderName,
          subscribed: wan(contribution.subscribedUnits),
          subscribed_on: dayOrNull(contribution.subscribedOn),
          subscribed_via: contribution.via,
          paid: wan(paidByYearEnd ? contribution.paidUnits : 0),
          paid_on: paidByYearEnd ? dayOrNull(contribution.paidOn) : null,
          paid_via: paidByYearEnd ? contribution.paidVia : null,
        });
      }
    }

    if (hasInvestments) {
      for (const investee of profile.investees) {
        this.push("annual_report_investment", {
          id: this.nextId("annual_report_investment"),
          report_id: reportId,
          investee_name: investee.nameZh,
          investee_uscc: investee.uscc,
        });
      }
    }

    if (isCompanyForm && rng.chance(0.03)) {
      const termFrom = rng.dayBetween(dayFromCivil(year, 1, 1), yearEnd);
      const debtor = this.earlierCompany(rng, this.asOfDay, company.id);
      this.push("annual_report_guarantee", {
        id: this.nextId("annual_report_guarantee"),
        report_id: reportId,
        creditor: bankName(rng, company.county),
        debtor: debtor ? debtor.nameZh : this.person(rng, company.county, termFrom).zh,
        kind: rng.chance(0.9) ? "contract-debt" : "other",
        amount: wan(Math.round(rng.logFloat(10, 2000)) * 100),
        term_from: day(termFrom),
        term_to: day(addYears(termFrom, rng.int(1, 3)) - 1),
        period: rng.chance(0.7) ? "period" : "none",
        mode: rng.chance(0.75) ? "joint" : "general",
      });
    }

    if (hasShareholderChanges) {
      const holder = rng.pick(company.shareholders);
      const before = rng.int(5, 60) * 100;
      const after = rng.chance(0.3) ? 0 : Math.min(10000, before + rng.pick([-20, -10, 10, 20, 30]) * 100);
      this.push("annual_report_equity_change", {
        id: this.nextId("annual_report_equity_change"),
        report_id: reportId,
        shareholder_name: holder.name,
        ratio_before: percent(before),
        ratio_after: percent(Math.max(0, after)),
        changed_on: day(rng.dayBetween(dayFromCivil(year, 1, 1), yearEnd)),
      });
    }

    if (isCompanyForm && employees > 0) {
      const insured = Math.round(employees * rng.float(0.3, 1));
      const monthlyBase = rng.float(0.35, 0.9); // 万元 per person and month
      for (const [kind, rate, share] of INSURANCE) {
        const count = Math.min(employees, Math.max(0, Math.round(insured * share)));
        const base = Math.round(count * monthlyBase * 12 * 100);
        const due = Math.round(base * rate);
        const arrears = rng.chance(0.04) ? Math.round(due * rng.float(0.05, 0.3)) : 0;
        this.push("annual_report_social_insurance", {
          id: this.nextId("annual_report_social_insurance"),
          report_id: reportId,
          kind,
          insured_count: count,
          contribution_base: wan(base),
          paid: wan(due - arrears),
          arrears: wan(arrears),
        });
      }
    }
  }

  // ——— licences, penalties, security interests, judicial assistance ———

  private licences(company: Company): void {
    const { rng, industry, type } = company;
    const codes = LICENCES_BY_DIVISION[industry.code];
    if (!codes) return;
    if (!rng.chance(type.code === "branch" ? 0.25 : 0.42)) return;
    const held = rng.sample(codes, rng.weighted([[1, 70], [2, 22], [3, 8]] as const));
    for (const code of held) {
      const spec = LICENCES[code];
      let validFrom = this.lifeDay(rng, company, Math.max(company.established + rng.int(5, 60), dayFromCivil(2008, 1, 1)));
      for (let renewal = 0; validFrom !== null && renewal < 3; renewal++) {
        const validTo = addYears(validFrom, spec.validYears) - 1;
        const fromGovernment = rng.chance(0.93);
        const authorityId = this.authorityFor(company, spec.issuer);
        let status: TermCode<"record-statuses"> = "valid";
        let statusChangedOn: number | null = null;
        if (company.statusChangedOn !== null && validTo >= company.statusChangedOn) {
          status = "cancelled";
          statusChangedOn = company.statusChangedOn;
        } else if (rng.chance(0.01)) {
          status = "revoked";
          statusChangedOn = this.lifeDay(rng, company, validFrom + 30, validTo);
          if (statusChangedOn === null) status = "valid";
        }
        this.push("licence", {
          id: this.nextId("licence"),
          enterprise_id: company.id,
          authority_id: fromGovernment ? authorityId : null,
          authority_name: fromGovernment ? null : authorityNameZh(authorityId),
          source: fromGovernment ? "government" : "enterprise",
          document_number: licenceNumber(rng, code, company.county, company.uscc, yearOfDay(validFrom)),
          name: code,
          content: rng.pick(spec.contents),
          valid_from: day(validFrom),
          valid_to: day(validTo),
          status,
          status_changed_on: dayOrNull(statusChangedOn),
          published_on: day(Math.min(validFrom + rng.int(1, 20), this.asOfDay)),
        });
        // Renewed shortly before expiry while the company lives on.
        if (status !== "valid" || validTo >= this.asOfDay || validTo >= company.endDay || !rng.chance(0.7)) break;
        const next = validTo - rng.int(0, 40);
        validFrom = next <= this.lifeEnd(company) ? next : null;
      }
    }
  }

  private penalties(company: Company): EmittedPenalty[] {
    const { rng } = company;
    const emitted: EmittedPenalty[] = [];
    if (!rng.chance(0.085)) return emitted;
    const options = violationsFor(company.industry.code);
    const n = rng.weighted([[1, 75], [2, 18], [3, 7]] as const);
    for (let i = 0; i < n; i++) {
      const spec = rng.weighted(options);
      let decided = this.lifeDay(rng, company, Math.max(company.established + 30, PUBLICITY_START, this.asOfDay - 8 * 365));
      if (decided === null) break;
      decided = Math.min(decided, this.asOfDay - 1);
      const published = Math.min(decided + rng.int(1, 20), this.asOfDay);
      emitted.push(this.penalty(company, spec, decided, published));
    }
    return emitted;
  }

  private penalty(company: Company, spec: ViolationSpec, decided: number, published: number): EmittedPenalty {
    const { rng } = company;
    const kinds: TermCode<"penalty-kinds">[] = [];
    let fine: number | null = null;
    let confiscated = 0;
    if (rng.chance(spec.warningOnly)) {
      kinds.push("warning");
    } else {
      if (rng.chance(0.15) && spec.warningOnly > 0) kinds.push("warning");
      fine = roundFine(rng.logFloat(spec.fine[0], spec.fine[1]));
      kinds.push("fine");
      if (rng.chance(spec.confiscation)) {
        kinds.push("confiscation");
        confiscated = roundFine(rng.logFloat(200, Math.max(500, fine)));
      }
      if (spec.code === "trademark-infringement" || spec.code === "selling-substandard-goods") {
        if (rng.chance(0.5)) kinds.push("confiscation-property");
      }
      if (rng.chance(0.015)) kinds.push("suspension");
      else if (rng.chance(0.01)) kinds.push("licence-revocation");
    }
    const isMinor = (kinds.length === 1 && kinds[0] === "warning") || (kinds.length === 1 && fine !== null && fine <= MINOR_FINE_LIMIT_YUAN);
    const publicityEnds = addMonths(published, isMinor ? PENALTY_PUBLICITY.minorMonths : PENALTY_PUBLICITY.standardMonths);

    let repairedOn: number | null = null;
    const repairFrom = isMinor ? addMonths(published, MINOR_PENALTY_PUBLICITY_MONTHS) : addYears(published, 1);
    if (!isMinor && rng.chance(0.06) && repairFrom < Math.min(publicityEnds, this.asOfDay)) {
      repairedOn = rng.dayBetween(repairFrom, Math.min(publicityEnds, this.asOfDay));
    }
    let annulledOn: number | null = null;
    if (rng.chance(0.01) && decided + 30 < this.asOfDay) {
      annulledOn = rng.dayBetween(decided + 30, Math.min(decided + 180, this.asOfDay));
    }

    const authorityId = this.authorityFor(company, spec.authority);
    const year = yearOfDay(decided);
    const abbr = spec.authority === "amr" ? `${company.prefecture.zhAbbr}${company.county.short.zh.slice(0, 1)}` : company.prefecture.zhAbbr;
    const decisionNumber = `${abbr}${DECISION_WORDS[spec.authority]}〔${year}〕${rng.int(1, 600)}号`;
    const contentParts: string[] = [];
    if (kinds.includes("warning")) contentParts.push("警告");
    if (fine !== null) contentParts.push(`罚款人民币${fine}元`);
    if (confiscated > 0) contentParts.push(`没收违法所得${confiscated}元`);
    if (kinds.includes("confiscation-property")) contentParts.push("没收违法商品");
    if (kinds.includes("suspension")) contentParts.push("责令停业整顿");
    if (kinds.includes("licence-revocation")) contentParts.push("吊销相关许可证件");
    const content = contentParts.join("；");
    const fact = rng.pick(spec.facts).replace("{n}", String(rng.int(2, 60)));
    const factDay = Math.max(company.established, decided - rng.int(20, 120));
    const documentText =
      `当事人${this.nameAsOf(company, decided)}（统一社会信用代码：${company.uscc}），${RECORD_TERMS["address-labels"][company.type.addressLabel].zh}：${this.addressAsOf(company, decided)}。` +
      `经查，当事人于${formatDayZh(factDay)}${fact}。上述行为违反了${spec.violated}的规定。` +
      `依据${spec.basis}的规定，${organWord(spec.authority)}决定对当事人作出如下行政处罚：${content}。` +
      `当事人如不服本处罚决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。`;

    this.push("penalty", {
      id: this.nextId("penalty"),
      enterprise_id: company.id,
      authority_id: authorityId,
      source: rng.chance(0.92) ? "government" : "enterprise",
      decision_number: decisionNumber,
      violation_type: spec.code,
      kinds,
      content,
      fine_yuan: fine === null ? null : `${fine}.00`,
      is_minor: isMinor,
      decided_on: day(decided),
      published_on: day(published),
      publicity_ends_on: day(publicityEnds),
      repaired_on: dayOrNull(repairedOn),
      annulled_on: dayOrNull(annulledOn),
      document_text: documentText,
    });
    return { kinds };
  }

  private chattelMortgages(company: Company): void {
    const { rng, type } = company;
    if (type.code === "branch" || !rng.chance(0.02)) return;
    const n = rng.chance(0.8) ? 1 : 2;
    for (let i = 0; i < n; i++) {
      const registeredOn = this.lifeDay(rng, company, Math.max(company.established + 60, dayFromCivil(2008, 1, 1)));
      if (registeredOn === null) return;
      const cancelled = registeredOn + 3 * 365 < this.asOfDay ? rng.chance(0.6) : rng.chance(0.1);
      this.push("chattel_mortgage", {
        id: this.nextId("chattel_mortgage"),
        enterprise_id: company.id,
        registration_number: `${company.county.code}${yearOfDay(registeredOn)}${rng.digits(6)}`,
        registered_on: day(registeredOn),
        authority_id: company.authorityIds.amr,
        secured_amount: wan(Math.round(rng.logFloat(10, 3000)) * 100),
        mortgagee: bankName(rng, company.county),
        collateral: rng.pick(COLLATERAL),
        status: cancelled ? "cancelled" : "valid",
        published_on: day(Math.min(registeredOn + rng.int(0, 3), this.asOfDay)),
      });
    }
  }

  private equityPledges(company: Company): void {
    const { rng, type } = company;
    if (!COMPANY_TYPES.has(type.code) || company.shareholders.length === 0 || !rng.chance(0.04)) return;
    const holder = rng.pick(company.shareholders);
    if (holder.subscribedUnits <= 0) return;
    const registeredOn = this.lifeDay(rng, company, Math.max(company.established + 90, dayFromCivil(2008, 1, 1)));
    if (registeredOn === null) return;
    let pledgeeName: string;
    let pledgeeIsNatural = false;
    let pledgeeId: string;
    const r = rng.next();
    if (r < 0.7) {
      pledgeeName = bankName(rng, company.county);
      pledgeeId = this.outsideUscc(pledgeeName, "9", "1", company.prefecture.code);
    } else if (r < 0.85) {
      const person = this.person(rng, company.county, registeredOn);
      pledgeeName = person.zh;
      pledgeeIsNatural = true;
      pledgeeId = person.idNumber;
    } else {
      const ref = this.earlierCompany(rng, registeredOn, company.id);
      if (ref) {
        pledgeeName = ref.nameZh;
        pledgeeId = ref.uscc;
      } else {
        pledgeeName = bankName(rng, company.county);
        pledgeeId = this.outsideUscc(pledgeeName, "9", "1", company.prefecture.code);
      }
    }
    const cancelled = registeredOn + 2 * 365 < this.asOfDay ? rng.chance(0.55) : rng.chance(0.1);
    this.push("equity_pledge", {
      id: this.nextId("equity_pledge"),
      enterprise_id: company.id,
      registration_number: `${company.county.code}${yearOfDay(registeredOn)}${rng.digits(4)}`,
      pledgor_name: holder.name,
      pledgor_is_natural: holder.isNatural,
      pledgor_id_number: holder.idNumber,
      pledged_amount: wan(roundUnits(holder.subscribedUnits * rng.float(0.2, 1))),
      pledgee_name: pledgeeName,
      pledgee_is_natural: pledgeeIsNatural,
      pledgee_id_number: pledgeeId,
      registered_on: day(registeredOn),
      authority_id: company.authorityIds.amr,
      status: cancelled ? "cancelled" : "valid",
      published_on: day(Math.min(registeredOn + rng.int(0, 3), this.asOfDay)),
    });
  }

  private judicialAssistance(company: Company): void {
    const { rng, type } = company;
    if (!COMPANY_TYPES.has(type.code) || company.shareholders.length === 0 || !rng.chance(0.02)) return;
    const holder = rng.pick(company.shareholders);
    if (holder.subscribedUnits <= 0) return;
    const fromOn = this.lifeDay(rng, company, Math.max(company.established + 180, PUBLICITY_START));
    if (fromOn === null) return;
    const court = courtFor(rng, company.county);
    const isFreeze = rng.chance(0.85);
    let status: TermCode<"judicial-statuses"> = "done";
    let toOn: number | null = null;
    if (isFreeze) {
      toOn = addYears(fromOn, 3) - 1;
      if (toOn < this.asOfDay) status = rng.chance(0.6) ? "expired" : "unfrozen";
      else status = rng.chance(0.2) ? "unfrozen" : "frozen";
    }
    this.push("judicial_assistance", {
      id: this.nextId("judicial_assistance"),
      enterprise_id: company.id,
      kind: isFreeze ? "equity-freeze" : "shareholder-change",
      subject_name: holder.name,
      equity_amount: wan(holder.subscribedUnits),
      court: court.name,
      notice_number: `（${yearOfDay(fromOn)}）${court.noticePrefix}执${rng.int(1, 3999)}号`,
      status,
      from_on: day(fromOn),
      to_on: dayOrNull(toOn),
      published_on: day(Math.min(fromOn + rng.int(1, 5), this.asOfDay)),
    });
  }

  private equityChanges(company: Company): void {
    const { rng } = company;
    if (company.shareholders.length < 2 || !COMPANY_TYPES.has(company.type.code) || !rng.chance(0.2)) return;
    const n = rng.chance(0.75) ? 1 : 2;
    for (let i = 0; i < n; i++) {
      const changedOn = this.lifeDay(rng, company, Math.max(company.established + 60, PUBLICITY_START));
      if (changedOn === null) return;
      const holder = company.shareholders[i % company.shareholders.length];
      const before = rng.int(1, 18) * 500;
      const after = Math.min(10000, Math.max(0, before + rng.pick([-15, -10, -5, 5, 10, 20]) * 100));
      this.push("equity_change", {
        id: this.nextId("equity_change"),
        enterprise_id: company.id,
        shareholder_name: holder.name,
        ratio_before: percent(before),
        ratio_after: percent(after),
        changed_on: day(changedOn),
        published_on: day(Math.min(changedOn + rng.int(1, 20), this.asOfDay)),
      });
    }
  }

  private ipPledges(company: Company): void {
    const { rng } = company;
    if (!COMPANY_TYPES.has(company.type.code) || !rng.chance(0.01)) return;
    const termFrom = this.lifeDay(rng, company, Math.max(company.established + 180, PUBLICITY_START));
    if (termFrom === null) return;
    const kind = rng.weighted([["trademark", 60], ["patent", 30], ["copyright", 10]] as const);
    const brand = randomBrand(rng).zh;
    const name =
      kind === "trademark"
        ? `第${rng.digits(8)}号“${brand}”商标`
        : kind === "patent"
          ? `${rng.pick(PATENT_SUBJECTS)}（专利号ZL${yearOfDay(termFrom) - rng.int(1, 4)}${rng.int(1, 2)}${rng.digits(7)}.${rng.int(0, 9)}）`
          : `${brand}企业管理系统V1.0（软著登字第${rng.digits(7)}号）`;
    const termTo = addYears(termFrom, rng.int(1, 3)) - 1;
    this.push("ip_pledge", {
      id: this.nextId("ip_pledge"),
      enterprise_id: company.id,
      registration_number: `${yearOfDay(termFrom)}${kind === "trademark" ? "TM" : kind === "patent" ? "ZL" : "RZ"}${rng.digits(6)}`,
      kind,
      name,
      pledgor: company.name.zh,
      pledgee: bankName(rng, company.county),
      term_from: day(termFrom),
      term_to: day(termTo),
      status: termTo < this.asOfDay && rng.chance(0.7) ? "cancelled" : "valid",
      published_on: day(Math.min(termFrom + rng.int(1, 20), this.asOfDay)),
    });
  }
}

type ReportProfile = {
  phone: string;
  postcode: string;
  email: string | null;
  employees: number;
  websites: { kind: TermCode<"website-kinds">; name: string; url: string }[];
  investees: CompanyRef[];
  investedFrom: number;
  zeroReport: boolean;
  scaleUnits: number;
  growth: number;
  leverage: number;
};

/** [kind, contribution rate on the base, share of the insured headcount covered]. */
const INSURANCE: readonly (readonly [TermCode<"insurance-kinds">, number, number])[] = [
  ["pension", 0.16, 1],
  ["unemployment", 0.005, 0.95],
  ["medical", 0.08, 1],
  ["injury", 0.004, 0.9],
  ["maternity", 0.008, 0.85],
];

function titleZh(code: TermCode<"key-person-titles">): string {
  return RECORD_TERMS["key-person-titles"][code].zh;
}

/** Fines are round sums: to 10 yuan below 1,000, to 100 below 10,000, else to 1,000. */
function roundFine(value: number): number {
  if (value < 1000) return Math.max(100, Math.round(value / 10) * 10);
  if (value < 10000) return Math.round(value / 100) * 100;
  return Math.round(value / 1000) * 1000;
}

let authorityNames: Map<string, string> | undefined;

function authorityNameZh(id: string): string {
  if (!authorityNames) authorityNames = new Map(buildAuthorities().map((row) => [row.id, row.name_zh]));
  return authorityNames.get(id) ?? id;
}
