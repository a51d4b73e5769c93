import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import { residentIdCheckChar } from "@/lib/codes/resident-id";
import { baseUrl, launchBrowser } from "./support/browser";
import { prepareNewFiler, type NewFiler } from "./support/filing";

/**
 * A liaison person files an annual report as a new user would, in a real browser without
 * JavaScript: activate the account with the filing code from the regulator's letter, choose the
 * year, answer every question page (with an error path), stop half way, sign out, sign in again,
 * resume, change an answer from check your answers, submit, and see the report public at once.
 * A limited company in Chinese on a desktop; an individual business (short form) in Uyghur on a
 * 360 px phone. Screenshots go to tests/artifacts/filing for review.
 */
const ARTIFACTS = path.join("tests", "artifacts", "filing");
const PASSWORD = "new-filer-password-2026";
const LIAISON_ID = `65010219900307201${residentIdCheckChar("65010219900307201")}`;
const MESSAGES = { zh, ug, en };
/** The register's clock (Asia/Shanghai) decides the year due: last year's report. */
const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 4)) - 1;

let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage({ width, javaScript = false }: { width: number; javaScript?: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  return { context, page: await context.newPage() };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function activate(page: Page, locale: "zh" | "ug", filer: NewFiler) {
  await page.goto(`${baseUrl()}/${locale}/filing/activate`);
  await page.fill("#uscc", filer.uscc.toLowerCase());
  await page.fill("#enterpriseName", filer.nameZh);
  await page.fill("#filingCode", filer.filingCode.toLowerCase());
  await page.fill("#liaisonName", "艾力·买买提");
  await page.fill("#liaisonPhone", "13999012345");
  await page.fill("#liaisonIdNumber", LIAISON_ID);
  await page.fill("#password", PASSWORD);
  await page.fill("#passwordConfirm", PASSWORD);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL(`**/${locale}/filing/${filer.uscc}`);
}

async function signIn(page: Page, locale: "zh" | "ug", filer: NewFiler) {
  await page.goto(`${baseUrl()}/${locale}/filing/login`);
  await page.fill("#uscc", filer.uscc);
  await page.fill("#password", PASSWORD);
  await page.locator("main button[type=submit]").click();
  await page.waitForURL(`**/${locale}/filing/${filer.uscc}`);
}

const saveAndContinue = (page: Page) => page.click("main button[name=intent][value=continue]");

async function errorSummary(page: Page): Promise<string[]> {
  return page.locator("[role=alert] li a").allTextContents();
}

describe("a limited company files its report (zh, desktop, no JavaScript)", () => {
  it("activates, files with an error on the way, stops, resumes after signing in again, and publishes", async () => {
    const t = MESSAGES.zh.Filing;
    const filer = await prepareNewFiler({ type: "llc", establishedOn: `${YEAR}-03-01`, label: "网上年报", listedForYear: YEAR });
    const { context, page } = await newPage({ width: 1280 });
    try {
      await activate(page, "zh", filer);
      await expect(page.locator("main h1").textContent()).resolves.toContain(filer.nameZh);
      await shot(page, "zh-dashboard");

      // Choose the year (the only one due), then the basic information page with mistakes.
      await page.getByRole("link", { name: t.dashboard.start.replace("{year}", String(YEAR)) }).click();
      await expect(page.locator("main h1").textContent()).resolves.toBe(t.chooseYear.title);
      await page.locator("main button.button-primary").click();
      await page.waitForURL(`**/reports/${YEAR}/basic`);
      await page.fill("#f-phone", "");
      await page.fill("#f-postcode", "8300");
      await page.fill("#f-employees", "十二");
      await saveAndContinue(page);
      expect(await page.title()).toMatch(/^错误：/);
      expect(await errorSummary(page)).toEqual(["请填写企业联系电话", "邮政编码请填写6位数字", "从业人数请填写整数，例如 12", "请选择经营状态"]);
      expect(await page.locator("#f-postcode-error").textContent()).toBe("邮政编码请填写6位数字");
      await shot(page, "zh-basic-errors");
      // The summary links to the field.
      await page.click("[role=alert] li a >> nth=1");
      expect(page.url()).toContain("#f-postcode");

      await page.fill("#f-phone", "0991-5551234");
      await page.fill("#f-postcode", "830000");
      await page.fill("#f-employees", "１２");
      await page.check("#f-operatingState");
      await saveAndContinue(page);

      // Websites: yes, one shop, added with "add another" (a save that comes back).
      await page.waitForURL(`**/reports/${YEAR}/websites`);
      await page.check("#f-hasWebsite");
      await page.selectOption("#f-rows-0-kind", "online-shop");
      await page.fill("#f-rows-0-name", "鼎路旗舰店");
      await page.fill("#f-rows-0-url", "shop123456789.taobao.com");
      await page.click("main button[name=intent][value=add]");
      await expect(page.locator("#f-rows-1-name").inputValue()).resolves.toBe("");
      await saveAndContinue(page);

      // Shareholders come prefilled from the register; paid more than subscribed is refused.
      await page.waitForURL(`**/reports/${YEAR}/shareholders`);
      await expect(page.locator("#f-rows-0-name").inputValue()).resolves.toBe("测试股东甲");
      await page.fill("#f-rows-0-paid", "31");
      await saveAndContinue(page);
      expect(await errorSummary(page)).toEqual(["实缴出资额（1）不能大于认缴出资额"]);
      await page.fill("#f-rows-0-paid", "30");
      await saveAndContinue(page);

      await page.waitForURL(`**/reports/${YEAR}/investments`);
      await page.check("#f-hasInvestments-1");
      await saveAndContinue(page);

      // Assets: typed half way, then "save and come back later", and sign out.
      await page.waitForURL(`**/reports/${YEAR}/assets`);
      await page.check("#f-publish-1");
      await page.fill("#f-totalAssets", "1523.456789");
      await page.click("main button[name=intent][value=later]");
      await page.waitForURL(`**/filing/${filer.uscc}?saved=${YEAR}`);
      await page.locator("form[action$='/filing/logout'] button").first().click();
      await page.goto(`${baseUrl()}/zh/filing/${filer.uscc}/reports/${YEAR}/assets`);
      expect(page.url()).toContain("/zh/filing/login?next=");

      // Sign in again: the dashboard offers to continue, and resumes at the assets page.
      await signIn(page, "zh", filer);
      await page.getByRole("button", { name: t.dashboard.continue.replace("{year}", String(YEAR)) }).click();
      await page.waitForURL(`**/reports/${YEAR}/assets`);
      await expect(page.locator("#f-totalAssets").inputValue()).resolves.toBe("1523.456789");
      for (const [field, value] of [["totalLiabilities", "600"], ["ownersEquity", "923.456789"], ["totalRevenue", "2,400.5"], ["mainRevenue", "2300"], ["totalProfit", "-12"], ["netProfit", "-12"], ["taxPaid", "35.6"]]) {
        await page.fill(`#f-${field}`, value);
      }
      await saveAndContinue(page);

      await page.waitForURL(`**/reports/${YEAR}/guarantees`);
      await page.check("#f-publish-1");
      await page.check("#f-hasGuarantees-1");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/equity-changes`);
      await page.check("#f-hasEquityTransfer-1");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/social-insurance`);
      await page.check("#f-publish");
      for (let row = 0; row < 5; row++) {
        for (const [field, value] of [["insuredCount", "13"], ["contributionBase", "48.5"], ["paid", "9.1"], ["arrears", "0"]]) await page.fill(`#f-rows-${row}-${field}`, value);
      }
      await saveAndContinue(page);
      // 13 insured but 12 employees, in every row.
      expect((await errorSummary(page)).length).toBe(5);
      for (let row = 0; row < 5; row++) await page.fill(`#f-rows-${row}-insuredCount`, "12");
      await saveAndContinue(page);

      // Check your answers; change the phone number from there and come back.
      await page.waitForURL(`**/reports/${YEAR}/check`);
      await shot(page, "zh-check");
      await page.click(`a[href$='/reports/${YEAR}/basic?from=check']`);
      await page.fill("#f-phone", "0991-7776666");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/check`);
      await expect(page.locator("main").textContent()).resolves.toContain("0991-7776666");
      await page.click("main #submit");

      await page.waitForURL(`**/reports/${YEAR}/confirmation`);
      const reference = (await page.locator("[data-testid=reference-number]").textContent()) ?? "";
      expect(reference).toMatch(new RegExp(`^NB${YEAR}-[0-9A-Z]{8}$`));
      await expect(page.locator("main").textContent()).resolves.toContain("已年报（逾期）");
      await shot(page, "zh-confirmation");

      // Public at once, published blocks only.
      await page.goto(`${baseUrl()}/zh/companies/${filer.uscc}/annual-reports/${YEAR}`);
      const publicText = (await page.locator("main").textContent()) ?? "";
      expect(publicText).toContain("0991-7776666");
      expect(publicText).toContain("鼎路旗舰店");
      expect(publicText).toContain("企业选择不公示");
      expect(publicText).not.toContain("1523.456789");
      expect(publicText).not.toContain("1,523.456789");
      await page.goto(`${baseUrl()}/zh/companies/${filer.uscc}`);
      await expect(page.locator("main").textContent()).resolves.toContain("已年报（逾期）");
    } finally {
      await context.close();
    }
  });
});

describe("an individual business files the short form (ug, 360 px phone)", () => {
  it("activates in Uyghur, files basic information, websites and finances, and sees it published", async () => {
    const t = MESSAGES.ug.Filing;
    const filer = await prepareNewFiler({ type: "individual-business", establishedOn: `${YEAR}-05-20`, label: "يەككە" });
    const { context, page } = await newPage({ width: 360, javaScript: true });
    try {
      await activate(page, "ug", filer);
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      await shot(page, "ug-dashboard-360");
      await page.getByRole("link", { name: t.dashboard.start.replace("{year}", String(YEAR)) }).click();
      await page.locator("main button.button-primary").click();
      await page.waitForURL(`**/reports/${YEAR}/basic`);
      await saveAndContinue(page);
      // Everything missing: each error in Uyghur, in the summary and by its field.
      const errors = await errorSummary(page);
      expect(errors).toContain("«ئالاقە تېلېفونى» نى تولدۇرۇڭ");
      expect(errors).toContain("«تىجارەت ھالىتى» نى تاللاڭ");
      expect(await page.locator("#f-phone-error").textContent()).toBe("«ئالاقە تېلېفونى» نى تولدۇرۇڭ");
      await shot(page, "ug-basic-errors-360");
      await page.fill("#f-phone", "13999012345");
      await page.fill("#f-postcode", "844000");
      await page.fill("#f-employees", "2");
      await page.check("#f-operatingState");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/websites`);
      await page.check("#f-hasWebsite-1");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/assets`);
      await page.check("#f-publish");
      await page.fill("#f-totalRevenue", "35.6");
      await page.fill("#f-taxPaid", "0");
      await shot(page, "ug-assets-360");
      await saveAndContinue(page);
      await page.waitForURL(`**/reports/${YEAR}/check`);
      await shot(page, "ug-check-360");
      await page.click("main #submit");
      await page.waitForURL(`**/reports/${YEAR}/confirmation`);
      await shot(page, "ug-confirmation-360");
      await page.goto(`${baseUrl()}/ug/companies/${filer.uscc}/annual-reports/${YEAR}`);
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).toContain("13999012345");
      expect(text).toContain("35.6");
    } finally {
      await context.close();
    }
  });
});
