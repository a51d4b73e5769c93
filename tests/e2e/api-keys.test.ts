import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey, createApiKey, revokeApiKey } from "@/lib/ingestion/api-keys";
import { createFilerSession, createRegulatorSession, plantEnterprise } from "../support/cycle-fixtures";
import { requireDatabaseUrl } from "../support/database";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * The regulator's page of department API keys (/{locale}/regulator/api-keys) through the site:
 * who may see it and who may revoke (signed out, a filer, a reviewer, a supervisor of another
 * area, another site's form), that no page ever shows a key's secret or its hash, and a
 * supervisor revoking a key in a real browser, after which the key no longer authenticates.
 * Keys are made with lib/ingestion/api-keys.ts (so the test holds their secrets to look for);
 * sessions are made directly in the database.
 */

const ARTIFACTS = "tests/artifacts/api-keys";
const COOKIE = "xj_session";
const LABEL_HTML = "<b>e2e-label</b> 处罚系统";

type Planted = { id: string; key: string; secret: string };

let db: Client;
const keys: Record<string, Planted> = {};
let supervisorToken: string;
let reviewerToken: string;
let kashgarSupervisorToken: string;
let filerToken: string;

function request(path: string, { token, method = "GET", origin }: { token?: string; method?: string; origin?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (token) headers.cookie = `${COOKIE}=${token}`;
  if (method === "POST" && origin !== null) headers.origin = origin ?? baseUrl();
  if (method === "POST") headers["content-type"] = "application/x-www-form-urlencoded";
  return fetch(`${baseUrl()}${path}`, { method, headers, redirect: "manual", body: method === "POST" ? "" : undefined });
}

function locationOf(response: Response): string {
  const location = response.headers.get("location") ?? "";
  return location.startsWith("http") ? new URL(location).pathname + new URL(location).search : location;
}

async function plantKey(name: string, input: { authorityId: string; kinds: string[]; label?: string }): Promise<Planted> {
  const created = await createApiKey({ ...input, createdBy: "test:e2e-keys" });
  const [, , secret] = /^xjk_([a-z0-9]+)_(.+)$/.exec(created.key)!;
  keys[name] = { id: created.summary.id, key: created.key, secret };
  return keys[name];
}

/** No secret, no part of one, no whole key and no stored hash of any planted key in `text`. */
function expectNoSecrets(text: string, where: string): void {
  for (const planted of Object.values(keys)) {
    expect(text, `${where} shows a key's secret`).not.toContain(planted.secret);
    expect(text, `${where} shows part of a key's secret`).not.toContain(planted.secret.slice(0, 10));
    expect(text, `${where} shows a whole key`).not.toContain(planted.key);
    expect(text, `${where} shows a key's hash`).not.toContain(createHash("sha256").update(planted.secret).digest("hex").slice(0, 16));
  }
}

beforeAll(async () => {
  db = new Client({ connectionString: requireDatabaseUrl() });
  await db.connect();
  await plantKey("tianshan", { authorityId: "amr-650102", kinds: ["registrations", "penalties", "abnormal-listings"], label: "天山区登记系统 e2e" });
  await plantKey("tax", { authorityId: "tax-650100", kinds: ["penalties", "licences"], label: LABEL_HTML });
  await plantKey("environment", { authorityId: "env-650100", kinds: ["penalties"] });
  await plantKey("kashgar", { authorityId: "amr-653101", kinds: ["spot-checks"], label: "喀什 e2e" });
  await plantKey("old", { authorityId: "health-650100", kinds: ["licences"], label: "已停用 e2e" });
  await revokeApiKey({ id: keys.old.id, revokedBy: "test:e2e-keys" });
  // A key used once: "last used" shows a time.
  expect(await authenticateApiKey(keys.tax.key)).not.toBeNull();

  supervisorToken = await createRegulatorSession(db, { username: "e2e-keys-supervisor", role: "supervisor", authorityId: "amr-650000", displayName: "李测试" });
  reviewerToken = await createRegulatorSession(db, { username: "e2e-keys-reviewer", role: "reviewer", authorityId: "amr-650100" });
  kashgarSupervisorToken = await createRegulatorSession(db, { username: "e2e-keys-kashgar", role: "supervisor", authorityId: "amr-653101" });
  const company = await plantEnterprise(db, { key: "e2e-keys-filer", establishedOn: "2020-03-01" });
  filerToken = await createFilerSession(db, company.id);
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await db?.end();
});

describe("who may see and revoke department keys", () => {
  it("sends the signed-out and filers to sign in; lets every regulator role read, in its own area", async () => {
    for (const token of [undefined, filerToken]) {
      const response = await request("/zh/regulator/api-keys", { token });
      expect([303, 307]).toContain(response.status);
      expect(locationOf(response)).toMatch(/^\/zh\/regulator\/login/);
    }
    const reviewer = await request("/zh/regulator/api-keys", { token: reviewerToken });
    expect(reviewer.status).toBe(200);
    const html = await reviewer.text();
    expect(html).toContain(keys.tianshan.id);
    expect(html).toContain(keys.tax.id);
    // Kashgar is not in Ürümqi's area; a reviewer reads but gets no revoke link.
    expect(html).not.toContain(keys.kashgar.id);
    expect(html).not.toContain(`/zh/regulator/api-keys/${keys.tax.id}"`);
    expect(html).toContain("只有主管可以停用密钥");
    // The label is text, not markup.
    expect(html).not.toContain(LABEL_HTML);
    expect(html).toContain("&lt;b&gt;e2e-label&lt;/b&gt;");

    const supervisor = await (await request("/zh/regulator/api-keys", { token: supervisorToken })).text();
    expect(supervisor).toContain(keys.kashgar.id);
    expect(supervisor).toContain(`/zh/regulator/api-keys/${keys.tax.id}"`);
    // A revoked key has no revoke link.
    expect(supervisor).toContain(keys.old.id);
    expect(supervisor).not.toContain(`/zh/regulator/api-keys/${keys.old.id}"`);
  });

  it("refuses revocation to another site's form, a reviewer, another area's supervisor, and answers an unknown key with 404", async () => {
    const revoke = (id: string) => `/zh/regulator/api-keys/${id}/revoke`;
    expect((await request(revoke(keys.environment.id), { method: "POST", token: supervisorToken, origin: "https://evil.example" })).status).toBe(403);
    expect((await request(revoke(keys.environment.id), { method: "POST", token: supervisorToken, origin: null })).status).toBe(403);
    expect((await request(revoke(keys.environment.id), { method: "POST", token: reviewerToken })).status).toBe(403);
    expect((await request(`/zh/regulator/api-keys/${keys.environment.id}`, { token: reviewerToken })).status).toBe(403);
    expect((await request(revoke(keys.environment.id), { method: "POST", token: kashgarSupervisorToken })).status).toBe(404);
    expect((await request(`/zh/regulator/api-keys/${keys.environment.id}`, { token: kashgarSupervisorToken })).status).toBe(404);
    expect((await request(revoke("nosuchkey0"), { method: "POST", token: supervisorToken })).status).toBe(404);
    expect((await request(revoke("NOT-AN-ID"), { method: "POST", token: supervisorToken })).status).toBe(404);
    const signedOut = await request(revoke(keys.environment.id), { method: "POST" });
    expect(signedOut.status).toBe(303);
    expect(locationOf(signedOut)).toMatch(/^\/zh\/regulator\/login/);
    // Still usable after all that.
    expect(await authenticateApiKey(keys.environment.key)).not.toBeNull();
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'api-key.revoke' AND entity_id = $1`, [keys.environment.id]);
    expect(audit.rows[0].n).toBe(0);
  });

  it("never shows a key's secret or its hash, on any page, in any language, to any role", async () => {
    for (const locale of ["zh", "ug", "en"]) {
      for (const [who, token] of [["supervisor", supervisorToken], ["reviewer", reviewerToken]] as const) {
        expectNoSecrets(await (await request(`/${locale}/regulator/api-keys`, { token })).text(), `${locale} list for a ${who}`);
      }
      for (const planted of Object.values(keys)) {
        expectNoSecrets(await (await request(`/${locale}/regulator/api-keys/${planted.id}`, { token: supervisorToken })).text(), `${locale} page of ${planted.id}`);
      }
      expectNoSecrets(await (await request(`/${locale}/regulator/api-keys?revoked=${keys.tax.id}`, { token: supervisorToken })).text(), `${locale} list after revoking`);
    }
  });
});

describe("revoking a key in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pageAs(token: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ name: COOKIE, value: token, url: baseUrl() }]);
    return context.newPage();
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    expectNoSecrets(await page.content(), name);
  }

  it("shows the keys in zh and ug, on a desk and on a phone, right to left in Uyghur, linked from the regulator home page", async () => {
    for (const locale of ["zh", "ug"] as const) {
      for (const width of [1280, 360]) {
        const page = await pageAs(supervisorToken, width);
        try {
          await page.goto(`${baseUrl()}/${locale}/regulator`);
          await page.locator(`nav a[href="/${locale}/regulator/api-keys"]`).click();
          await page.waitForURL(new RegExp(`/${locale}/regulator/api-keys$`));
          expect(await page.getAttribute("html", "dir")).toBe(locale === "ug" ? "rtl" : "ltr");
          const row = page.locator("tr", { hasText: keys.tax.id });
          expect(await row.innerText()).toContain(locale === "zh" ? "行政处罚" : "مەمۇرىي جازا ئۇچۇرى");
          expect(await row.innerText()).toContain(locale === "zh" ? "国家税务总局乌鲁木齐市税务局" : "باج ئىدارىسى");
          await shoot(page, `list-${locale}-${width}`);
          await page.goto(`${baseUrl()}/${locale}/regulator/api-keys/${keys.tianshan.id}`);
          await shoot(page, `revoke-${locale}-${width}`);
        } finally {
          await page.context().close();
        }
      }
    }
  });

  it("a supervisor revokes a key: 303 back to the list, the key refused from then on, the audit log names them", async () => {
    const page = await pageAs(supervisorToken, 1280);
    try {
      await page.goto(`${baseUrl()}/zh/regulator/api-keys`);
      await page.locator("tr", { hasText: keys.tianshan.id }).locator("a", { hasText: "停用" }).click();
      await page.waitForURL(new RegExp(`/zh/regulator/api-keys/${keys.tianshan.id}$`));
      await page.locator(`form[action$="/${keys.tianshan.id}/revoke"] button[type=submit]`).click();
      await page.waitForURL(new RegExp(`/zh/regulator/api-keys\\?revoked=${keys.tianshan.id}$`));
      expect(await page.locator("section[aria-label='密钥已停用']").innerText()).toContain(keys.tianshan.id);
      expect(await page.locator("tr", { hasText: keys.tianshan.id }).innerText()).toContain("已于");
      await shoot(page, "revoked-zh-1280");
    } finally {
      await page.context().close();
    }
    expect(await authenticateApiKey(keys.tianshan.key)).toBeNull();
    expect(await authenticateApiKey(keys.tax.key)).not.toBeNull();
    const audit = await db.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE action = 'api-key.revoke' AND entity_id = $1`, [keys.tianshan.id]);
    expect(audit.rows).toEqual([{ actor: "regulator:e2e-keys-supervisor" }]);

    // Sent again (the back button): the same answer, nothing more logged.
    const again = await request(`/zh/regulator/api-keys/${keys.tianshan.id}/revoke`, { method: "POST", token: supervisorToken });
    expect(again.status).toBe(303);
    expect(locationOf(again)).toBe(`/zh/regulator/api-keys?revoked=${keys.tianshan.id}`);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'api-key.revoke' AND entity_id = $1`, [keys.tianshan.id])).rows[0].n).toBe(1);
  });
});
