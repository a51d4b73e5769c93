import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Client } from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";
import { MAIN_CONTENT_ID } from "@/components/layout/page-landmarks";
import { reviewPages } from "../../scripts/support/review-pages";
import { requireDatabaseUrl } from "../support/database";

/**
 * WCAG 2.1 AA (issue 7): axe-core, run in Chromium on a 360 px phone on every kind of page in
 * every locale — public pages, the filer's pages signed in as a filer and the regulator's pages
 * signed in as a supervisor — reports no violations, and no page scrolls sideways. Then keyboard use: the skip link comes first and moves focus
 * to the main content, focus is always visible, and the search suggestions work with the arrow keys.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const LOCALES = ["zh", "ug", "en"] as const;
type Locale = (typeof LOCALES)[number];

/** The test register's logins (README: npm run demo:logins). */
const FILER = { uscc: "91653201XQ8503520U", password: "demo-filer-2026" };
const SUPERVISOR = { username: "supervisor", password: "demo-regulator-2026" };

const PHONE = { width: 360, height: 800 };

/** --color-focus in app/globals.css. */
const FOCUS_YELLOW = "rgb(255, 221, 0)";

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

let browser: Browser;
let company: { uscc: string; year: number | null };
let reportId: string | null;

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(" ")} — ${node.failureSummary?.split("\n").slice(1, 2).join(" ").trim()}`).join("\n")}`)
    .join("\n");
}

/**
 * On a right-to-left page, the codes in running text (credit codes, registration numbers, dates
 * written with digits and hyphens) that are not isolated from the Uyghur around them: bidi would
 * reorder their parts (a code ending in letters, a date's hyphens). Each must sit in a <bdi>, in
 * an element with dir="ltr", in a form field, or between the isolate marks LRI/FSI … PDI.
 */
async function unisolatedCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CODE = /(?<![0-9A-Z])([0-9A-Z]{18}|\d{15}|\d{4}-\d{2}-\d{2})(?![0-9A-Z])/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const match = CODE.exec(text);
      if (!match) continue;
      // Isolated in the text itself: LRI or FSI before it, PDI after it (as the catalogues write examples).
      if (/[\u2066\u2068]$/.test(text.slice(0, match.index)) && text[match.index + match[1].length] === "\u2069") continue;
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, bdi, [dir='ltr'], input, textarea, select, code, pre, [hidden], .sr-only")) continue;
      // A text that is nothing but the code, alone in an element that is itself isolated by layout
      // (a table cell or a list item holding only it) is not mixed with Uyghur either.
      if (text.trim() === match[1] && ["TD", "TH", "DD"].includes(parent.tagName)) continue;
      found.push(`${match[1]} in <${parent.tagName.toLowerCase()}>: "${text.trim().slice(0, 60)}"`);
    }
    return found.slice(0, 10);
  });
}

/** No axe violations, and (on the 360 px phone these tests use) no sideways scrolling. */
async function expectNoViolations(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response, path).not.toBeNull();
  const violations = await axeViolations(page);
  expect(violations.length, `${path}\n${describeViolations(violations)}`).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways at 360 px`).toBe(0);
  if (path.startsWith("/ug")) expect(await unisolatedCodes(page), `${path}: codes not isolated from the Uyghur text`).toEqual([]);
}

async function signInFiler(context: BrowserContext, locale: Locale): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${locale}/filing/login`);
  await page.fill("#uscc", FILER.uscc);
  await page.fill("#password", FILER.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/login")), page.press("#password", "Enter")]);
  return page;
}

async function signInSupervisor(context: BrowserContext, locale: Locale): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${locale}/regulator/login`);
  await page.fill("[name=username]", SUPERVISOR.username);
  await page.fill("[name=password]", SUPERVISOR.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/login")), page.press("[name=password]", "Enter")]);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    // A company with a Uyghur name, penalties and a published annual report: the fullest page.
    const { rows } = await client.query<{ uscc: string; year: number | null }>(
      `SELECT e.uscc, (SELECT max(r.year) FROM annual_report r WHERE r.enterprise_id = e.id) AS year
         FROM enterprise e
        WHERE e.name_ug IS NOT NULL AND e.parent_id IS NULL
        ORDER BY (SELECT count(*) FROM penalty p WHERE p.enterprise_id = e.id) DESC, (SELECT count(*) FROM annual_report r WHERE r.enterprise_id = e.id) DESC, e.id
        LIMIT 1`,
    );
    company = rows[0];
    // A credit report to verify: print one.
    await fetch(`${baseUrl()}/zh/companies/${company.uscc}/report.pdf`);
    const reports = await client.query<{ id: string }>(`SELECT id FROM credit_report ORDER BY generated_at DESC LIMIT 1`);
    reportId = reports.rows[0]?.id ?? null;
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  await browser?.close();
});

/** The pages of scripts/support/review-pages.ts (what screenshots and Lighthouse take too), by who sees them. */
async function pagesFor(who: "public" | "filer" | "regulator"): Promise<string[]> {
  const pages = await reviewPages(baseUrl(), { filerUscc: FILER.uscc, company, reportId });
  return pages.filter((page) => (page.signedIn ?? "public") === who).map((page) => page.path);
}

describe("axe-core finds no WCAG 2.1 AA violations", () => {
  for (const locale of LOCALES) {
    it(`on the public pages in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      try {
        for (const path of await pagesFor("public")) await expectNoViolations(page, `/${locale}${path}`);
      } finally {
        await context.close();
      }
    }, 180_000);

    it(`on a filer's pages in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      try {
        const page = await signInFiler(context, locale);
        const base = `/${locale}/filing/${FILER.uscc}`;
        // Start (or pick up) the 2025 report, so that its question pages open rather than redirect.
        await page.goto(`${baseUrl()}${base}/reports/new`);
        await page.check('input[name="year"][value="2025"]');
        await Promise.all([page.waitForURL(/\/reports\/2025\/basic/), page.locator('form[action$="/reports/new/choose"] button[type="submit"]').click()]);
        for (const path of (await pagesFor("filer")).map((filerPath) => `/${locale}${filerPath}`)) {
          await expectNoViolations(page, path);
          expect(new URL(page.url()).pathname, `${path} was redirected`).toBe(path);
        }
      } finally {
        await context.close();
      }
    }, 180_000);

    it(`on the regulator's pages in ${locale}`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      try {
        const page = await signInSupervisor(context, locale);
        for (const path of await pagesFor("regulator")) await expectNoViolations(page, `/${locale}${path}`);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});

describe("keyboard use", () => {
  for (const locale of ["zh", "ug"] as const) {
    it(`starts with a skip link to the main content, and shows where the focus is (${locale})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${baseUrl()}/${locale}/companies/${company.uscc}`);
        await page.keyboard.press("Tab");
        const first = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return { href: element.getAttribute("href"), background: style.backgroundColor, width: box.width, height: box.height };
        });
        expect(first.href).toBe(`#${MAIN_CONTENT_ID}`);
        expect(first.background).toBe(FOCUS_YELLOW);
        expect(first.width * first.height).toBeGreaterThan(100);
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(MAIN_CONTENT_ID);

        // Every focusable element shows a focus indicator.
        for (let step = 0; step < 25; step++) {
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return null;
            const style = getComputedStyle(element);
            return {
              tag: element.tagName,
              text: element.textContent?.trim().slice(0, 30),
              outline: style.outlineStyle,
              outlineWidth: style.outlineWidth,
              shadow: style.boxShadow,
              background: style.backgroundColor,
            };
          });
          if (focus === null) continue;
          // The house focus style (app/globals.css): a yellow outline on controls, yellow behind links.
          const visible = (focus.outline !== "none" && focus.outlineWidth !== "0px") || focus.shadow !== "none" || focus.background === FOCUS_YELLOW;
          expect(visible, JSON.stringify(focus)).toBe(true);
        }
      } finally {
        await context.close();
      }
    });
  }

  it("reaches and picks a search suggestion with the arrow keys", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/zh`);
      const box = page.getByRole("combobox").first();
      await box.focus();
      await page.keyboard.type("乌鲁木齐");
      const options = page.getByRole("option");
      await options.first().waitFor({ timeout: 10_000 });
      await page.keyboard.press("ArrowDown");
      const active = await box.getAttribute("aria-activedescendant");
      expect(active).toBeTruthy();
      const name = (await page.locator(`[id="${active}"]`).innerText()).trim();
      await Promise.all([page.waitForURL((url) => url.pathname !== "/zh"), page.keyboard.press("Enter")]);
      expect(decodeURIComponent(page.url())).toMatch(/\/zh\/(companies\/[0-9A-Z]{18}|search\?)/);
      expect(name.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
