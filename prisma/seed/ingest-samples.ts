/**
 * Sample files for `npm run data:import` (npm run data:samples): records of each kind about the
 * companies of a generated register (the same seed as `npm run demo` or the test suite, so every
 * code exists there), as JSON Lines and as CSV. Deterministic for the same options. Used for
 * docs/samples, by the import tests, and to make large files for trying the importer
 * (`--count 1000000`): records are generated one at a time, never all in memory.
 *
 * Removals lift the abnormal listings of the abnormal-listings sample (same numbers, same prefix),
 * so import that one first, by the same authority. Registrations are of new companies (codes not
 * on the register), with no ID number.
 */
import { computeUsccCheckChar, generateUscc } from "@/lib/codes/credit-code";
import { COUNTIES } from "@/lib/dictionaries/regions";
import { csvColumnsOf } from "@/lib/ingestion/file-import/csv-records";
import { csvLine } from "@/lib/ingestion/file-import/csv-rows";
import type { IngestKind } from "@/lib/ingestion/kinds";
import { createRandom, type Random } from "./generate/random";
import { createRegisterGenerator } from "./generate/register";

export type SampleCompany = { uscc: string; nameZh: string; regionCode: string };

/** The first `count` companies of the register generated with `seed` (the same whatever the register's size). */
export function registerCompanies({ seed, count }: { seed: string; count: number }): SampleCompany[] {
  // The as-of date changes dates and statuses, not who the companies are.
  const generator = createRegisterGenerator({ seed, count, asOf: "2026-11-23" });
  const companies: SampleCompany[] = [];
  while (generator.generated < count) {
    for (const row of generator.next(500).enterprise ?? []) {
      companies.push({ uscc: String(row.uscc), nameZh: String(row.name_zh), regionCode: String(row.region_code) });
    }
  }
  return companies;
}

export type SampleOptions = {
  kind: IngestKind;
  /** How many records. */
  count: number;
  /** The companies they are about (from registerCompanies). */
  companies: readonly SampleCompany[];
  /** Today ("YYYY-MM-DD"): records are dated in the weeks before. */
  asOf: string;
  /** Starts every document number, so that several sample files never share one. */
  prefix?: string;
  /** Seeds the choices (codes, amounts, dates). */
  seed?: string;
};

function daysBefore(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() * items.length)];
}

const VIOLATIONS = [
  { code: "false-advertising", zh: "发布虚假广告" },
  { code: "selling-substandard-goods", zh: "销售不合格产品" },
  { code: "price-violation", zh: "未按规定明码标价" },
  { code: "food-safety", zh: "经营超过保质期的食品" },
  { code: "unlicensed-operation", zh: "未取得许可从事经营活动" },
  { code: "measurement-violation", zh: "使用未经检定的计量器具" },
] as const;

const PENALTY_KINDS_ZH: Record<string, string> = { warning: "警告", fine: "罚款", confiscation: "没收违法所得" };

const LICENCES = [
  { name: "food-business", content: "预包装食品（含冷藏冷冻食品）销售；散装食品销售" },
  { name: "road-transport", content: "道路普通货物运输" },
  { name: "hygiene", content: "公共场所卫生许可（住宿业）" },
  { name: "tobacco-retail", content: "卷烟、雪茄烟零售" },
] as const;

/** One record of `kind`, the `index`-th of the file (1-based), as the API takes it. */
function sampleRecord(kind: IngestKind, index: number, { companies, asOf, prefix = "", seed = "samples" }: SampleOptions, registered: ReadonlySet<string>): Record<string, unknown> {
  const random = createRandom(`${seed}/${kind}/${index}`);
  const company = companies[(index - 1) % companies.length];
  const number = String(index).padStart(4, "0");
  switch (kind) {
    case "penalties": {
      const violation = pick(random, VIOLATIONS);
      const kinds: readonly string[] = pick(random, [["warning"], ["warning", "fine"], ["fine"], ["fine", "confiscation"]]);
      const fines = kinds.includes("fine");
      const fine = fines ? String(pick(random, [2000, 5000, 8000, 12000.5, 30000])) : null;
      const decidedOn = daysBefore(asOf, 3 + Math.floor(random.next() * 20));
      return {
        documentNumber: `${prefix}新市监处罚〔2026〕${number}号`,
        uscc: company.uscc,
        violationType: violation.code,
        kinds: [...kinds],
        content: fines ? `${kinds.includes("warning") ? "警告，" : ""}罚款人民币${fine}元` : "警告",
        ...(fines ? { fineYuan: fine } : {}),
        decidedOn,
        documentText: `当事人${company.nameZh}${violation.zh}，违反了有关法律规定。\n依据有关规定，决定给予"${kinds.map((code) => PENALTY_KINDS_ZH[code]).join("、")}"的行政处罚。`,
      };
    }
    case "licences": {
      const licence = pick(random, LICENCES);
      const validFrom = daysBefore(asOf, 3 + Math.floor(random.next() * 12));
      return {
        documentNumber: `${prefix}JY1650100${number}`,
        uscc: company.uscc,
        name: licence.name,
        content: licence.content,
        validFrom,
        validTo: `${Number(validFrom.slice(0, 4)) + 5}${validFrom.slice(4)}`,
        status: "valid",
      };
    }
    case "spot-checks":
      return {
        documentNumber: `${prefix}新市监抽查〔2026〕${number}号`,
        uscc: company.uscc,
        kind: pick(random, ["random", "targeted"]),
        checkedOn: daysBefore(asOf, 3 + Math.floor(random.next() * 12)),
        result: pick(random, ["normal", "normal", "normal", "problems-corrected"]),
      };
    case "abnormal-listings":
      return {
        documentNumber: `${prefix}新市监异〔2026〕${number}号`,
        uscc: company.uscc,
        reason: "unreachable",
        listedOn: daysBefore(asOf, 10 + (index % 7)),
      };
    case "removals":
      return {
        documentNumber: `${prefix}新市监移〔2026〕${number}号`,
        uscc: company.uscc,
        list: "abnormal-listings",
        listingDocumentNumber: `${prefix}新市监异〔2026〕${number}号`,
        reason: "reachable-again",
        removedOn: asOf,
      };
    case "serious-violations":
      return {
        documentNumber: `${prefix}新市监严〔2026〕${number}号`,
        uscc: company.uscc,
        reason: "false-registration",
        listedOn: daysBefore(asOf, 10 + (index % 7)),
      };
    case "registrations": {
      const county = pick(random, COUNTIES.filter((candidate) => candidate.code.startsWith("6501")));
      let uscc = generateUscc({ division: county.code, random: () => random.next() });
      // Never a company of the register (a new registration, not an update of someone else's).
      if (registered.has(uscc)) uscc = `${uscc.slice(0, 16)}Y${computeUsccCheckChar(`${uscc.slice(0, 16)}Y`)}`;
      return {
        uscc,
        nameZh: `乌鲁木齐${pick(random, ["天山", "雪莲", "丝路", "博格达", "红山"])}${number}商贸有限公司`,
        type: "llc",
        status: "active",
        legalRepName: pick(random, ["艾力·买买提", "王芳", "李建国", "古丽娜尔·吐尔逊"]),
        capital: String(pick(random, [50, 100, 500, 1000])),
        establishedOn: daysBefore(asOf, 2 + Math.floor(random.next() * 10)),
        regionCode: county.code,
        industryCode: "F51",
        address: `新疆乌鲁木齐市${county.names.zh}北京南路${index}号`,
        scope: "日用百货、五金产品、电子产品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
      };
    }
  }
}

/** The records of a sample file, one at a time. */
export function* sampleRecords(options: SampleOptions): Generator<Record<string, unknown>> {
  const registered = new Set(options.companies.map((company) => company.uscc));
  for (let index = 1; index <= options.count; index++) yield sampleRecord(options.kind, index, options, registered);
}

/** A record as one JSON Lines line. */
export function jsonlLine(record: Record<string, unknown>): string {
  return `${JSON.stringify(record)}\n`;
}

/** The CSV header row of `kind`: every column it has, revocation columns included. */
export function csvHeaderLine(kind: IngestKind): string {
  return csvLine(csvColumnsOf(kind).map((column) => column.name));
}

/** A record as a CSV row under csvHeaderLine(kind): lists written a;b, absent fields as empty cells. */
export function csvRecordLine(kind: IngestKind, record: Record<string, unknown>): string {
  return csvLine(
    csvColumnsOf(kind).map((column) => {
      const value = column.path.length === 1 ? record[column.path[0]] : (record[column.path[0]] as Record<string, unknown> | undefined)?.[column.path[1]];
      if (value === undefined || value === null) return "";
      return Array.isArray(value) ? value.join(";") : String(value);
    }),
  );
}
