import { Client } from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "../support/database";
import { baseUrl, launchBrowser } from "./support/browser";

/*
 * Registered free text (business scope, address, names, penalty content and decision documents)
 * stays in Chinese on Uyghur and English pages and says so with lang="zh-CN" (fonts, line
 * breaking, the screen reader's voice), while coded values are shown in the page's language.
 */
const HAN = /\p{Script=Han}/u;

/** A company with a penalty in publicity (its decision document is on the penalties page). */
async function findPenalisedCompany(): Promise<{ uscc: string; penaltyContent: string }> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ uscc: string; content: string }>(
      `SELECT e.uscc, p.content FROM penalty p JOIN enterprise e ON e.id = p.enterprise_id
        WHERE p.source = 'government' AND p.annulled_on IS NULL AND p.repaired_on IS NULL
          AND p.publicity_ends_on > current_date + 30 AND p.document_text <> '' AND e.scope <> ''
        ORDER BY p.id LIMIT 1`,
    );
    if (rows.length === 0) throw new Error("The test register holds no company with a penalty in publicity");
    return { uscc: rows[0].uscc, penaltyContent: rows[0].content };
  } finally {
    await client.end();
  }
}

/** Text in <main> containing Chinese characters whose nearest lang is not Chinese. */
function chineseOutsideChineseLang(): string[] {
  const main = document.querySelector("main");
  if (!main) return ["no <main>"];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    if (!/\p{Script=Han}/u.test(text)) continue;
    const lang = node.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "";
    if (!lang.startsWith("zh")) found.push(`${lang}: ${text.trim().slice(0, 60)}`);
  }
  return found;
}

describe("registered free text keeps its language", () => {
  let browser: Browser;
  let company: { uscc: string; penaltyContent: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await findPenalisedCompany();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["ug", "en"] as const) {
    it(`is marked lang="zh-CN" on ${locale} company and penalty pages`, async () => {
      const page = await browser.newPage();
      try {
        for (const path of [`/${locale}/companies/${company.uscc}`, `/${locale}/companies/${company.uscc}/records/penalties`]) {
          await page.goto(`${baseUrl()}${path}`);
          expect(await page.evaluate(chineseOutsideChineseLang), path).toEqual([]);
        }
        // The penalty's content and the decision document on the penalties page (the last visit).
        const content = page.locator('[lang="zh-CN"]', { hasText: company.penaltyContent }).first();
        expect(await content.count()).toBe(1);
        await page.locator("details summary").first().click();
        const documentText = page.locator('details [lang="zh-CN"]').first();
        expect(HAN.test(await documentText.innerText())).toBe(true);

        // Coded values are words of the page's language, not Chinese and not codes.
        await page.goto(`${baseUrl()}/${locale}/companies/${company.uscc}`);
        const registration = await page.locator("#registration").innerText();
        expect(registration).not.toMatch(/\b(?:active|llc|individual-business|amr-\d{6})\b/);
      } finally {
        await page.close();
      }
    });
  }
});
