import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import { registerToday } from "@/lib/rules/publicity";
import { workingDaysBetween } from "@/lib/rules/working-days";
import { requireDatabaseUrl } from "../support/database";
import { INSTANT_ENTERPRISES, INSTANT_MARKERS, startInstantFilerSession } from "../support/instant-filer";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * A liaison publishes instant information in the browser: a contribution in Uyghur, with a
 * mistake first (shown in the error summary and next to the field), then the check page with the
 * deadline, then the public company page. The same pages in English; screenshots of every page in
 * ug and en at 360 px and 1280 px go to tests/artifacts/instant-info for review.
 */
const ARTIFACTS = path.join("tests", "artifacts", "instant-info");
const A = INSTANT_ENTERPRISES.a.uscc;
const B = INSTANT_ENTERPRISES.b.uscc;
const WIDTHS = [360, 1280] as const;

let browser: Browser;
let token: string;

/** Three working days ago: on time. */
function recentDay(): string {
  const today = registerToday();
  let day = today;
  while (workingDaysBetween(day, today).count < 3) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return day;
}

async function signedIn(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addCookies([{ name: "xj_session", value: token, url: baseUrl(), httpOnly: true, sameSite: "Lax" }]);
  return context;
}

/** The error summary (Next's route announcer is an alert too). */
function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.locator("#error-summary-title") });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  // Nothing may make a phone scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  token = await startInstantFilerSession(requireDatabaseUrl(), "a");
  await startInstantFilerSession(requireDatabaseUrl(), "b");
});
afterAll(async () => {
  await browser?.close();
});

describe("publishing instant information in the browser", () => {
  it("publishes a contribution in Uyghur after correcting a mistake, and the public page shows it", async () => {
    const context = await signedIn(360);
    const page = await context.newPage();
    const shareholder = `ئايگۈل مەمەت ${Date.now() % 100000}`;
    const changedOn = recentDay();
    try {
      await page.goto(`${baseUrl()}/ug/filing/${A}/instant`);
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      await page.getByRole("link", { name: ug.InstantInfo.kinds.contribution.publish }).click();
      await page.waitForURL(`**/ug/filing/${A}/instant/contribution`);

      // A mistake: more paid in than subscribed. The fields are right, so the cross-field check speaks.
      await page.fill("#instant-shareholderName", shareholder);
      await page.fill("#instant-subscribed", "50");
      await page.selectOption("#instant-subscribedVia", "currency");
      await page.fill("#instant-subscribedOn", "2030-12-31");
      await page.fill("#instant-paid", "80");
      await page.selectOption("#instant-paidVia", "currency");
      await page.fill("#instant-paidOn", changedOn);
      await page.fill("#instant-changedOn", changedOn);
      await page.getByRole("button", { name: ug.InstantInfo.form.continue }).click();
      await page.waitForURL(/\/ug\/filing\/[0-9A-Z]{18}\/instant\/contribution\?.*invalid=1/);
      const message = ug.InstantInfo.errors.contribution.paid.moreThanSubscribed;
      const summary = errorSummary(page);
      expect(await summary.innerText()).toContain(message);
      expect(await summary.getByRole("link", { name: message }).getAttribute("href")).toBe("#instant-paid");
      expect(await page.locator("#instant-paid-error").innerText()).toBe(message);
      expect(await page.getAttribute("#instant-paid", "aria-invalid")).toBe("true");
      expect(await page.getAttribute("#instant-paid", "aria-describedby")).toContain("instant-paid-error");
      expect(await page.inputValue("#instant-shareholderName")).toBe(shareholder);
      expect(await page.title()).toMatch(/^خاتالىق: /);
      await shoot(page, "ug-360-form-error");

      await page.fill("#instant-paid", "20");
      await page.getByRole("button", { name: ug.InstantInfo.form.continue }).click();
      await page.waitForURL(/\/ug\/filing\/[0-9A-Z]{18}\/instant\/contribution\/check\?/);
      const check = await page.locator("main").innerText();
      expect(check).toContain(shareholder);
      expect(check).toContain(ug.InstantInfo.check.deadlineTitle);
      await shoot(page, "ug-360-check");

      await page.getByRole("button", { name: ug.InstantInfo.check.publish }).click();
      await page.waitForURL(/\/ug\/filing\/[0-9A-Z]{18}\/instant\?published=contribution-\d+/);
      expect(await page.locator("main").innerText()).toContain(ug.InstantInfo.list.publishedTitle);
      expect(await page.locator("#contribution").innerText()).toContain(shareholder);
      expect(await page.locator("#contribution").innerText()).toContain(ug.InstantInfo.list.onTime);
      await shoot(page, "ug-360-published");

      await page.getByRole("link", { name: ug.InstantInfo.list.publicLink }).click();
      await page.waitForURL(`**/ug/companies/${A}`);
      const html = await page.content();
      for (const marker of Object.values(INSTANT_MARKERS)) expect(html).not.toContain(marker);
      // The company page shows a section's first rows; the section's own page shows them all.
      await page.goto(`${baseUrl()}/ug/companies/${A}/records/contributions`);
      expect(await page.locator("main").innerText()).toContain(shareholder);
      await shoot(page, "ug-360-public-contributions");
    } finally {
      await context.close();
    }
  });

  it("shows the pages in ug and en at 360 px and 1280 px", async () => {
    const values = new URLSearchParams({
      decisionNumber: "乌新市监罚〔2026〕77号",
      authorityId: "amr-650104",
      decidedOn: "2025-09-26",
      violationType: "price-violation",
      fineYuan: "2000",
      content: "罚款2000元",
    });
    values.append("kinds", "fine");
    for (const locale of ["ug", "en"] as const) {
      for (const width of WIDTHS) {
        const context = await signedIn(width);
        const page = await context.newPage();
        try {
          const name = (what: string) => `${locale}-${width}-${what}`;
          await page.goto(`${baseUrl()}/${locale}/filing/${A}/instant`);
          await shoot(page, name("list"));
          await page.goto(`${baseUrl()}/${locale}/filing/${A}/instant/penalty`);
          await shoot(page, name("penalty-form"));
          await page.goto(`${baseUrl()}/${locale}/filing/${A}/instant/penalty?${new URLSearchParams({ fineYuan: "abc", decidedOn: "2099-01-01" })}&invalid=1`);
          expect(await errorSummary(page).innerText()).toContain((locale === "ug" ? ug : en).InstantInfo.errors.penalty.decidedOn.future);
          await shoot(page, name("penalty-form-errors"));
          await page.goto(`${baseUrl()}/${locale}/filing/${A}/instant/penalty/check?${values}`);
          // Decided on 26 September 2025: due 30 October 2025 (National Day holiday), long past.
          expect(await page.locator("main").innerText()).toContain((locale === "ug" ? ug : en).InstantInfo.check.late);
          await shoot(page, name("penalty-check"));
          await page.goto(`${baseUrl()}/${locale}/filing/${A}/instant/licence`);
          await shoot(page, name("licence-form"));
        } finally {
          await context.close();
        }
      }
    }
  });
});

describe("who may see the pages", () => {
  it("sends the signed-out to sign in, and answers another enterprise's pages with 404", async () => {
    const signedOut = await fetch(`${baseUrl()}/en/filing/${A}/instant`, { redirect: "manual" });
    expect([303, 307]).toContain(signedOut.status);
    expect(new URL(signedOut.headers.get("location") ?? "", baseUrl()).pathname).toBe("/en/filing/login");

    const headers = { cookie: `xj_session=${token}` };
    for (const pathname of [
      `/en/filing/${B}/instant`,
      `/en/filing/${B}/instant/contribution`,
      `/en/filing/${B}/instant/contribution/check`,
      `/en/filing/91650100MA00000000/instant`,
      `/en/filing/${A}/instant/mortgage`,
    ]) {
      const response = await fetch(`${baseUrl()}${pathname}`, { headers, redirect: "manual" });
      expect(response.status, pathname).toBe(404);
    }
    const own = await fetch(`${baseUrl()}/en/filing/${A}/instant`, { headers, redirect: "manual" });
    expect(own.status).toBe(200);
    const html = await own.text();
    for (const marker of Object.values(INSTANT_MARKERS)) expect(html).not.toContain(marker);
  });

  it("refuses another site's post with 403", async () => {
    const response = await fetch(`${baseUrl()}/en/filing/${A}/instant/licence/publish`, {
      method: "POST",
      headers: { cookie: `xj_session=${token}`, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "documentNumber=X",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });
});
