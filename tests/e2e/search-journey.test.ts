import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";
import { nameFragments } from "./support/name-fragments";
import { findCompany, type KnownCompany } from "./support/register";

const LOCALES = ["zh", "ug", "en"] as const;

/** The number in the results heading ("共找到 12 户…", "12 companies match…"). */
async function resultCount(page: Page): Promise<number> {
  const text = await page.locator("#search-results-count").innerText();
  const digits = text.replace(/[,\s\u066C]/g, "").match(/\d+/);
  if (!digits) throw new Error(`No count in "${text}"`);
  return Number(digits[0]);
}

/** On a phone the filters are folded into a <details>: open it when its toggle is showing. */
async function showFilters(page: Page): Promise<void> {
  const summary = page.locator("details.search-filters > summary");
  if (await summary.isVisible()) {
    const isOpen = await page.locator("details.search-filters").evaluate((element) => (element as HTMLDetailsElement).open);
    if (!isOpen) await summary.click();
  }
}

/** The facet count shown next to a filter option: "Active (12)". */
async function facetCount(page: Page, name: string, value: string): Promise<number> {
  const label = page.locator(`label:has(input[type=checkbox][name="${name}"][value="${value}"])`);
  const match = (await label.locator("[aria-hidden=true]").innerText()).replace(/[,\s\u066C]/g, "").match(/\d+/);
  return match ? Number(match[0]) : 0;
}

describe("search: fragment → highlighted results → filters → suggestions", () => {
  let browser: Browser;
  let company: KnownCompany;
  /** Finds the company on the first page. */
  let rare: string;
  /** Finds many companies, with more than one status among them. */
  let common: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await findCompany({ hasUyghurName: true });
    const fragments = await nameFragments(company.nameZh);
    if (fragments.length === 0) throw new Error(`No 2-character Han fragment in ${company.nameZh}`);
    rare = fragments[0].fragment;
    common = fragments[fragments.length - 1].fragment;
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of LOCALES) {
    it(`lists the company with the fragment marked (${locale})`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      try {
        await page.goto(`${baseUrl()}/${locale}`);
        const box = page.locator("main input[name=q]").first();
        await box.fill(rare);
        await box.press("Enter");
        await page.waitForURL(`**/${locale}/search?**`);
        expect(new URL(page.url()).searchParams.get("q")).toBe(rare);
        expect(await resultCount(page)).toBeGreaterThanOrEqual(1);

        const item = page.locator("#search-results li", { has: page.locator(`a[href="/${locale}/companies/${company.uscc}"]`) });
        await expect.poll(() => item.count()).toBe(1);
        const marks = await item.locator("mark").allInnerTexts();
        expect(marks.length).toBeGreaterThan(0);
        expect(marks.join("")).toContain(rare);
        expect(await item.innerText()).toContain(company.uscc);

        // Mobile first: nothing scrolls sideways at 360 px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    });
  }

  it("narrows the results with a status filter, and the count changes", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseUrl()}/en/search?q=${encodeURIComponent(common)}`);
      const before = await resultCount(page);
      expect(before).toBeGreaterThan(1);
      await showFilters(page);

      // A status some but not all of the results have.
      const statuses = await page.locator("input[type=checkbox][name=status]").evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      let chosen: { status: string; count: number } | null = null;
      for (const status of statuses) {
        const count = await facetCount(page, "status", status);
        if (count > 0 && count < before) {
          chosen = { status, count };
          break;
        }
      }
      if (!chosen) throw new Error(`Every result for ${common} has the same status: cannot test the filter`);

      await page.locator(`input[type=checkbox][name=status][value="${chosen.status}"]`).check();
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.waitForURL((url) => url.searchParams.getAll("status").includes(chosen.status));
      const after = await resultCount(page);
      expect(after).not.toBe(before);
      expect(after).toBe(chosen.count);
      expect(new URL(page.url()).searchParams.get("q")).toBe(common);
      await showFilters(page);
      expect(await page.locator(`input[type=checkbox][name=status][value="${chosen.status}"]`).isChecked()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("filters without JavaScript too", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/zh/search?q=${encodeURIComponent(common)}`);
      await showFilters(page);
      await page.locator("input[type=checkbox][name=status][value=active]").check();
      await page.locator("form:has(input[name=status]) button[type=submit]").click();
      // The empty inputs a GET form sends are dropped: one search, one URL.
      await page.waitForURL((url) => url.searchParams.get("status") === "active" && !url.searchParams.has("from"));
      expect(await resultCount(page)).toBeGreaterThanOrEqual(0);
      expect(await page.locator("input[type=checkbox][name=status][value=active]").isChecked()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("opens a suggested company from the keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(`${baseUrl()}/zh`);
      const box = page.locator("main input[name=q]").first();
      await expect.poll(() => box.getAttribute("role")).toBe("combobox"); // hydrated
      await box.pressSequentially(rare, { delay: 50 });
      const listbox = page.locator(`#${await box.getAttribute("aria-controls")}`);
      await listbox.locator("[role=option]").first().waitFor({ state: "visible" });
      expect(await box.getAttribute("aria-expanded")).toBe("true");
      expect(await listbox.locator("[role=option] mark").count()).toBeGreaterThan(0);

      await box.press("ArrowDown");
      const activeId = await box.getAttribute("aria-activedescendant");
      expect(activeId).toBeTruthy();
      const option = page.locator(`[id="${activeId}"]`);
      expect(await option.getAttribute("aria-selected")).toBe("true");
      const chosenName = (await option.locator("span").first().innerText()).trim();

      await box.press("Enter");
      await page.waitForURL(/\/zh\/companies\/[0-9A-Z]{18}$/);
      await expect.poll(async () => (await page.locator("h1").innerText()).trim()).toContain(chosenName);

      // Escape closes the list without leaving the page.
      await page.goto(`${baseUrl()}/zh`);
      const again = page.locator("main input[name=q]").first();
      await expect.poll(() => again.getAttribute("role")).toBe("combobox");
      await again.pressSequentially(rare, { delay: 50 });
      await expect.poll(() => again.getAttribute("aria-expanded")).toBe("true");
      await again.press("Escape");
      expect(await again.getAttribute("aria-expanded")).toBe("false");
      expect(new URL(page.url()).pathname).toBe("/zh");
    } finally {
      await page.close();
    }
  });
});
