import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import { formatFilingCode } from "@/lib/auth/filing-codes";
import { db } from "@/lib/db";
import { issueFilingCode } from "@/lib/records/filing-codes";
import { DEMO_REGULATOR_PASSWORD } from "@/prisma/seed/demo-logins";
import { freshAuthEnterprise, testAddress, testResidentId, type AuthTestEnterprise } from "../support/auth-fixtures";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * Filer and regulator sign-in in a real browser: activating an account with a filing code in
 * Chinese (with an error path first), signing out and in again, the throttle message in Uyghur,
 * the regulator's filing rates and issuing a code, who may open what, and a foreign Origin on
 * every POST. Screenshots (ug and en, 360 px and 1280 px) go to tests/artifacts/auth.
 */
const ARTIFACTS = path.join("tests", "artifacts", "auth");
const PASSWORD = "a password for e2e tests";
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

/** A browser context of its own, from an address of its own (throttling counts per address). */
async function newContext(options: { width?: number; address?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    extraHTTPHeaders: { "x-forwarded-for": options.address ?? testAddress() },
  });
}

async function issueCode(enterprise: AuthTestEnterprise): Promise<string> {
  const issued = await issueFilingCode({ uscc: enterprise.uscc, actor: "regulator:e2e", address: "127.0.0.1" });
  if (!issued.ok) throw new Error(issued.reason);
  return formatFilingCode(issued.code);
}

async function sideScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function fillActivation(page: Page, enterprise: AuthTestEnterprise, code: string): Promise<void> {
  await page.fill("#uscc", enterprise.uscc.toLowerCase());
  await page.fill("#enterpriseName", enterprise.nameZh);
  await page.fill("#filingCode", code);
  await page.fill("#liaisonName", "古丽娜尔·买买提");
  await page.fill("#liaisonPhone", "139 9912 3456");
  await page.fill("#liaisonIdNumber", testResidentId("19900101", "342"));
  await page.fill("#password", PASSWORD);
  await page.fill("#passwordConfirm", PASSWORD);
}

async function signIn(page: Page, locale: "zh" | "ug" | "en", uscc: string, password: string): Promise<void> {
  const messages = { zh, ug, en }[locale];
  await page.goto(`${baseUrl()}/${locale}/filing/login`);
  await page.fill("#uscc", uscc);
  await page.fill("#password", password);
  await page.getByRole("button", { name: messages.FilerAuth.login.submit, exact: true }).click();
}

describe("a liaison person in Chinese", () => {
  it("activates the account with a filing code (after a mistake), signs out and signs in again", async () => {
    const enterprise = await freshAuthEnterprise("e2e-activate");
    const code = await issueCode(enterprise);
    const started = new Date();
    const context = await newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/zh`);
      await page.getByRole("link", { name: zh.FilerAuth.footerLink }).click();
      await page.waitForURL(/\/zh\/filing$/);
      await page.getByRole("link", { name: zh.FilerAuth.start.activateLink }).click();
      await page.waitForURL(/\/zh\/filing\/activate$/);

      // A mistake: the wrong filing code, and passwords that differ.
      await fillActivation(page, enterprise, "0000-0000-0000");
      await page.fill("#passwordConfirm", "something else entirely");
      await page.getByRole("button", { name: zh.FilerAuth.activate.submit }).click();
      await page.waitForURL(/\/zh\/filing\/activate\?form=/);
      expect(await page.title()).toMatch(/^错误：/);
      const summary = page.locator('main [role="alert"]');
      await expect.poll(() => summary.innerText()).toContain(zh.FilerAuth.errors.passwordsDiffer);
      expect(await page.locator("#passwordConfirm-error").innerText()).toContain(zh.FilerAuth.errors.passwordsDiffer);
      // What was typed is kept, except the secrets.
      expect(await page.inputValue("#enterpriseName")).toBe(enterprise.nameZh);
      expect(await page.inputValue("#liaisonPhone")).toBe("139 9912 3456");
      expect(await page.inputValue("#liaisonIdNumber")).toBe("");
      expect(await page.inputValue("#password")).toBe("");
      expect(page.url()).not.toContain("139");

      // The passwords agree now, the filing code is still wrong: "do not match", whichever part.
      await fillActivation(page, enterprise, "0000-0000-0000");
      await page.getByRole("button", { name: zh.FilerAuth.activate.submit }).click();
      await page.waitForURL(/\/zh\/filing\/activate\?form=/);
      expect(await summary.innerText()).toContain(zh.FilerAuth.errors.noMatch);
      await summary.getByRole("link").first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("uscc");

      await fillActivation(page, enterprise, code.toLowerCase().replaceAll("-", " "));
      await page.getByRole("button", { name: zh.FilerAuth.activate.submit }).click();
      await page.waitForURL(new RegExp(`/zh/filing/${enterprise.uscc}$`));

      const cookie = (await context.cookies()).find((item) => item.name === "xj_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);

      await page.goto(`${baseUrl()}/zh/filing`);
      expect(await page.locator("main").innerText()).toContain(zh.FilerAuth.start.dashboardLink);
      await page.getByRole("button", { name: zh.FilerAuth.signedIn.signOut }).click();
      await page.waitForURL(/\/zh\/filing\/login\?signedOut=1$/);
      expect(await page.locator("main").innerText()).toContain(zh.FilerAuth.login.signedOutTitle);
      expect((await context.cookies()).some((item) => item.name === "xj_session")).toBe(false);

      // Signing in again from a filing page that asked for it lands back on that page.
      await page.goto(`${baseUrl()}/zh/filing/login?next=${encodeURIComponent(`/zh/filing/${enterprise.uscc}/reports`)}`);
      await page.fill("#uscc", enterprise.uscc);
      await page.fill("#password", "not the password at all");
      await page.getByRole("button", { name: zh.FilerAuth.login.submit, exact: true }).click();
      await page.waitForURL(/\/zh\/filing\/login\?form=/);
      expect(await page.locator('main [role="alert"]').innerText()).toContain(zh.FilerAuth.errors.signInFailed);
      expect(await page.inputValue("#uscc")).toBe(enterprise.uscc);
      await page.fill("#password", PASSWORD);
      await page.getByRole("button", { name: zh.FilerAuth.login.submit, exact: true }).click();
      await page.waitForURL(new RegExp(`/zh/filing/${enterprise.uscc}/reports$`));

      const actions = await db.auditLog.findMany({ where: { actor: `filer:${enterprise.uscc}`, at: { gte: started } }, orderBy: { id: "asc" }, select: { action: true } });
      expect(actions.map((row) => row.action)).toEqual(["filer.activate-failed", "filer.activate", "filer.sign-out", "filer.sign-in-failed", "filer.sign-in"]);
    } finally {
      await context.close();
    }
  });
});

describe("without JavaScript", () => {
  it("the forms still show their problems and sign in", async () => {
    const enterprise = await freshAuthEnterprise("e2e-no-script");
    const code = await issueCode(enterprise);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 }, extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/ug/filing/activate`);
      await page.getByRole("button", { name: ug.FilerAuth.activate.submit }).click();
      await page.waitForURL(/\/ug\/filing\/activate\?form=/);
      const summary = await page.locator("main [role=\"alert\"]").innerText();
      for (const key of ["usccRequired", "enterpriseNameRequired", "filingCodeRequired", "liaisonIdNumberRequired", "passwordRequired"] as const) {
        expect(summary).toContain(ug.FilerAuth.errors[key]);
      }
      await fillActivation(page, enterprise, code);
      await page.getByRole("button", { name: ug.FilerAuth.activate.submit }).click();
      await page.waitForURL(new RegExp(`/ug/filing/${enterprise.uscc}$`));
      await page.goto(`${baseUrl()}/ug/filing`);
      await page.getByRole("button", { name: ug.FilerAuth.signedIn.signOut }).click();
      await page.waitForURL(/signedOut=1/);
      await signIn(page, "ug", enterprise.uscc, PASSWORD);
      await page.waitForURL(new RegExp(`/ug/filing/${enterprise.uscc}$`));
    } finally {
      await context.close();
    }
  });
});

describe("throttling in Uyghur", () => {
  it("says when to try again after five failed sign-ins", async () => {
    const enterprise = await freshAuthEnterprise("e2e-throttle");
    const code = await issueCode(enterprise);
    const context = await newContext({ width: 360 });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/ug/filing/activate`);
      await fillActivation(page, enterprise, code);
      await page.getByRole("button", { name: ug.FilerAuth.activate.submit }).click();
      await page.waitForURL(new RegExp(`/ug/filing/${enterprise.uscc}$`));
      await page.goto(`${baseUrl()}/ug/filing`);
      await page.getByRole("button", { name: ug.FilerAuth.signedIn.signOut }).click();
      await page.waitForURL(/signedOut=1/);

      for (let i = 0; i < 5; i++) {
        await signIn(page, "ug", enterprise.uscc, `wrong password ${i}`);
        await page.waitForURL(/\/ug\/filing\/login\?form=/);
      }
      await signIn(page, "ug", enterprise.uscc, PASSWORD);
      await page.waitForURL(/\/ug\/filing\/login\?form=/);
      const summary = await page.locator('main [role="alert"]').innerText();
      expect(summary).toContain("مەغلۇپ بولغان سىناقلار بەك كۆپ");
      expect(summary).toMatch(/\d{2}:\d{2}/);
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await sideScroll(page)).toBeLessThanOrEqual(0);
      await shoot(page, "login-throttled-ug-360");
    } finally {
      await context.close();
    }
  });
});

describe("regulator staff", () => {
  it("sign in, read the filing rates and issue a filing code that then activates an account", async () => {
    const enterprise = await freshAuthEnterprise("e2e-registrar");
    const context = await newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/en/regulator`);
      await page.waitForURL(/\/en\/regulator\/login$/);
      await page.fill("#username", "registrar");
      await page.fill("#password", "wrong password");
      await page.getByRole("button", { name: en.Regulator.login.submit, exact: true }).click();
      await page.waitForURL(/\/en\/regulator\/login\?form=/);
      expect(await page.locator('main [role="alert"]').innerText()).toContain(en.Regulator.errors.signInFailed);
      await page.fill("#password", DEMO_REGULATOR_PASSWORD);
      await page.getByRole("button", { name: en.Regulator.login.submit, exact: true }).click();
      await page.waitForURL(/\/en\/regulator$/);
      const rates = await page.locator("main").innerText();
      expect(rates).toContain(en.Regulator.rates.title);
      expect(rates).toContain("Ürümqi");
      expect(rates).toContain(en.Regulator.rates.total);
      expect(await page.locator("table").count()).toBeGreaterThanOrEqual(5);

      await page.getByRole("link", { name: en.Regulator.nav.filingCodes }).click();
      await page.waitForURL(/\/en\/regulator\/filing-codes$/);
      await page.fill("#uscc", enterprise.uscc.slice(0, 17) + (enterprise.uscc[17] === "0" ? "1" : "0"));
      await page.getByRole("button", { name: en.Regulator.codes.submit }).click();
      await page.waitForURL(/\?form=/);
      expect(await page.locator('main [role="alert"]').innerText()).toContain(en.Regulator.errors.usccCheck);
      await page.fill("#uscc", enterprise.uscc);
      await page.getByRole("button", { name: en.Regulator.codes.submit }).click();
      await page.waitForURL(/\?form=/);
      const code = (await page.getByTestId("issued-filing-code").innerText()).trim();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(page.url()).not.toContain(code);
      const list = await page.locator("#issued").innerText();
      expect(list).toContain(enterprise.uscc);
      expect(list.split(code).length).toBe(1);

      // The code works for the liaison person, in another browser.
      const filer = await newContext();
      const filerPage = await filer.newPage();
      await filerPage.goto(`${baseUrl()}/en/filing/activate`);
      await fillActivation(filerPage, enterprise, code);
      await filerPage.getByRole("button", { name: en.FilerAuth.activate.submit }).click();
      await filerPage.waitForURL(new RegExp(`/en/filing/${enterprise.uscc}$`));
      await filer.close();

      await page.reload();
      expect(await page.locator("#issued").innerText()).toContain(en.Regulator.codes.states.used);
      await page.getByRole("button", { name: en.Regulator.signedIn.signOut }).click();
      await page.waitForURL(/\/en\/regulator\/login\?signedOut=1$/);
    } finally {
      await context.close();
    }
  });
});

describe("who may open what", () => {
  async function signedInAs(kind: "reviewer" | "registrar" | "filer"): Promise<BrowserContext> {
    const context = await newContext();
    const page = await context.newPage();
    if (kind === "filer") {
      const enterprise = await freshAuthEnterprise("e2e-authz-filer");
      const code = await issueCode(enterprise);
      await page.goto(`${baseUrl()}/zh/filing/activate`);
      await fillActivation(page, enterprise, code);
      await page.getByRole("button", { name: zh.FilerAuth.activate.submit }).click();
      await page.waitForURL(new RegExp(`/zh/filing/${enterprise.uscc}$`));
    } else {
      await page.goto(`${baseUrl()}/zh/regulator/login`);
      await page.fill("#username", kind);
      await page.fill("#password", DEMO_REGULATOR_PASSWORD);
      await page.getByRole("button", { name: zh.Regulator.login.submit, exact: true }).click();
      await page.waitForURL(/\/zh\/regulator$/);
    }
    await page.close();
    return context;
  }

  it("a filer is sent to the regulator sign-in from every regulator page", async () => {
    const context = await signedInAs("filer");
    try {
      for (const pathName of ["/zh/regulator", "/zh/regulator/filing-codes"]) {
        const response = await context.request.get(`${baseUrl()}${pathName}`, { maxRedirects: 0 });
        expect([303, 307], pathName).toContain(response.status());
        expect(response.headers().location, pathName).toMatch(/\/zh\/regulator\/login$/);
      }
      const post = await context.request.post(`${baseUrl()}/zh/regulator/filing-codes/issue`, { form: { uscc: "91650100MA00000000" }, headers: { origin: baseUrl() }, maxRedirects: 0 });
      expect(post.status()).toBe(303);
      expect(post.headers().location).toMatch(/\/zh\/regulator\/login$/);
    } finally {
      await context.close();
    }
  });

  it("a reviewer reads the rates but may not issue filing codes (403)", async () => {
    const context = await signedInAs("reviewer");
    try {
      expect((await context.request.get(`${baseUrl()}/zh/regulator`)).status()).toBe(200);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl()}/zh/regulator/filing-codes`);
      expect(response?.status()).toBe(403);
      expect(await page.locator("h1").innerText()).toBe(zh.Regulator.forbidden.title);
      const before = await db.filingCode.count();
      const post = await context.request.post(`${baseUrl()}/zh/regulator/filing-codes/issue`, { form: { uscc: (await freshAuthEnterprise("e2e-authz-target")).uscc }, headers: { origin: baseUrl() }, maxRedirects: 0 });
      expect(post.status()).toBe(403);
      expect(await db.filingCode.count()).toBe(before);
    } finally {
      await context.close();
    }
  });

  it("every POST from another site, or with no Origin at all, is refused with 403 and changes nothing", async () => {
    const context = await signedInAs("registrar");
    try {
      const target = await freshAuthEnterprise("e2e-origin");
      const posts: [string, Record<string, string>][] = [
        ["/zh/filing/login/submit", { uscc: target.uscc, password: "whatever password" }],
        ["/zh/filing/activate/submit", { uscc: target.uscc }],
        ["/zh/filing/reset/submit", { uscc: target.uscc }],
        ["/zh/filing/logout", {}],
        ["/zh/regulator/login/submit", { username: "registrar", password: DEMO_REGULATOR_PASSWORD }],
        ["/zh/regulator/filing-codes/issue", { uscc: target.uscc }],
        ["/zh/regulator/logout", {}],
      ];
      for (const origin of ["https://evil.example", "null", undefined]) {
        for (const [pathName, form] of posts) {
          const headers: Record<string, string> = origin === undefined ? {} : { origin };
          const response = await context.request.post(`${baseUrl()}${pathName}`, { form, headers, maxRedirects: 0 });
          expect(response.status(), `${pathName} from ${origin ?? "no origin"}`).toBe(403);
        }
      }
      expect(await db.filingCode.count({ where: { enterpriseId: target.id } })).toBe(0);
      // Still signed in: the foreign sign-out did nothing.
      expect((await context.request.get(`${baseUrl()}/zh/regulator/filing-codes`)).status()).toBe(200);
    } finally {
      await context.close();
    }
  });
});

describe("screenshots (ug and en, 360 px and 1280 px)", () => {
  it("of the filing and regulator pages, none scrolling sideways", async () => {
    const enterprise = await freshAuthEnterprise("e2e-screens", { nameUg: "ئۈرۈمچى سىناق سودا شىركىتى" });
    for (const locale of ["ug", "en"] as const) {
      const messages = { ug, en }[locale];
      for (const width of [360, 1280]) {
        const context = await newContext({ width });
        const page = await context.newPage();
        try {
          const suffix = `${locale}-${width}`;
          await page.goto(`${baseUrl()}/${locale}/filing`);
          await shoot(page, `filing-start-${suffix}`);
          expect(await sideScroll(page), `start ${suffix}`).toBeLessThanOrEqual(0);

          await page.goto(`${baseUrl()}/${locale}/filing/activate`);
          await page.fill("#uscc", enterprise.uscc);
          await page.fill("#liaisonIdNumber", "65010419900101342");
          await page.fill("#password", "short");
          await page.getByRole("button", { name: messages.FilerAuth.activate.submit }).click();
          await page.waitForURL(/\?form=/);
          await shoot(page, `filing-activate-errors-${suffix}`);
          expect(await sideScroll(page), `activate ${suffix}`).toBeLessThanOrEqual(0);

          await page.goto(`${baseUrl()}/${locale}/filing/reset`);
          await shoot(page, `filing-reset-${suffix}`);
          expect(await sideScroll(page), `reset ${suffix}`).toBeLessThanOrEqual(0);

          await page.goto(`${baseUrl()}/${locale}/regulator/login`);
          await page.fill("#username", "supervisor");
          await page.fill("#password", DEMO_REGULATOR_PASSWORD);
          await page.getByRole("button", { name: messages.Regulator.login.submit, exact: true }).click();
          await page.waitForURL(new RegExp(`/${locale}/regulator$`));
          await shoot(page, `regulator-rates-${suffix}`);
          expect(await sideScroll(page), `rates ${suffix}`).toBeLessThanOrEqual(0);

          await page.goto(`${baseUrl()}/${locale}/regulator/filing-codes`);
          await page.fill("#uscc", enterprise.uscc);
          await page.getByRole("button", { name: messages.Regulator.codes.submit }).click();
          await page.waitForURL(/\?form=/);
          await shoot(page, `regulator-filing-codes-${suffix}`);
          expect(await sideScroll(page), `codes ${suffix}`).toBeLessThanOrEqual(0);
        } finally {
          await context.close();
        }
      }
    }
  });
});
