import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany } from "../support/marker-company";
import { requireDatabaseUrl } from "../support/database";
import { asWords, pdfText } from "../support/pdf-text";
import { baseUrl, launchBrowser } from "./support/browser";
import { findCompany, type KnownCompany } from "./support/register";

/**
 * A bank's journeys with credit reports, in a real browser: download a company's report from its
 * page, check it on the verification page (upload and number), see a changed copy rejected, and
 * print a batch. Screenshots of the Uyghur pages go to tests/artifacts for review.
 */
const ARTIFACTS = path.join("tests", "artifacts", "credit-reports");

let browser: Browser;
let company: KnownCompany;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  company = await findCompany({ hasUyghurName: true });
  await plantMarkerCompany(requireDatabaseUrl());
});
afterAll(async () => {
  await browser?.close();
});

async function downloadReport(page: Page, locale: "zh" | "ug" | "en", uscc: string): Promise<Buffer> {
  await page.goto(`${baseUrl()}/${locale}/companies/${uscc}`);
  const messages = { zh, ug, en }[locale];
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: messages.Report.download }).click()]);
  return readFileSync((await download.path())!);
}

describe("credit reports in the browser", () => {
  it("downloads a report from the company page and finds it genuine by upload; a changed copy is not", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      const pdf = await downloadReport(page, "zh", company.uscc);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = asWords(pdfText(pdf));
      expect(text).toContain(zh.Report.title);
      expect(text).toContain(company.nameZh);
      const reportNumber = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)![1];

      const file = path.join(ARTIFACTS, "report-zh.pdf");
      writeFileSync(file, pdf);
      await page.goto(`${baseUrl()}/zh/verify`);
      await page.setInputFiles("#report-file", file);
      await page.getByRole("button", { name: zh.Verify.fileButton }).click();
      await page.waitForURL(/\/zh\/verify\/[0-9A-Z]{12}\?file=/);
      const body = await page.locator("main").innerText();
      expect(body).toContain(zh.Verify.genuineTitle);
      expect(body).toContain(zh.Verify.fileGenuine);
      expect(body).toContain(reportNumber);
      expect(body).toContain(zh.Verify.unchanged);

      const changed = Buffer.from(pdf);
      changed[Math.floor(changed.length / 3)] ^= 0x04;
      const changedFile = path.join(ARTIFACTS, "report-zh-changed.pdf");
      writeFileSync(changedFile, changed);
      await page.goto(`${baseUrl()}/zh/verify`);
      await page.setInputFiles("#report-file", changedFile);
      await page.getByRole("button", { name: zh.Verify.fileButton }).click();
      await page.waitForURL(/\/zh\/verify\?file=/);
      const rejected = await page.locator("main").innerText();
      expect(rejected).toContain(zh.Verify.notGenuineTitle);
      expect(rejected).not.toContain(zh.Verify.fileGenuine);
      // The changed file still names the report it claims to be.
      await page.getByRole("link", { name: new RegExp(reportNumber) }).click();
      await page.waitForURL(/\/zh\/verify\/[0-9A-Z]{12}$/);
      expect(await page.locator("main").innerText()).toContain(zh.Verify.idOnlyNote);
    } finally {
      await context.close();
    }
  });

  it("checks a report by its printed number in Uyghur, typed loosely", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      const pdf = await downloadReport(page, "ug", company.uscc);
      const number = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(asWords(pdfText(pdf)))![1];
      await page.goto(`${baseUrl()}/ug/verify`);
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      await page.fill("#report-code", ` ${number.toLowerCase()} `);
      await page.getByRole("button", { name: ug.Verify.codeButton, exact: true }).click();
      await page.waitForURL(/\/ug\/verify\/[0-9A-Z]{12}$/);
      const body = await page.locator("main").innerText();
      expect(body).toContain(ug.Verify.genuineTitle);
      expect(body).toContain(company.nameZh);
      await page.screenshot({ path: path.join(ARTIFACTS, "verify-ug.png"), fullPage: true });

      // A number that was never issued, and one that cannot be a number.
      await page.goto(`${baseUrl()}/ug/verify?code=abc`);
      expect(await page.locator("[aria-labelledby=error-summary-title]").innerText()).toContain(ug.Verify.errors["code-format"]);
      await page.goto(`${baseUrl()}/ug/verify/ZZZZZZZZZZZZ`);
      expect(await page.locator("main").innerText()).toContain(ug.Verify.notFoundText);
    } finally {
      await context.close();
    }
  });

  it("prints a batch: progress, then a ZIP of reports with a manifest", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl()}/ug/reports/batch`);
      await page.screenshot({ path: path.join(ARTIFACTS, "batch-form-ug.png"), fullPage: true });
      await page.fill("#batch-codes", `${company.uscc}\n${MARKER_USCC}, 12345\n${company.uscc}`);
      await page.getByRole("button", { name: ug.ReportBatch.submit }).click();
      await page.waitForURL(/\/ug\/reports\/batch\/[0-9A-Z]{12}$/);
      const download = page.getByRole("link", { name: new RegExp(ug.ReportBatch.download.split(" (")[0]) });
      // The page refreshes itself while the batch runs (a meta refresh: no JavaScript needed).
      await download.waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, "batch-done-ug.png"), fullPage: true });
      const [zip] = await Promise.all([page.waitForEvent("download"), download.click()]);
      const files = unzipSync(readFileSync((await zip.path())!));
      const manifest = new TextDecoder().decode(files["manifest.csv"]);
      expect(manifest).toContain(`${company.uscc},${company.nameZh},generated`);
      expect(manifest).toContain(",duplicate,");
      expect(manifest).toContain("12345,,invalid");
      const pdfs = Object.keys(files).filter((name) => name.endsWith(".pdf"));
      expect(pdfs).toHaveLength(2);
      for (const name of pdfs) expect(leakedMarkers(pdfText(files[name]))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("tells the bank what is wrong with a refused list, in the field and the summary", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl()}/en/reports/batch`);
      await page.getByRole("button", { name: en.ReportBatch.submit }).click();
      await page.waitForURL(/error=no-codes/);
      expect(await page.locator("[aria-labelledby=error-summary-title]").innerText()).toContain(en.ReportBatch.errors["no-codes"]);
      expect(await page.locator("#batch-codes-error").innerText()).toContain(en.ReportBatch.errors["no-codes"]);
    } finally {
      await page.close();
    }
  });
});
