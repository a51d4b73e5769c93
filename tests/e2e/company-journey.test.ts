import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";
import { findCompany, type KnownCompany } from "./support/register";

const LOCALES = [
  { locale: "zh", lang: "zh-CN", dir: "ltr" },
  { locale: "ug", lang: "ug", dir: "rtl" },
  { locale: "en", lang: "en", dir: "ltr" },
] as const;

describe("home → search a code → company page", () => {
  let browser: Browser;
  let company: KnownCompany;

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await findCompany({ hasUyghurName: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { locale, lang, dir } of LOCALES) {
    it(`works in ${locale}`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${baseUrl()}/${locale}`);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.getAttribute("html", "dir")).toBe(dir);
        // Typed loosely, as people do: lower case with spaces.
        const loose = `${company.uscc.slice(0, 6)} ${company.uscc.slice(6)}`.toLowerCase();
        const box = page.locator("main input[name=q]").first();
        await box.fill(loose);
        await box.press("Enter");
        await page.waitForURL(`**/${locale}/companies/${company.uscc}`);
        const heading = (await page.locator("h1").innerText()).trim();
        expect(heading).toContain(locale === "ug" && company.nameUg ? company.nameUg : company.nameZh);
        expect(await page.locator("body").innerText()).toContain(company.nameZh);
        expect(await page.getAttribute("html", "dir")).toBe(dir);
      } finally {
        await page.close();
      }
    });
  }

  it("keeps the page when switching language", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl()}/zh/companies/${company.uscc}`);
      await page.locator("header a[hreflang=ug], header a[lang=ug]").first().click();
      await page.waitForURL(`**/ug/companies/${company.uscc}`);
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
    } finally {
      await page.close();
    }
  });
});
