import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "../support/database";
import { baseUrl, launchBrowser } from "./support/browser";

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
  /** A company no other browser test opens: its page is not in the page cache yet. */
  let company: { uscc: string; nameUg: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    const client = new pg.Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ uscc: string; name_ug: string }>(
        "SELECT trim(uscc) AS uscc, name_ug FROM enterprise WHERE name_ug IS NOT NULL ORDER BY id DESC LIMIT 1",
      );
      company = { uscc: rows[0].uscc, nameUg: rows[0].name_ug };
    } finally {
      await client.end();
    }
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
      // The first request fills the page cache: its query must not end up in the cached links.
      await page.goto(`${baseUrl()}/zh${path}?from=newsletter`);
      expect(await languageLink(page, "ug").getAttribute("href")).toBe(`/ug${path}`);
      await page.goto(`${baseUrl()}/zh${path}`);
      expect(await languageLink(page, "ug").getAttribute("href")).toBe(`/ug${path}`);
      await languageLink(page, "ug").click();
      await page.waitForURL((url) => url.pathname === `/ug${path}`);
      expect(await page.locator("h1").first().innerText()).toContain(company.nameUg);
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
