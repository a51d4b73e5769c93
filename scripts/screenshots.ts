/**
 * npm run screenshots -- [--base http://127.0.0.1:3000] [--out screenshots] [--filer <uscc>] [--path /companies/X …]
 * Captures every page (scripts/support/review-pages.ts) × locale × (desktop 1280 px, phone 360 px)
 * with Debian's Chromium, full page, into --out as `{page}.{locale}.{viewport}.png`, and reports
 * any page that scrolls sideways on the phone (exit 1). The regulator's pages are taken signed in
 * as the demo `supervisor`; the filer's pages when --filer names a demo filer account (list them
 * with `npm run demo:logins`). `--path` takes just the given paths instead.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext } from "playwright-core";
import { DEMO_FILER_PASSWORD, DEMO_REGULATOR_PASSWORD } from "@/prisma/seed/demo-logins";
import { launchBrowser } from "@/tests/e2e/support/browser";
import { reviewPages, type ReviewPage } from "./support/review-pages";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "screenshots" },
    filer: { type: "string" },
    path: { type: "string", multiple: true },
  },
});

const LOCALES = ["zh", "ug", "en"] as const;
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 740 },
] as const;

/** Signs the context in through the login form; false when the login is refused. */
async function signIn(context: BrowserContext, base: string, who: "filer" | "regulator"): Promise<boolean> {
  const page = await context.newPage();
  try {
    if (who === "filer") {
      await page.goto(`${base}/zh/filing/login`);
      await page.fill("#uscc", values.filer!);
      await page.fill("#password", DEMO_FILER_PASSWORD);
      await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/login")), page.press("#password", "Enter")]);
      // Start (or pick up) the 2025 report, so that its question pages open rather than redirect.
      await page.goto(`${base}/zh/filing/${values.filer}/reports/new`);
      const year = page.locator('input[name="year"][value="2025"]');
      if ((await year.count()) > 0) {
        await year.check();
        await Promise.all([page.waitForURL(/\/reports\/2025\//), page.locator('form[action$="/reports/new/choose"] button[type="submit"]').click()]);
      }
    } else {
      await page.goto(`${base}/zh/regulator/login`);
      await page.fill("[name=username]", "supervisor");
      await page.fill("[name=password]", DEMO_REGULATOR_PASSWORD);
      await Promise.all([page.waitForLoadState("load"), page.press("[name=password]", "Enter")]);
    }
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 10_000 }).catch(() => undefined);
    return !new URL(page.url()).pathname.endsWith("/login");
  } finally {
    await page.close();
  }
}

async function main() {
  const base = values.base!.replace(/\/$/, "");
  const out = values.out!;
  mkdirSync(out, { recursive: true });
  const pages: ReviewPage[] = values.path
    ? values.path.map((pagePath) => ({ name: pagePath.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 60) || "home", path: pagePath }))
    : await reviewPages(base, { filerUscc: values.filer });
  const browser = await launchBrowser();
  const problems: string[] = [];
  let count = 0;
  try {
    for (const viewport of VIEWPORTS) {
      // One session cookie per browser: the filer and the supervisor each get a context of their own.
      const contexts = {
        public: await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } }),
        filer: await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } }),
        regulator: await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } }),
      };
      const sessions = {
        filer: values.filer ? await signIn(contexts.filer, base, "filer") : false,
        regulator: pages.some((page) => page.signedIn === "regulator") ? await signIn(contexts.regulator, base, "regulator") : false,
      };
      for (const who of ["filer", "regulator"] as const) {
        if (pages.some((page) => page.signedIn === who) && !sessions[who]) console.warn(`Not signed in as the demo ${who}: its pages are skipped.`);
      }
      const tabs = { public: await contexts.public.newPage(), filer: await contexts.filer.newPage(), regulator: await contexts.regulator.newPage() };
      for (const locale of LOCALES) {
        for (const target of pages) {
          if (target.signedIn && !sessions[target.signedIn]) continue;
          const page = tabs[target.signedIn ?? "public"];
          const url = `${base}/${locale}${target.path}`;
          await page.goto(url, { waitUntil: "load" });
          const file = path.join(out, `${target.name}.${locale}.${viewport.name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${url} at ${viewport.width} px scrolls sideways by ${overflow} px`);
          count++;
          console.log(`[${count}] ${file}`);
        }
      }
      for (const context of Object.values(contexts)) await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${count} screenshots in ${out}/`);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
