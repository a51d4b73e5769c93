import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import { baseUrl, launchBrowser } from "./support/browser";

/*
 * An address no page matches is answered with "page not found" in the language of its locale
 * prefix, in that language's direction, noindex, and the language switcher leads to the same
 * address in the other languages (app/[locale]/[...rest]/page.tsx; 200, not 404: see there).
 * The browser runs without JavaScript: the page must not depend on it.
 */
const CASES = [
  { locale: "zh", htmlLang: "zh-CN", dir: "ltr", title: zh.NotFound.title, siteName: zh.Layout.siteName },
  { locale: "ug", htmlLang: "ug", dir: "rtl", title: ug.NotFound.title, siteName: ug.Layout.siteName },
  { locale: "en", htmlLang: "en", dir: "ltr", title: en.NotFound.title, siteName: en.Layout.siteName },
] as const;

describe("page not found", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { locale, htmlLang, dir, title, siteName } of CASES) {
    it(`is in ${locale} under /${locale}/, noindex, readable without JavaScript, with language links to the same address`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        for (const path of [`/${locale}/no-such-page`, `/${locale}/companies/91650102MA78KQ2B36/no-such-section/deeper`]) {
          const response = await page.goto(`${baseUrl()}${path}`);
          expect(response?.status(), path).toBe(200);
          expect(await page.locator("html").getAttribute("lang")).toBe(htmlLang);
          expect(await page.locator("html").getAttribute("dir")).toBe(dir);
          await expect(page.locator("h1").textContent()).resolves.toBe(title);
          expect(await page.title()).toBe(`${title} – ${siteName}`);
          expect(await page.locator('meta[name="robots"]').first().getAttribute("content")).toContain("noindex");
        }
        for (const other of CASES.filter((candidate) => candidate.locale !== locale)) {
          const link = page.locator(`header nav#language-choices a[hreflang="${other.htmlLang}"]`);
          const href = await link.getAttribute("href");
          expect(href).toBe(`/${other.locale}/companies/91650102MA78KQ2B36/no-such-section/deeper`);
        }
      } finally {
        await context.close();
      }
    });
  }
});
