import path from "node:path";
import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { ENDPOINTS } from "@/components/developers/api-reference";
import { INGEST_KINDS } from "@/lib/ingestion/kinds";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * The developers page (/{locale}/developers): server-rendered in every language, readable without
 * JavaScript, no sideways scrolling on a 360 px phone (code samples scroll in their own boxes),
 * right to left in Uyghur with the commands left to right, linked from every page's footer.
 * Screenshots (zh and ug, 1280 and 360 px) go to tests/artifacts/developers.
 */
const ARTIFACTS = path.resolve("tests/artifacts/developers");
let browser: Browser;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the developers page", () => {
  for (const locale of ["zh", "ug", "en"] as const) {
    it(`is served in ${locale} with every endpoint, the feed, the limits and the ingestion`, async () => {
      const response = await fetch(`${baseUrl()}/${locale}/developers`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<h1[^>]*>[^<]+/);
      // The page's text, without the markup (a long path carries <wbr> after each slash, a
      // command a span around each word).
      const text = html.replace(/<[^>]*>/g, "");
      for (const endpoint of ENDPOINTS) expect(text).toContain(endpoint.request);
      expect(text).toContain(locale === "zh" ? "开放接口" : locale === "ug" ? "ئوچۇق API" : "Open API");
      expect(html).toContain("/api/v1/openapi.json");
      expect(text).toContain("npm run api-key:create");
      for (const kind of INGEST_KINDS) expect(text).toContain(kind);
      expect(html).toContain("RateLimit-Remaining");
      expect(html).toContain("Retry-After");
      if (locale === "ug") expect(html).toContain('dir="rtl"');
    });
  }

  it("is linked from the footer", async () => {
    const html = await (await fetch(`${baseUrl()}/ug`)).text();
    expect(html).toContain('href="/ug/developers"');
  });

  for (const locale of ["zh", "ug"] as const) {
    for (const width of [1280, 360]) {
      it(`fits a ${width} px screen in ${locale} without JavaScript (screenshot)`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
        try {
          const page = await context.newPage();
          await page.goto(`${baseUrl()}/${locale}/developers`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          // Commands read left to right, also on the Uyghur page.
          const directions = await page.$$eval("pre", (blocks) => blocks.map((block) => getComputedStyle(block).direction));
          expect(directions.length).toBeGreaterThan(5);
          expect(new Set(directions)).toEqual(new Set(["ltr"]));
          await page.screenshot({ path: path.join(ARTIFACTS, `developers-${locale}-${width}.png`), fullPage: true });
        } finally {
          await context.close();
        }
      });
    }
  }
});
