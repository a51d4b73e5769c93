import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";
import { findCompany, type KnownCompany } from "./support/register";

const QUERY = "q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90&prefecture=650100&page=2"; // q=乌鲁木齐, normalised order

function languageLink(page: Page, htmlLang: string) {
  return page.locator(`header nav#language-choices a[hreflang="${htmlLang}"]`);
}

/** Path and query of the page the browser is on. */
function where(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

describe("the language switcher keeps the page and its query", () => {
  let browser: Browser;
  let company: KnownCompany;

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await findCompany({ hasUyghurName: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [false, true]) {
    it(`from a search results page to Uyghur and English and back (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context: BrowserContext = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl()}/zh/search?${QUERY}`);
        expect(where(page)).toBe(`/zh/search?${QUERY}`);
        // The server's HTML already names the query: no script has to add it.
        expect(await languageLink(page, "ug").getAttribute("href")).toBe(`/ug/search?${QUERY}`);
        expect(await languageLink(page, "en").getAttribute("href")).toBe(`/en/search?${QUERY}`);

        await languageLink(page, "ug").click();
        await page.waitForURL((url) => url.pathname === "/ug/search");
        expect(where(page)).toBe(`/ug/search?${QUERY}`);
        expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
        expect(await page.locator("html").getAttribute("lang")).toBe("ug");
        expect(await page.locator("main input[name=q]").first().inputValue()).toBe("乌鲁木齐");
        expect(await page.locator("main input[type=checkbox][name=prefecture][value='650100']").isChecked()).toBe(true);

        await languageLink(page, "en").click();
        await page.waitForURL((url) => url.pathname === "/en/search");
        expect(where(page)).toBe(`/en/search?${QUERY}`);
        expect(await page.locator("html").getAttribute("dir")).toBe("ltr");

        await languageLink(page, "zh-CN").click();
        await page.waitForURL((url) => url.pathname === "/zh/search");
        expect(where(page)).toBe(`/zh/search?${QUERY}`);
      } finally {
        await context.close();
      }
    });
  }

  it("keeps the page on a cached company page; with JavaScript its query too", async () => {
    const path = `/companies/${company.uscc}`;
    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await withoutScript.newPage();
      await page.goto(`${baseUrl()}/zh${path}?from=newsletter`);
      // The cached page is the same for every query: the server's links name the page alone.
      expect(await languageLink(page, "ug").getAttribute("href")).toBe(`/ug${path}`);
      await languageLink(page, "ug").click();
      await page.waitForURL((url) => url.pathname === `/ug${path}`);
      expect(await page.locator("h1").first().innerText()).toContain(company.nameUg ?? company.nameZh);
    } finally {
      await withoutScript.close();
    }

    const withScript = await browser.newContext();
    try {
      const page = await withScript.newPage();
      await page.goto(`${baseUrl()}/zh${path}?from=newsletter`);
      await expect.poll(() => languageLink(page, "en").getAttribute("href")).toBe(`/en${path}?from=newsletter`);
      await languageLink(page, "en").click();
      await page.waitForURL((url) => url.pathname === `/en${path}`);
      expect(where(page)).toBe(`/en${path}?from=newsletter`);
    } finally {
      await withScript.close();
    }
  });
});
