import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateFilerAccount, resetFilerPassword, signInFiler } from "@/lib/auth/filer-accounts";
import { formatFilingCode, normalizeFilingCode } from "@/lib/auth/filing-codes";
import { THROTTLE } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { issueFilingCode, listFilingCodeIssuances } from "@/lib/records/filing-codes";
import { freshAuthEnterprise, testAddress, testResidentId, type AuthTestEnterprise } from "../../support/auth-fixtures";

/**
 * Filer accounts against the shared test database, on enterprises of these tests' own
 * (tests/support/auth-fixtures.ts): activation with each wrong part, a code used once, sign-in,
 * reset ending sessions, throttling per account and per address, audit rows without secrets.
 */

const PASSWORD = "tianshan-2026-password";
const ID_NUMBER = testResidentId();
const PHONE = "13899912345";

async function newCode(enterprise: AuthTestEnterprise, now?: Date): Promise<string> {
  const issued = await issueFilingCode({ uscc: enterprise.uscc, actor: "regulator:auth-test", address: "127.0.0.1", now });
  if (!issued.ok) throw new Error(`could not issue a code: ${issued.reason}`);
  return issued.code;
}

function activation(enterprise: AuthTestEnterprise, code: string, overrides: Partial<{ enterpriseName: string; uscc: string; filingCode: string }> = {}) {
  return {
    uscc: enterprise.uscc,
    enterpriseName: enterprise.nameZh,
    liaisonName: "阿依努尔·吐尔逊",
    liaisonPhone: PHONE,
    liaisonIdNumber: ID_NUMBER,
    filingCode: code,
    password: PASSWORD,
    ...overrides,
  };
}

/** Rows as text, for looking for secrets (audit ids are bigints). */
const asText = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));

async function auditRows(uscc: string, since: Date) {
  return db.auditLog.findMany({ where: { actor: `filer:${uscc}`, at: { gte: since } }, orderBy: { id: "asc" } });
}

afterAll(async () => {
  await db.$disconnect();
});

describe("activating a filer account", () => {
  let enterprise: AuthTestEnterprise;
  let other: AuthTestEnterprise;
  let address: string;
  beforeAll(async () => {
    enterprise = await freshAuthEnterprise("activate", { nameZh: "乌鲁木齐天山（集团）测试商贸有限公司", nameUg: "ئۈرۈمچى تەڭرىتاغ سىناق سودا شىركىتى" });
    other = await freshAuthEnterprise("activate-other");
    address = testAddress();
  });

  it("refuses a wrong enterprise code, name or filing code with the same answer, and keeps the code usable", async () => {
    const code = await newCode(enterprise);
    const otherCode = await newCode(other);
    const attempts = [
      activation(enterprise, code, { uscc: other.uscc }),
      activation(enterprise, code, { enterpriseName: "乌鲁木齐别的公司" }),
      activation(enterprise, normalizeFilingCode("0000-0000-0000")!),
      activation(enterprise, otherCode),
    ];
    for (const attempt of attempts) {
      expect(await activateFilerAccount(attempt, { address })).toEqual({ ok: false, reason: "no-match" });
    }
    expect(await db.filerAccount.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
    // Three of the four counted against this enterprise's account; the other against the other's.
    expect(await db.loginFailure.count({ where: { account: `filer:${enterprise.uscc}` } })).toBe(3);
    await db.loginFailure.deleteMany({ where: { address } });
    await db.loginFailure.deleteMany({ where: { account: `filer:${enterprise.uscc}` } });
  });

  it("activates with the right three, a Uyghur or loosely written name, and uses the code once", async () => {
    const code = await newCode(enterprise);
    const since = new Date();
    const result = await activateFilerAccount(activation(enterprise, code, { enterpriseName: " 乌鲁木齐天山(集团)测试商贸有限公司" }), { address });
    expect(result).toMatchObject({ ok: true, uscc: enterprise.uscc });
    const account = await db.filerAccount.findUniqueOrThrow({ where: { enterpriseId: enterprise.id } });
    expect(account).toMatchObject({ liaisonName: "阿依努尔·吐尔逊", liaisonPhone: PHONE, liaisonIdNumber: ID_NUMBER });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    const row = await db.filingCode.findFirstOrThrow({ where: { enterpriseId: enterprise.id, usedAt: { not: null } } });
    expect(row.codeSha256).toMatch(/^[0-9a-f]{64}$/);

    // The same code again: used, so it no longer matches anything.
    expect(await activateFilerAccount(activation(enterprise, code), { address })).toEqual({ ok: false, reason: "no-match" });
    // A new valid code for an enterprise that has an account: told to sign in or reset.
    const second = await newCode(enterprise);
    expect(await activateFilerAccount(activation(enterprise, second, { enterpriseName: "ئۈرۈمچى تەڭرىتاغ سىناق سودا شىركىتى" }), { address })).toEqual({ ok: false, reason: "already-active" });

    const rows = await auditRows(enterprise.uscc, since);
    expect(rows.map((item) => item.action)).toEqual(["filer.activate", "filer.activate-failed", "filer.activate-failed"]);
    expect(rows[0]).toMatchObject({ entityType: "filer_account", entityId: String(account.id), enterpriseId: enterprise.id, detail: { address } });
    const text = asText(rows);
    for (const secret of [PASSWORD, code, formatFilingCode(code), second, ID_NUMBER, PHONE, "阿依努尔"]) expect(text).not.toContain(secret);
  });

  it("refuses an expired code", async () => {
    const fresh = await freshAuthEnterprise("activate-expired");
    const issuedAt = new Date(Date.now() - 91 * 86_400_000);
    const code = await newCode(fresh, issuedAt);
    expect(await activateFilerAccount(activation(fresh, code), { address: testAddress() })).toEqual({ ok: false, reason: "no-match" });
  });

  it("lets one of two simultaneous activations with one code win", async () => {
    const fresh = await freshAuthEnterprise("activate-race");
    const code = await newCode(fresh);
    const results = await Promise.all([activateFilerAccount(activation(fresh, code), { address: testAddress() }), activateFilerAccount(activation(fresh, code), { address: testAddress() })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.filerAccount.count({ where: { enterpriseId: fresh.id } })).toBe(1);
  });
});

describe("signing in, resetting, signing out", () => {
  let enterprise: AuthTestEnterprise;
  beforeAll(async () => {
    enterprise = await freshAuthEnterprise("sign-in");
    const code = await newCode(enterprise);
    const result = await activateFilerAccount(activation(enterprise, code), { address: testAddress() });
    expect(result.ok).toBe(true);
  });

  it("signs in with the code and password only, and records both outcomes without the password", async () => {
    const address = testAddress();
    const since = new Date();
    expect(await signInFiler({ uscc: enterprise.uscc, password: "not the password" }, { address })).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await signInFiler({ uscc: enterprise.uscc, password: PASSWORD }, { address })).toMatchObject({ ok: true, uscc: enterprise.uscc });
    const rows = await auditRows(enterprise.uscc, since);
    expect(rows.map((row) => [row.action, (row.detail as { address: string }).address])).toEqual([
      ["filer.sign-in-failed", address],
      ["filer.sign-in", address],
    ]);
    expect(asText(rows)).not.toContain("not the password");
    expect(asText(rows)).not.toContain(PASSWORD);
    // A successful sign-in clears the account's failures.
    expect(await db.loginFailure.count({ where: { account: `filer:${enterprise.uscc}` } })).toBe(0);
  });

  it("answers an enterprise without an account like a wrong password", async () => {
    const none = await freshAuthEnterprise("sign-in-none");
    expect(await signInFiler({ uscc: none.uscc, password: PASSWORD }, { address: testAddress() })).toEqual({ ok: false, reason: "wrong-credentials" });
  });

  it("resets with a new filing code, ending every session of the account", async () => {
    const account = await db.filerAccount.findUniqueOrThrow({ where: { enterpriseId: enterprise.id } });
    const expiresAt = new Date(Date.now() + 3600_000);
    await db.userSession.createMany({
      data: [
        { id: "a".repeat(64), filerAccountId: account.id, expiresAt },
        { id: "b".repeat(64), filerAccountId: account.id, expiresAt },
      ],
    });
    const address = testAddress();
    const since = new Date();
    expect(await resetFilerPassword({ uscc: enterprise.uscc, filingCode: normalizeFilingCode("0000-0000-0000")!, password: "a brand new password" }, { address })).toEqual({ ok: false, reason: "no-match" });
    expect(await db.userSession.count({ where: { filerAccountId: account.id } })).toBe(2);

    const code = await newCode(enterprise);
    expect(await resetFilerPassword({ uscc: enterprise.uscc, filingCode: code, password: "a brand new password" }, { address })).toMatchObject({ ok: true });
    expect(await db.userSession.count({ where: { filerAccountId: account.id } })).toBe(0);
    expect(await signInFiler({ uscc: enterprise.uscc, password: PASSWORD }, { address })).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await signInFiler({ uscc: enterprise.uscc, password: "a brand new password" }, { address })).toMatchObject({ ok: true });
    // The code is used up.
    expect(await resetFilerPassword({ uscc: enterprise.uscc, filingCode: code, password: "another new password" }, { address })).toEqual({ ok: false, reason: "no-match" });

    const rows = await auditRows(enterprise.uscc, since);
    expect(rows.map((row) => row.action)).toEqual(["filer.password-reset-failed", "filer.password-reset", "filer.sign-in-failed", "filer.sign-in", "filer.password-reset-failed"]);
    expect(rows[1].detail).toMatchObject({ address, sessionsEnded: "2" });
    const text = asText(rows);
    for (const secret of ["a brand new password", code, formatFilingCode(code)]) expect(text).not.toContain(secret);
  });

  it("tells an enterprise without an account to activate instead", async () => {
    const none = await freshAuthEnterprise("reset-none");
    const code = await newCode(none);
    expect(await resetFilerPassword({ uscc: none.uscc, filingCode: code, password: "a brand new password" }, { address: testAddress() })).toEqual({ ok: false, reason: "not-activated" });
  });
});

describe("throttling", () => {
  it("per account: the sixth attempt within 15 minutes is refused, even with the right password, until the window moves on", async () => {
    const enterprise = await freshAuthEnterprise("throttle-account");
    const code = await newCode(enterprise);
    expect((await activateFilerAccount(activation(enterprise, code), { address: testAddress() })).ok).toBe(true);
    const start = new Date(Date.now() + 24 * 3600_000); // in the future: no real failures interfere
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      // Each from another address: the account's limit, not an address's.
      expect(await signInFiler({ uscc: enterprise.uscc, password: `wrong ${i}` }, { address: testAddress(), now: at(i) })).toEqual({ ok: false, reason: "wrong-credentials" });
    }
    const refused = await signInFiler({ uscc: enterprise.uscc, password: PASSWORD }, { address: testAddress(), now: at(6) });
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAt: at(15) });
    // Still refused just before the first failure leaves the window; let in just after.
    expect((await signInFiler({ uscc: enterprise.uscc, password: PASSWORD }, { address: testAddress(), now: at(14.9) })).ok).toBe(false);
    expect(await signInFiler({ uscc: enterprise.uscc, password: PASSWORD }, { address: testAddress(), now: at(15.1) })).toMatchObject({ ok: true });
    // Activation and reset attempts are throttled on the same account.
    for (let i = 0; i < THROTTLE.perAccount; i++) await signInFiler({ uscc: enterprise.uscc, password: `wrong ${i}` }, { address: testAddress(), now: at(20 + i) });
    const reset = await resetFilerPassword({ uscc: enterprise.uscc, filingCode: await newCode(enterprise), password: "a new password here" }, { address: testAddress(), now: at(25) });
    expect(reset).toEqual({ ok: false, reason: "throttled", retryAt: at(35) });
    const rows = await db.auditLog.findMany({ where: { actor: `filer:${enterprise.uscc}`, action: "filer.sign-in-failed", at: { gte: at(0) } } });
    expect(rows.some((row) => (row.detail as { reason: string }).reason === "throttled")).toBe(true);
  });

  it("per address: 20 failures over any accounts block that address, not others", async () => {
    const address = testAddress();
    const start = new Date(Date.now() + 48 * 3600_000);
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const enterprises = await Promise.all(["a", "b", "c", "d", "e"].map((label) => freshAuthEnterprise(`throttle-address-${label}`)));
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      const result = await signInFiler({ uscc: enterprises[i % enterprises.length].uscc, password: "guess" }, { address, now: at(i) });
      expect(result).toEqual({ ok: false, reason: "wrong-credentials" });
    }
    const next = await freshAuthEnterprise("throttle-address-f");
    expect(await signInFiler({ uscc: next.uscc, password: "guess" }, { address, now: at(30) })).toEqual({ ok: false, reason: "throttled", retryAt: at(15 * 60) });
    expect(await signInFiler({ uscc: next.uscc, password: "guess" }, { address: testAddress(), now: at(30) })).toEqual({ ok: false, reason: "wrong-credentials" });
  });
});

describe("issuing filing codes", () => {
  it("keeps only the newest unused code working and lists issues without codes", async () => {
    const enterprise = await freshAuthEnterprise("issue");
    const first = await newCode(enterprise);
    const second = await newCode(enterprise);
    expect(first).not.toBe(second);
    expect(await activateFilerAccount(activation(enterprise, first), { address: testAddress() })).toEqual({ ok: false, reason: "no-match" });
    const list = await listFilingCodeIssuances({ limit: 5 });
    expect(list[0]).toMatchObject({ uscc: enterprise.uscc, issuedBy: "regulator:auth-test", state: "unused" });
    expect(list[1]).toMatchObject({ uscc: enterprise.uscc, state: "replaced" });
    expect(JSON.stringify(list)).not.toContain(second);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "filing-code.issue", enterpriseId: enterprise.id }, orderBy: { id: "desc" } });
    expect(audit.actor).toBe("regulator:auth-test");
    expect(asText(audit)).not.toContain(second);
    expect(await activateFilerAccount(activation(enterprise, second), { address: testAddress() })).toMatchObject({ ok: true });
  });

  it("refuses unknown enterprises and those that file no annual report", async () => {
    expect(await issueFilingCode({ uscc: "91650100MA00000000", actor: "regulator:auth-test", address: "127.0.0.1" })).toEqual({ ok: false, reason: "unknown-enterprise" });
    const branch = await db.enterprise.findFirstOrThrow({ where: { type: "branch" }, select: { uscc: true } });
    expect(await issueFilingCode({ uscc: branch.uscc, actor: "regulator:auth-test", address: "127.0.0.1" })).toEqual({ ok: false, reason: "does-not-file" });
  });
});
