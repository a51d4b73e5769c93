import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";
import { findCompany, type KnownCompany } from "./support/register";
import { UYGHUR_WEB_FONT_FILES } from "@/components/layout/uyghur-web-font";

/*
 * Uyghur pages are drawn in the app's own Uyghur web font (components/layout/uyghur-web-font.ts),
 * preloaded and fetched from the site itself; Chinese and English pages do not download it.
 */
type Visit = { page: Page; requests: URL[]; fontRequests: URL[] };

async function visit(browser: Browser, path: string): Promise<Visit> {
  const page = await browser.newPage();
  const requests: URL[] = [];
  const fontRequests: URL[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    requests.push(url);
    if (request.resourceType() === "font" || /\.(woff2?|ttf|otf)$/.test(url.pathname)) fontRequests.push(url);
  });
  await page.goto(`${baseUrl()}${path}`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  return { page, requests, fontRequests };
}

/** The fonts Chromium really drew an element's text with (DevTools protocol). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`No element ${selector}`);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

/** The first family of an element's computed font-family, as the page's CSS names it. */
function firstFamily(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).fontFamily.split(",")[0].trim());
}

describe("the Uyghur web font", () => {
  let browser: Browser;
  let company: KnownCompany;

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await findCompany({ hasUyghurName: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws Uyghur pages, fetched from the site itself and nowhere else", async () => {
    const { page, requests, fontRequests } = await visit(browser, "/ug");
    try {
      const origin = new URL(baseUrl()).origin;
      expect(requests.filter((url) => url.origin !== origin).map(String)).toEqual([]);
      expect(fontRequests.length).toBeGreaterThan(0);
      for (const url of fontRequests) {
        expect(url.origin).toBe(origin);
        expect(url.pathname).toMatch(/^\/fonts\/vazirmatn-.+\.woff2$/);
      }
      // Preloaded in the head, and fetched once: the preload's request is the one the font uses.
      const preloads = await page.locator('head link[rel="preload"][as="font"]').evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute("href"), crossOrigin: (link as HTMLLinkElement).crossOrigin, type: link.getAttribute("type") })),
      );
      expect(preloads).toEqual([{ href: UYGHUR_WEB_FONT_FILES.arabic, crossOrigin: "anonymous", type: "font/woff2" }]);
      const arabicFetches = fontRequests.filter((url) => url.pathname === UYGHUR_WEB_FONT_FILES.arabic);
      expect(arabicFetches).toHaveLength(1);
      const response = await page.request.get(`${origin}${UYGHUR_WEB_FONT_FILES.arabic}`);
      expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

      const family = await firstFamily(page, "h1");
      expect(await page.evaluate((name) => document.fonts.check(`16px ${name}`, "ئۈرۈمچى"), family)).toBe(true);
      const faces = await page.evaluate(() => [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family));
      expect(faces).toContain(family.replace(/["']/g, ""));

      // Every glyph of the heading and of the lead paragraph comes from the web font.
      for (const selector of ["h1", "main p"]) {
        const fonts = await renderedFonts(page, selector);
        expect(fonts.map((font) => font.familyName)).toEqual(["Vazirmatn"]);
        expect(fonts[0].isCustomFont).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it("draws a company's Uyghur name in it, and its Chinese name in a Chinese system font", async () => {
    const { page } = await visit(browser, `/ug/companies/${company.uscc}`);
    try {
      const heading = await renderedFonts(page, "h1");
      expect(heading.map((font) => font.familyName)).toEqual(["Vazirmatn"]);
      const chineseName = page.locator('main [lang="zh-CN"]', { hasText: company.nameZh }).first();
      await expect(chineseName.count()).resolves.toBeGreaterThan(0);
      const id = await chineseName.evaluate((element) => {
        element.id ||= "e2e-chinese-name";
        return element.id;
      });
      const fonts = await renderedFonts(page, `#${id}`);
      expect(fonts.some((font) => !font.isCustomFont && /CJK|PingFang|YaHei|Hei/.test(font.familyName))).toBe(true);
    } finally {
      await page.close();
    }
  });

  for (const locale of ["zh", "en"]) {
    it(`is not downloaded by ${locale} pages, even for the language switcher's Uyghur name`, async () => {
      const { page, fontRequests } = await visit(browser, `/${locale}/companies/${company.uscc}`);
      try {
        expect(await page.locator('header [lang="ug"]').count()).toBeGreaterThan(0);
        expect(fontRequests.map(String)).toEqual([]);
        expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  }
});
