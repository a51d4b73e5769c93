import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegulatorUser, signInRegulator } from "@/lib/auth/regulator-users";
import { filingCodeHash, normalizeFilingCode } from "@/lib/auth/filing-codes";
import { verifyPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { getFilingRates, filingRateYears } from "@/lib/records/filing-statistics";
import { DEMO_FILER_PASSWORD, DEMO_REGULATOR_PASSWORD, demoFilingCode, demoLogins, type DemoLogins } from "@/prisma/seed/demo-logins";
import { requireDatabaseUrl } from "../../support/database";
import { testAddress } from "../../support/auth-fixtures";

let client: Client;
beforeAll(async () => {
  client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.$disconnect();
});

describe("regulator users", () => {
  const username = `auth-test-${Date.now().toString(36)}`;

  it("are created with a role and an authority, and sign in (throttled like filers)", async () => {
    expect(await createRegulatorUser({ username: "Bad Name!", role: "reviewer", authorityId: "amr-650100", password: "long enough pw", actor: "cli:test" })).toEqual({ ok: false, reason: "username-format" });
    expect(await createRegulatorUser({ username, role: "admin", authorityId: "amr-650100", password: "long enough pw", actor: "cli:test" })).toEqual({ ok: false, reason: "unknown-role" });
    expect(await createRegulatorUser({ username, role: "reviewer", authorityId: "amr-000000", password: "long enough pw", actor: "cli:test" })).toEqual({ ok: false, reason: "unknown-authority" });
    expect(await createRegulatorUser({ username, role: "reviewer", authorityId: "amr-650100", password: "short", actor: "cli:test" })).toEqual({ ok: false, reason: "passwordTooShort" });
    const created = await createRegulatorUser({ username: username.toUpperCase(), displayName: "测试审核员", role: "reviewer", authorityId: "amr-650100", password: "long enough pw", actor: "cli:test" });
    expect(created).toMatchObject({ ok: true, username, role: "reviewer" });
    expect(await createRegulatorUser({ username, role: "reviewer", authorityId: "amr-650100", password: "long enough pw", actor: "cli:test" })).toEqual({ ok: false, reason: "username-taken" });

    const address = testAddress();
    expect(await signInRegulator({ username, password: "wrong password" }, { address })).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await signInRegulator({ username: ` ${username.toUpperCase()} `, password: "long enough pw" }, { address })).toMatchObject({ ok: true, username });
    const start = new Date(Date.now() + 72 * 3600_000);
    for (let i = 0; i < 5; i++) await signInRegulator({ username, password: `wrong ${i}` }, { address: testAddress(), now: new Date(start.getTime() + i * 1000) });
    expect(await signInRegulator({ username, password: "long enough pw" }, { address, now: new Date(start.getTime() + 10_000) })).toEqual({ ok: false, reason: "throttled", retryAt: new Date(start.getTime() + 15 * 60_000) });

    const rows = await db.auditLog.findMany({ where: { actor: `regulator:${username}` }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.action).slice(0, 2)).toEqual(["regulator.sign-in-failed", "regulator.sign-in"]);
    const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    expect(text).not.toContain("long enough pw");
    expect(text).not.toContain("wrong password");
  });
});

describe("demo logins in the seeded register", () => {
  let logins: DemoLogins;
  beforeAll(async () => {
    const found = await demoLogins(client);
    expect(found).not.toBeNull();
    logins = found!;
  });

  it("are enterprises of each form, with and without last year's report", async () => {
    expect(logins.filers.map((filer) => filer.kind)).toEqual(["company-not-filed", "company-filed", "individual-business", "farmers-cooperative"]);
    const reportOf = async (uscc: string) =>
      (await client.query("SELECT 1 FROM annual_report r JOIN enterprise e ON e.id = r.enterprise_id WHERE e.uscc = $1 AND r.year = $2", [uscc, logins.reportYear])).rowCount;
    const [notFiled, filed, individual, cooperative] = logins.filers;
    expect(notFiled.type).toMatch(/^llc/);
    expect(filed.type).toMatch(/^llc/);
    expect(individual.type).toBe("individual-business");
    expect(cooperative.type).toBe("farmers-cooperative");
    expect(await reportOf(filed.uscc)).toBe(1);
    // Other tests may file for it: only check it had none when seeded, through the seed's own record.
    expect(notFiled.password).toBe(DEMO_FILER_PASSWORD);
    for (const filer of logins.filers) {
      const account = await db.filerAccount.findFirstOrThrow({ where: { enterprise: { uscc: filer.uscc } } });
      expect(await verifyPassword(account.passwordHash, DEMO_FILER_PASSWORD)).toBe(true);
    }
  });

  it("include filing codes computed from the enterprise's code, stored only as hashes", async () => {
    expect(logins.codes.map((code) => code.kind)).toEqual(["company", "individual-business", "farmers-cooperative", "reset"]);
    for (const code of logins.codes) {
      expect(code.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(normalizeFilingCode(code.code)).toBe(demoFilingCode(code.uscc));
      const { rowCount } = await client.query("SELECT 1 FROM filing_code c JOIN enterprise e ON e.id = c.enterprise_id WHERE e.uscc = $1 AND c.code_sha256 = $2", [code.uscc, filingCodeHash(demoFilingCode(code.uscc))]);
      expect(rowCount).toBe(1);
    }
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM filing_code WHERE code_sha256 = ANY($1)", [logins.codes.map((code) => normalizeFilingCode(code.code))]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it("include one regulator user per role", async () => {
    expect(logins.regulators.map((user) => user.role)).toEqual(["reviewer", "registrar", "supervisor"]);
    for (const user of logins.regulators) {
      const row = await db.regulatorUser.findUniqueOrThrow({ where: { username: user.username } });
      expect(await verifyPassword(row.passwordHash, DEMO_REGULATOR_PASSWORD)).toBe(true);
    }
  });
});

describe("filing rates", () => {
  it("show the open window's year, then the last five whose deadline passed", () => {
    expect(filingRateYears("2026-11-23")).toEqual([2025, 2024, 2023, 2022, 2021].map((year) => ({ year, isOpen: false })));
    expect(filingRateYears("2026-03-01")).toEqual([{ year: 2025, isOpen: true }, ...[2024, 2023, 2022, 2021, 2020].map((year) => ({ year, isOpen: false }))]);
    expect(filingRateYears("2014-03-01")).toEqual([{ year: 2013, isOpen: true }]);
  });

  it("count, per prefecture, what a row-by-row count of the register gives", async () => {
    const years = await getFilingRates({ today: "2026-11-23" });
    const year = years[0];
    expect(year).toMatchObject({ year: 2025, deadline: "2026-06-30", isOpen: false });
    expect(year.byPrefecture).toHaveLength(14);
    const { rows } = await client.query<{ type: string; region_code: string; established_on: Date; status_changed_on: Date | null; state: string | null }>(
      `SELECT e.type, e.region_code, e.established_on, e.status_changed_on, r.state
         FROM enterprise e LEFT JOIN annual_report r ON r.enterprise_id = e.id AND r.year = 2025`,
    );
    const expected = new Map<string, { required: number; onTime: number; late: number }>();
    for (const row of rows) {
      if (row.type === "branch") continue;
      if (row.established_on > new Date("2025-12-31T23:59:59Z")) continue;
      if (row.status_changed_on !== null && row.status_changed_on <= new Date("2026-06-30T00:00:00Z")) continue;
      const key = `${row.region_code.slice(0, 4)}00`;
      const cell = expected.get(key) ?? { required: 0, onTime: 0, late: 0 };
      cell.required++;
      if (row.state === "filed") cell.onTime++;
      if (row.state === "filed-late") cell.late++;
      expected.set(key, cell);
    }
    for (const item of year.byPrefecture) expect(item.counts, item.prefectureCode).toEqual(expected.get(item.prefectureCode) ?? { required: 0, onTime: 0, late: 0 });
    const total = [...expected.values()].reduce((sum, cell) => ({ required: sum.required + cell.required, onTime: sum.onTime + cell.onTime, late: sum.late + cell.late }), { required: 0, onTime: 0, late: 0 });
    expect(year.total).toEqual(total);
    expect(year.total.onTime).toBeGreaterThan(0);
    expect(year.total.late).toBeGreaterThan(0);
  });
});
