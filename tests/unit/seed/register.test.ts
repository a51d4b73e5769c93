import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkRegistrationNumber, checkUscc, isValidUscc } from "@/lib/codes/credit-code";
import { CODED_COLUMNS, findEnterpriseType, termNames, type DictionaryGroup } from "@/lib/dictionaries";
import { penaltyPublicityEndsOn } from "@/lib/rules/publicity";
import { addMonths, addYears, formatDay, parseDay } from "@/prisma/seed/generate/dates";
import { isValidResidentId, makeResidentId, residentIdCheckChar } from "@/prisma/seed/generate/people";
import { createRandom } from "@/prisma/seed/generate/random";
import {
  MINOR_PENALTY_PUBLICITY_MONTHS,
  PENALTY_PUBLICITY_YEARS,
  TABLE_NAMES,
  createRegisterGenerator,
  type Row,
  type SeedRows,
} from "@/prisma/seed/generate/register";

const AS_OF = "2026-11-23";
const COUNT = 2000;
const ARABIC = /[\u0600-\u06FF]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+\.\d+$/;

// ——— schema, parsed roughly: table → column → type facts ———

type Column = { name: string; type: string; isList: boolean; nullable: boolean; isDate: boolean };

function parseSchema(): Map<string, Column[]> {
  const text = readFileSync(path.resolve(__dirname, "../../../prisma/schema.prisma"), "utf8");
  const scalars = new Set(["Int", "String", "Boolean", "DateTime", "Decimal", "BigInt", "Json", "Float"]);
  const tables = new Map<string, Column[]>();
  for (const match of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const body = match[2];
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? match[1];
    const columns: Column[] = [];
    for (const raw of body.split("\n")) {
      const line = raw.trim();
      if (line === "" || line.startsWith("//") || line.startsWith("@@")) continue;
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field || !scalars.has(field[2])) continue;
      const rest = field[5];
      columns.push({
        name: /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? field[1],
        type: field[2],
        isList: field[3] === "[]",
        nullable: field[4] === "?",
        isDate: field[2] === "DateTime" && rest.includes("@db.Date"),
      });
    }
    tables.set(table, columns);
  }
  return tables;
}

function collect(seed: string, count: number, batch: number): Required<SeedRows> {
  const generator = createRegisterGenerator({ seed, count, asOf: AS_OF });
  const all = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as Required<SeedRows>;
  all.authority = generator.authorities();
  for (let rows = generator.next(batch); Object.keys(rows).length > 0; rows = generator.next(batch)) {
    for (const [table, list] of Object.entries(rows) as [keyof SeedRows, Row[]][]) all[table].push(...list);
  }
  expect(generator.generated).toBe(count);
  return all;
}

function str(value: unknown): string {
  if (typeof value !== "string") throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** Exact decimal comparison in millionths (6 decimals). */
function micro(value: unknown): bigint {
  const [whole, fraction = ""] = str(value).split(".");
  const negative = whole.startsWith("-");
  const units = BigInt(whole.replace("-", "")) * 1_000_000n + BigInt((fraction + "000000").slice(0, 6));
  return negative ? -units : units;
}

function byEnterprise(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const id = row.enterprise_id as number;
    const list = map.get(id) ?? [];
    list.push(row);
    map.set(id, list);
  }
  return map;
}

function share(rows: Row[]): number {
  return new Set(rows.map((row) => row.enterprise_id)).size / COUNT;
}

describe("resident ID numbers", () => {
  it("computes the ISO 7064 MOD 11-2 check character", () => {
    // GB 11643-1999 worked example.
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(isValidResidentId("11010519491231002X")).toBe(true);
    expect(isValidResidentId("110105194912310021")).toBe(false);
    expect(isValidResidentId("11010519491331002X")).toBe(false); // month 13
    expect(isValidResidentId("11010519490230002X")).toBe(false); // 30 February
    expect(isValidResidentId("1101051949123100")).toBe(false);
  });

  it("makes valid numbers with an odd sequence for men and even for women", () => {
    const rng = createRandom("ids");
    for (let i = 0; i < 500; i++) {
      const isMale = i % 2 === 0;
      const id = makeResidentId(rng, "650102", parseDay("1980-01-01") + i * 17, isMale);
      expect(isValidResidentId(id)).toBe(true);
      expect(Number(id[16]) % 2).toBe(isMale ? 1 : 0);
    }
  });
});

describe("dates", () => {
  it("round-trips and adds months and years like a calendar", () => {
    expect(formatDay(parseDay("2024-02-29"))).toBe("2024-02-29");
    expect(formatDay(addYears(parseDay("2024-02-29"), 1))).toBe("2025-02-28");
    expect(formatDay(addMonths(parseDay("2025-08-31"), 3))).toBe("2025-11-30");
    expect(() => parseDay("2025-02-30")).toThrow(RangeError);
  });
});

/** Tables the generator leaves empty: the site (and prisma/seed/demo-logins.ts) writes them. */
const SITE_WRITTEN_TABLES = new Set([
  "credit_report",
  "report_batch",
  "filer_account",
  "filing_code",
  "regulator_user",
  "user_session",
  "login_failure",
  "annual_report_draft",
  "api_key",
  "ingested_record",
  "ingested_record_version",
  "public_change",
  "page_cache_tag",
  "removal_application",
  "serious_list_warning",
  "annual_cycle_run",
]);

describe("register generator", () => {
  const schema = parseSchema();
  let data: Required<SeedRows>;
  let enterprises: Map<number, Row>;
  const asOfDay = parseDay(AS_OF);

  beforeAll(() => {
    data = collect("test-seed", COUNT, 250);
    enterprises = new Map(data.enterprise.map((row) => [row.id as number, row]));
  });

  it("is deterministic, whatever the batch size", () => {
    const a = collect("determinism", 300, 300);
    const b = collect("determinism", 300, 7);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = collect("other-seed", 300, 300);
    expect(JSON.stringify(c.enterprise)).not.toBe(JSON.stringify(a.enterprise));
    const done = createRegisterGenerator({ seed: "x", count: 2, asOf: AS_OF });
    expect(Object.keys(done.next(5))).toContain("enterprise");
    expect(done.next(5)).toEqual({});
  });

  it("writes every NOT NULL column, with the right type, and the same keys in every row of a table", () => {
    // Every table but search_entry, which the seeder derives from these rows (seed-register.ts),
    // the credit reports the site records as it issues them (credit_report, report_batch), and
    // the filing tables the site and the yearly cycle write (accounts, sessions, drafts…), and the
    // ingestion tables departments fill (api_key, ingested_record and its versions, public_change),
    // and the page cache's expired tags (page_cache_tag).
    expect(schema.size).toBe(44);
    expect(schema.get("enterprise")?.map((column) => column.name)).toContain("legal_rep_id_number");
    expect(schema.get("penalty")?.find((column) => column.name === "kinds")?.isList).toBe(true);
    const problems: string[] = [];
    for (const [table, columns] of schema) {
      if (table === "audit_log" || table === "search_outbox") {
        expect(data[table as keyof SeedRows]).toEqual([]);
        continue;
      }
      if (table === "search_entry") continue;
      if (SITE_WRITTEN_TABLES.has(table)) {
        expect(data[table as keyof SeedRows] ?? []).toEqual([]);
        continue;
      }
      const rows = data[table as keyof SeedRows];
      expect(rows, table).toBeDefined();
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
      const keys = Object.keys(rows[0]).sort().join(",");
      const known = new Set(columns.map((column) => column.name));
      for (const key of keys.split(",")) if (!known.has(key)) problems.push(`${table}.${key} is not a column`);
      for (const row of rows) {
        if (Object.keys(row).sort().join(",") !== keys) problems.push(`${table} row ${String(row.id)} has other keys`);
        for (const column of columns) {
          if (column.name === "updated_at") continue;
          const value = row[column.name];
          const where = `${table}.${column.name} = ${JSON.stringify(value)}`;
          let ok: boolean;
          if (value === undefined) ok = false;
          else if (value === null) ok = column.nullable;
          else if (column.isList) ok = Array.isArray(value);
          else if (column.type === "Int") ok = Number.isInteger(value);
          else if (column.type === "Boolean") ok = typeof value === "boolean";
          else if (column.type === "Decimal") ok = typeof value === "string" && DECIMAL.test(value);
          else if (column.isDate) ok = typeof value === "string" && DATE.test(value);
          else if (column.type === "String") ok = typeof value === "string";
          else ok = true;
          if (!ok) problems.push(where);
        }
        if (problems.length > 20) break;
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every row a unique id and children valid parents", () => {
    for (const table of TABLE_NAMES) {
      if (table === "liquidation") continue;
      const ids = data[table].map((row) => row.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
    expect(data.enterprise.map((row) => row.id)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    const reports = new Set(data.annual_report.map((row) => row.id));
    for (const table of TABLE_NAMES) {
      for (const row of data[table]) {
        if ("enterprise_id" in row) expect(enterprises.has(row.enterprise_id as number), table).toBe(true);
        if ("report_id" in row) expect(reports.has(row.report_id), table).toBe(true);
      }
    }
  });

  it("references only authorities it generates", () => {
    const ids = new Set(data.authority.map((row) => row.id));
    const references: [keyof SeedRows, string][] = [
      ["enterprise", "authority_id"],
      ["licence", "authority_id"],
      ["penalty", "authority_id"],
      ["abnormal_listing", "listed_by_id"],
      ["abnormal_listing", "removed_by_id"],
      ["serious_violation", "listed_by_id"],
      ["serious_violation", "removed_by_id"],
      ["spot_check", "authority_id"],
      ["chattel_mortgage", "authority_id"],
      ["equity_pledge", "authority_id"],
    ];
    for (const [table, column] of references) {
      for (const row of data[table]) {
        if (row[column] !== null) expect(ids.has(row[column]), `${table}.${column} ${String(row[column])}`).toBe(true);
      }
    }
  });

  it("issues valid, unique codes that match the entity", () => {
    const usccs = data.enterprise.map((row) => str(row.uscc));
    expect(new Set(usccs).size).toBe(COUNT);
    for (const row of data.enterprise) {
      const check = checkUscc(str(row.uscc));
      expect(check.ok && check.orgCodeValid, str(row.uscc)).toBe(true);
      expect(str(row.uscc)[0]).toBe("9");
      expect(str(row.uscc)[1]).toBe(findEnterpriseType(str(row.type))?.usccEntityType);
      expect(str(row.uscc).slice(2, 8)).toBe(row.region_code);
    }
    const numbers = data.enterprise.filter((row) => row.registration_number !== null);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers.map((row) => row.registration_number)).size).toBe(numbers.length);
    for (const row of numbers) {
      expect(checkRegistrationNumber(str(row.registration_number)).ok).toBe(true);
      expect(str(row.established_on) < "2015-10-01").toBe(true);
    }
  });

  it("uses valid resident ID numbers for natural persons and USCCs for legal persons", () => {
    for (const row of data.enterprise) expect(isValidResidentId(str(row.legal_rep_id_number)), str(row.legal_rep_id_number)).toBe(true);
    for (const row of data.shareholder) {
      const id = str(row.id_document_number);
      if (row.id_document_type === "resident-id") {
        expect(row.is_natural_person).toBe(true);
        expect(isValidResidentId(id), id).toBe(true);
      } else {
        expect(row.is_natural_person).toBe(false);
        expect(isValidUscc(id), id).toBe(true);
      }
    }
    for (const row of data.equity_pledge) {
      for (const side of ["pledgor", "pledgee"] as const) {
        const id = str(row[`${side}_id_number`]);
        expect(row[`${side}_is_natural`] ? isValidResidentId(id) : isValidUscc(id), id).toBe(true);
      }
    }
    for (const row of data.enterprise) expect(str(row.liaison_phone)).toMatch(/^1[3-9]\d{9}$/);
  });

  it("gives unique names, former names included, and about a third a Uyghur name", () => {
    const names = data.enterprise.map((row) => str(row.name_zh));
    expect(new Set(names).size).toBe(COUNT);
    const former = data.change_record.filter((row) => row.item === "name").map((row) => str(row.before));
    expect(former.length).toBeGreaterThan(0);
    const current = new Set(names);
    for (const name of former) expect(current.has(name), name).toBe(false);
    const withUg = data.enterprise.filter((row) => row.name_ug !== null);
    for (const row of withUg) expect(str(row.name_ug)).toMatch(ARABIC);
    expect(withUg.length / COUNT).toBeGreaterThan(0.25);
    expect(withUg.length / COUNT).toBeLessThan(0.42);
    const uyghurStyle = data.enterprise.filter((row) => str(row.legal_rep_name).includes("·")).length / COUNT;
    expect(uyghurStyle).toBeGreaterThan(0.4);
    expect(uyghurStyle).toBeLessThan(0.65);
  });

  it("has plausible frequencies", () => {
    const typeShare = (codes: string[]) => data.enterprise.filter((row) => codes.includes(str(row.type))).length / COUNT;
    const within = (value: number, low: number, high: number, label: string) => {
      expect(value, label).toBeGreaterThanOrEqual(low);
      expect(value, label).toBeLessThanOrEqual(high);
    };
    within(typeShare(["llc", "llc-sole-natural-person", "llc-sole-corporate"]), 0.38, 0.52, "LLC");
    within(typeShare(["individual-business"]), 0.24, 0.36, "individual");
    within(typeShare(["branch"]), 0.04, 0.11, "branch");
    within(typeShare(["farmers-cooperative"]), 0.03, 0.08, "cooperative");
    within(data.enterprise.filter((row) => row.status === "active").length / COUNT, 0.8, 0.93, "active");
    within(share(data.change_record), 0.2, 0.4, "change records");
    within(share(data.licence), 0.15, 0.35, "licences");
    within(share(data.penalty), 0.04, 0.13, "penalties");
    within(share(data.abnormal_listing), 0.03, 0.11, "abnormal list");
    within(share(data.serious_violation), 0, 0.025, "serious list");
    within(share(data.spot_check), 0.08, 0.22, "spot checks");
    within(share(data.chattel_mortgage), 0.005, 0.04, "chattel mortgages");
    within(share(data.equity_pledge), 0.005, 0.04, "equity pledges");
    within(share(data.judicial_assistance), 0.001, 0.025, "judicial assistance");
    within(share(data.equity_change), 0.02, 0.09, "equity changes");
    within(data.annual_report.filter((row) => row.state === "filed-late").length / data.annual_report.length, 0.03, 0.15, "late reports");
    const removed = data.abnormal_listing.filter((row) => row.removed_on !== null).length / data.abnormal_listing.length;
    within(removed, 0.15, 0.7, "abnormal listings removed");
    const rows = TABLE_NAMES.reduce((sum, table) => sum + (table === "authority" ? 0 : data[table].length), 0);
    within(rows / COUNT, 12, 45, "rows per company");
  });

  it("keeps registration data consistent with the entity type", () => {
    const shareholders = byEnterprise(data.shareholder);
    const reports = byEnterprise(data.annual_report);
    for (const row of data.enterprise) {
      const type = findEnterpriseType(str(row.type));
      expect(type, str(row.type)).toBeDefined();
      if (!type) continue;
      expect(row.legal_rep_role).toBe(type.legalRepRole);
      expect(row.capital === null).toBe(!type.hasCapital);
      expect(row.authority_id === `amr-${str(row.region_code)}` || ["joint-stock", "state-owned"].includes(type.code)).toBe(true);
      if (!type.hasShareholders) expect(shareholders.has(row.id as number)).toBe(false);
      if (type.annualReportForm === null) expect(reports.has(row.id as number)).toBe(false);
      expect(str(row.term_from)).toBe(row.established_on);
      if (row.term_to !== null) expect(str(row.term_to) > str(row.established_on)).toBe(true);
      expect(str(row.approved_on) >= str(row.established_on)).toBe(true);
      expect(str(row.established_on) <= AS_OF).toBe(true);
      expect(row.status === "active").toBe(row.status_changed_on === null);
      if (type.code === "branch") {
        const parent = enterprises.get(row.parent_id as number);
        expect(parent, "branch parent").toBeDefined();
        expect((row.parent_id as number) < (row.id as number)).toBe(true);
        expect(str(row.name_zh).startsWith(str(parent?.name_zh))).toBe(true);
        expect(str(row.name_zh).endsWith("分公司")).toBe(true);
        expect(str(row.established_on) > str(parent?.established_on)).toBe(true);
      } else {
        expect(row.parent_id).toBeNull();
      }
    }
  });

  it("keeps contributions consistent: paid ≤ subscribed, subscriptions add up to the capital", () => {
    const contributions = byEnterprise(data.contribution);
    for (const [id, rows] of contributions) {
      let total = 0n;
      for (const row of rows) {
        expect(micro(row.paid) <= micro(row.subscribed)).toBe(true);
        expect(row.paid_on === null).toBe(micro(row.paid) === 0n);
        total += micro(row.subscribed);
      }
      expect(total, `enterprise ${id}`).toBe(micro(enterprises.get(id)?.capital ?? "0"));
    }
    for (const row of data.annual_report_contribution) expect(micro(row.paid) <= micro(row.subscribed)).toBe(true);
  });

  it("keeps annual reports internally consistent", () => {
    const seen = new Set<string>();
    const reports = new Map(data.annual_report.map((row) => [row.id, row]));
    for (const row of data.annual_report) {
      const enterprise = enterprises.get(row.enterprise_id as number);
      const year = row.year as number;
      const key = `${String(row.enterprise_id)}/${year}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      // A company formed in a year reports on that year (lib/rules/annual-reporting.ts).
      expect(year).toBeGreaterThanOrEqual(Number(str(enterprise?.established_on).slice(0, 4)));
      expect(year).toBeGreaterThanOrEqual(2013);
      expect(year).toBeLessThan(Number(AS_OF.slice(0, 4)));
      expect(row.form).toBe(findEnterpriseType(str(enterprise?.type))?.annualReportForm);
      const submitted = str(row.submitted_on);
      expect(submitted >= `${year + 1}-01-01`).toBe(true);
      expect(submitted <= AS_OF).toBe(true);
      expect(row.state).toBe(submitted > `${year + 1}-06-30` ? "filed-late" : "filed");
      if (row.main_revenue !== null) expect(micro(row.main_revenue) <= micro(row.total_revenue)).toBe(true);
      if (row.total_assets !== null) {
        expect(micro(row.owners_equity)).toBe(micro(row.total_assets) - micro(row.total_liabilities));
        expect(micro(row.total_assets) >= 0n).toBe(true);
      }
      if (row.net_profit !== null && micro(row.total_profit) > 0n) expect(micro(row.net_profit) <= micro(row.total_profit)).toBe(true);
      if (row.tax_paid !== null) expect(micro(row.tax_paid) >= 0n).toBe(true);
      if (row.form === "cooperative") expect(row.member_count).not.toBeNull();
    }
    // Some blocks are hidden by choice, and their values are stored all the same.
    const hidden = data.annual_report.filter((row) => row.publish_assets === false);
    expect(hidden.length / data.annual_report.length).toBeGreaterThan(0.2);
    expect(hidden.some((row) => row.total_revenue !== null)).toBe(true);
    const companyForm = data.annual_report.filter((row) => row.form === "company");
    expect(companyForm.filter((row) => row.publish_social_insurance === false).length / companyForm.length).toBeGreaterThan(0.15);

    const insurance = new Map<unknown, Row[]>();
    for (const row of data.annual_report_social_insurance) {
      const report = reports.get(row.report_id);
      expect((row.insured_count as number) <= (report?.employees as number)).toBe(true);
      expect(micro(row.paid) >= 0n && micro(row.arrears) >= 0n).toBe(true);
      insurance.set(row.report_id, [...(insurance.get(row.report_id) ?? []), row]);
    }
    for (const rows of insurance.values()) {
      expect(rows.map((row) => row.kind).sort()).toEqual(["injury", "maternity", "medical", "pension", "unemployment"]);
    }
    for (const row of data.annual_report_website) expect(reports.get(row.report_id)?.has_website).toBe(true);
    for (const row of data.annual_report_investment) {
      expect(reports.get(row.report_id)?.has_investments).toBe(true);
      expect(isValidUscc(str(row.investee_uscc))).toBe(true);
    }
    for (const row of data.annual_report_equity_change) expect(reports.get(row.report_id)?.has_equity_transfer).toBe(true);
    for (const row of data.annual_report_amendment) {
      const report = reports.get(row.report_id);
      expect(report?.state).toBe("filed");
      expect(str(row.amended_on) > str(report?.submitted_on)).toBe(true);
      expect(str(row.amended_on) <= `${String(report?.year as number + 1)}-06-30`).toBe(true);
    }
    for (const row of data.annual_report_guarantee) expect(str(row.term_to) > str(row.term_from)).toBe(true);
  });

  it("lists non-filers and removes them when they file", () => {
    for (const row of data.abnormal_listing) {
      const removalFields = [row.removal_reason, row.removed_on, row.removed_by_id];
      expect(removalFields.every((value) => value === null) || removalFields.every((value) => value !== null)).toBe(true);
      if (row.removed_on !== null) expect(str(row.removed_on) >= str(row.listed_on)).toBe(true);
    }
    const reports = new Map(data.annual_report.map((row) => [`${String(row.enterprise_id)}/${row.year as number}`, row]));
    for (const row of data.abnormal_listing.filter((listing) => listing.reason === "no-annual-report")) {
      const year = Number(str(row.listed_on).slice(0, 4)) - 1;
      const report = reports.get(`${String(row.enterprise_id)}/${year}`);
      if (report) {
        expect(report.state).toBe("filed-late");
        expect(str(report.submitted_on) > str(row.listed_on)).toBe(true);
      }
      if (row.removal_reason === "annual-report-filed") expect(report).toBeDefined();
    }
    for (const row of data.serious_violation) {
      if (row.reason === "abnormal-three-years") {
        const listings = data.abnormal_listing.filter((listing) => listing.enterprise_id === row.enterprise_id);
        expect(listings.some((listing) => str(listing.listed_on) <= formatDay(addYears(parseDay(str(row.listed_on)), -3)))).toBe(true);
      }
    }
  });

  it("publishes penalties within 20 days and ends publicity after the configured period", () => {
    for (const row of data.penalty) {
      const decided = parseDay(str(row.decided_on));
      const published = parseDay(str(row.published_on));
      expect(published - decided).toBeGreaterThanOrEqual(0);
      expect(published - decided).toBeLessThanOrEqual(20);
      const ends = row.is_minor ? addMonths(published, MINOR_PENALTY_PUBLICITY_MONTHS) : addYears(published, PENALTY_PUBLICITY_YEARS);
      expect(row.publicity_ends_on).toBe(formatDay(ends));
      expect(row.publicity_ends_on).toBe(penaltyPublicityEndsOn({ publishedOn: str(row.published_on), isMinor: row.is_minor === true }));
      const kinds = row.kinds as string[];
      expect(kinds.length).toBeGreaterThan(0);
      expect(row.fine_yuan !== null).toBe(kinds.includes("fine"));
      expect(str(row.document_text)).toContain(str(enterprises.get(row.enterprise_id as number)?.uscc));
      expect(str(row.document_text)).toMatch(/违反了《.+》.+依据《.+》/);
    }
    expect(data.penalty.some((row) => row.is_minor === true)).toBe(true);
    expect(data.penalty.some((row) => row.is_minor === false)).toBe(true);
  });

  it("dates nothing that has happened after the as-of date", () => {
    const pastColumns = [
      "established_on", "approved_on", "status_changed_on", "paid_on", "published_on", "changed_on", "started_on",
      "decided_on", "listed_on", "removed_on", "checked_on", "registered_on", "from_on", "submitted_on",
      "amended_on", "repaired_on", "annulled_on",
    ];
    for (const table of TABLE_NAMES) {
      for (const row of data[table]) {
        for (const column of pastColumns) {
          const value = row[column];
          if (typeof value === "string") expect(value <= AS_OF, `${table}.${column} ${value}`).toBe(true);
        }
      }
    }
    for (const row of data.licence) expect(str(row.valid_to) > str(row.valid_from)).toBe(true);
    expect(asOfDay).toBe(parseDay(AS_OF));
  });

  it("handles an as-of date inside the filing window: last year's reports only partly filed", () => {
    const asOf = "2025-04-10";
    const generator = createRegisterGenerator({ seed: "window", count: 1500, asOf });
    const reports: Row[] = [];
    const listings: Row[] = [];
    for (let rows = generator.next(500); Object.keys(rows).length > 0; rows = generator.next(500)) {
      reports.push(...(rows.annual_report ?? []));
      listings.push(...(rows.abnormal_listing ?? []));
    }
    for (const row of reports) expect(str(row.submitted_on) <= asOf).toBe(true);
    for (const row of listings) expect(str(row.listed_on) <= asOf).toBe(true);
    const lastYear = reports.filter((row) => row.year === 2024).length;
    const yearBefore = reports.filter((row) => row.year === 2023).length;
    expect(lastYear).toBeGreaterThan(0);
    expect(lastYear).toBeLessThan(yearBefore * 0.8);
    // Nobody is listed for 2024 before the deadline has passed.
    expect(listings.some((row) => str(row.listed_on) >= "2025-07-01")).toBe(false);
  });

  it("emits only codes the dictionaries label in all three locales", () => {
    const missing: string[] = [];
    for (const [table, columns] of Object.entries(CODED_COLUMNS)) {
      const rows = data[table as keyof SeedRows] ?? [];
      for (const [column, group] of Object.entries(columns) as [string, DictionaryGroup][]) {
        const values = new Set<string>();
        for (const row of rows) {
          const value = row[column];
          if (Array.isArray(value)) value.forEach((item) => values.add(item));
          else if (typeof value === "string") values.add(value);
        }
        expect(values.size, `${table}.${column} has values`).toBeGreaterThan(0);
        for (const code of values) {
          const names = termNames(group, code);
          for (const locale of ["zh", "ug", "en"] as const) {
            const label = names?.[locale];
            if (!label || label === code) missing.push(`${table}.${column} (${group}) ${code} ${locale}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
