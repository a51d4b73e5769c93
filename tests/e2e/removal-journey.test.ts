import { mkdirSync } from "node:fs";
import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFilerSession, createRegulatorSession, plantEnterprise, type PlantedEnterprise } from "../support/cycle-fixtures";
import { requireDatabaseUrl } from "../support/database";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * Removal from the abnormal-operations list, through the site: who may see and post what
 * (signed out, another enterprise, another site's form, a filer on regulator pages, a regulator
 * without the permission), then a filer applying and a regulator approving in a real browser,
 * and the public record showing the removal. Enterprises of its own are planted in the shared
 * test register (codes from tests/support/cycle-fixtures.ts, keys "e2e-…"); sessions are made
 * directly in the database.
 */

const ARTIFACTS = "tests/artifacts/removal";
const COOKIE = "xj_session";

let db: Client;
let applicant: PlantedEnterprise;
let other: PlantedEnterprise;
let warned: PlantedEnterprise;
let filerToken: string;
let otherFilerToken: string;
let reviewerToken: string;
let registrarToken: string;

function request(path: string, { token, method = "GET", origin, form }: { token?: string; method?: string; origin?: string | null; form?: Record<string, string> } = {}) {
  const headers: Record<string, string> = {};
  if (token) headers.cookie = `${COOKIE}=${token}`;
  if (method === "POST" && origin !== null) headers.origin = origin ?? baseUrl();
  if (form) headers["content-type"] = "application/x-www-form-urlencoded";
  return fetch(`${baseUrl()}${path}`, { method, headers, redirect: "manual", body: form ? new URLSearchParams(form).toString() : undefined });
}

function locationOf(response: Response): string {
  const location = response.headers.get("location") ?? "";
  return location.startsWith("http") ? new URL(location).pathname + new URL(location).search : location;
}

beforeAll(async () => {
  db = new Client({ connectionString: requireDatabaseUrl() });
  await db.connect();
  const filed = (years: number[]) => years.map((year) => ({ year, submittedOn: `${year + 1}-04-10` }));
  applicant = await plantEnterprise(db, {
    key: "e2e-applicant",
    nameZh: "新疆天山移出测试商贸有限公司",
    nameUg: "شىنجاڭ تەڭرىتاغ سىناق سودا چەكلىك شىركىتى",
    establishedOn: "2019-03-01",
    reports: [...filed([2019, 2020, 2021, 2022, 2023, 2024]), { year: 2025, submittedOn: "2026-08-20", state: "filed-late" }],
    listings: [{ reportYear: 2025, listedOn: "2026-07-10" }],
  });
  other = await plantEnterprise(db, {
    key: "e2e-other",
    establishedOn: "2019-03-01",
    reports: filed([2019, 2020, 2021, 2022, 2023, 2024]),
    listings: [{ reportYear: 2025, listedOn: "2026-07-10" }],
  });
  warned = await plantEnterprise(db, {
    key: "e2e-warned",
    nameZh: "新疆即将列入严重违法测试有限公司",
    establishedOn: "2016-03-01",
    reports: filed([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]),
    listings: [{ reason: "unreachable", listedOn: "2023-12-20" }],
  });
  await db.query(`INSERT INTO serious_list_warning (listing_id, enterprise_id, notice_on, due_on) VALUES ($1, $2, '2026-10-21', '2026-12-20')`, [
    warned.listingIds[0],
    warned.id,
  ]);
  filerToken = await createFilerSession(db, applicant.id);
  otherFilerToken = await createFilerSession(db, other.id);
  reviewerToken = await createRegulatorSession(db, { username: "e2e-tianshan-reviewer", role: "reviewer", authorityId: "amr-650102" });
  registrarToken = await createRegulatorSession(db, { username: "e2e-tianshan-registrar", role: "registrar", authorityId: "amr-650102" });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await db?.end();
});

describe("who may see and post removal pages", () => {
  it("sends a signed-out filer to sign in, and answers another enterprise's code with 404", async () => {
    const signedOut = await request(`/zh/filing/${applicant.uscc}/removal`);
    expect([303, 307]).toContain(signedOut.status);
    expect(locationOf(signedOut)).toBe(`/zh/filing/login?next=${encodeURIComponent(`/zh/filing/${applicant.uscc}/removal`)}`);

    expect((await request(`/zh/filing/${other.uscc}/removal`, { token: filerToken })).status).toBe(404);
    expect((await request(`/en/filing/${applicant.uscc}/removal`, { token: otherFilerToken })).status).toBe(404);
    const own = await request(`/en/filing/${applicant.uscc}/removal`, { token: filerToken });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("Apply for removal");
  });

  it("refuses posts from another site (403), signed out (to sign in), for another enterprise (404) or its listing", async () => {
    const path = `/zh/filing/${applicant.uscc}/removal/apply`;
    const form = { listingId: String(applicant.listingIds[0]) };
    expect((await request(path, { method: "POST", token: filerToken, origin: "https://evil.example", form })).status).toBe(403);
    expect((await request(path, { method: "POST", token: filerToken, origin: null, form })).status).toBe(403);
    const signedOut = await request(path, { method: "POST", form });
    expect(signedOut.status).toBe(303);
    expect(locationOf(signedOut)).toMatch(/^\/zh\/filing\/login\?next=/);
    expect((await request(`/zh/filing/${other.uscc}/removal/apply`, { method: "POST", token: filerToken, form: { listingId: String(other.listingIds[0]) } })).status).toBe(404);
    const foreignListing = await request(path, { method: "POST", token: filerToken, form: { listingId: String(other.listingIds[0]) } });
    expect(foreignListing.status).toBe(303);
    expect(locationOf(foreignListing)).toBe(`/zh/filing/${applicant.uscc}/removal?error=listing-not-found&listing=${other.listingIds[0]}`);
    const count = await db.query(`SELECT count(*)::int AS n FROM removal_application WHERE enterprise_id = ANY($1)`, [[applicant.id, other.id]]);
    expect(count.rows[0].n).toBe(0);
  });

  it("keeps regulator pages to regulators who may decide removals", async () => {
    const signedOut = await request("/zh/regulator/removals");
    expect([303, 307]).toContain(signedOut.status);
    expect(locationOf(signedOut)).toMatch(/^\/zh\/regulator\/login/);
    const asFiler = await request("/zh/regulator/removals", { token: filerToken });
    expect([303, 307]).toContain(asFiler.status);
    expect(locationOf(asFiler)).toMatch(/^\/zh\/regulator\/login/);
    expect((await request("/zh/regulator/removals", { token: registrarToken })).status).toBe(403);
    expect((await request("/zh/regulator/removals", { token: reviewerToken })).status).toBe(200);

    const decide = "/zh/regulator/removals/1/decide";
    expect((await request(decide, { method: "POST", token: reviewerToken, origin: "https://evil.example", form: { decision: "approve" } })).status).toBe(403);
    expect((await request(decide, { method: "POST", token: registrarToken, form: { decision: "approve" } })).status).toBe(403);
    const filerPost = await request(decide, { method: "POST", token: filerToken, form: { decision: "approve" } });
    expect(filerPost.status).toBe(303);
    expect(locationOf(filerPost)).toMatch(/^\/zh\/regulator\/login/);
    expect((await request("/zh/regulator/removals/999999999/decide", { method: "POST", token: reviewerToken, form: { decision: "approve" } })).status).toBe(404);
  });
});

describe("apply, then approve, in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pageAs(token: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ name: COOKIE, value: token, url: baseUrl() }]);
    return context.newPage();
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  }

  it("shows the warning of the move to the serious-violation list on the company page", async () => {
    for (const [locale, text] of [["zh", "严重违法失信名单"], ["ug", "ئىناۋەتسىزلەشكەنلەر"], ["en", "serious-violations list on 20 December 2026"]] as const) {
      const page = await pageAs("none", 1280);
      try {
        await page.goto(`${baseUrl()}/${locale}/companies/${warned.uscc}`);
        const banner = page.locator(`section[aria-label*="${locale === "en" ? "20 December 2026" : text}"]`);
        expect(await banner.count()).toBe(1);
        if (locale !== "zh") await shoot(page, `company-warning-${locale}-1280`);
      } finally {
        await page.context().close();
      }
    }
  });

  it("a filer applies (ug), a regulator approves (en), and the company page shows the removal", async () => {
    const filer = await pageAs(filerToken, 360);
    try {
      await filer.goto(`${baseUrl()}/ug/filing/${applicant.uscc}/removal`);
      expect(await filer.getAttribute("html", "dir")).toBe("rtl");
      await shoot(filer, "filer-removal-ug-360");
      await filer.locator(`#listing-${applicant.listingIds[0]} button[type=submit]`).click();
      await filer.waitForURL(/\?applied=\d+/);
      expect(await filer.locator("section[aria-label]").first().innerText()).toContain("ئىلتىماس يوللاندى");
      await shoot(filer, "filer-applied-ug-360");
    } finally {
      await filer.context().close();
    }

    for (const width of [1280, 360]) {
      const regulator = await pageAs(reviewerToken, width);
      try {
        await regulator.goto(`${baseUrl()}/en/regulator/removals`);
        await shoot(regulator, `regulator-list-en-${width}`);
        const ugList = await regulator.goto(`${baseUrl()}/ug/regulator/removals`);
        expect(ugList?.status()).toBe(200);
        await shoot(regulator, `regulator-list-ug-${width}`);
      } finally {
        await regulator.context().close();
      }
    }

    const regulator = await pageAs(reviewerToken, 1280);
    try {
      await regulator.goto(`${baseUrl()}/en/regulator/removals`);
      const row = regulator.locator("tr", { hasText: applicant.uscc });
      await row.locator("a", { hasText: "Decide" }).click();
      await regulator.waitForURL(/\/en\/regulator\/removals\/\d+$/);
      // Saving without a choice: the error summary and the message at the field.
      await regulator.locator("main form[action$=\"/decide\"] button[type=submit]").click();
      await regulator.waitForURL(/decisionError=choose-decision/);
      expect(await regulator.title()).toMatch(/^Error: /);
      expect(await regulator.locator("[role=alert][aria-labelledby=error-summary-title]").innerText()).toContain("Choose whether to approve or reject the application");
      await shoot(regulator, "regulator-decision-error-en-1280");
      await regulator.locator("#decision-approve").check();
      await regulator.locator("main form[action$=\"/decide\"] button[type=submit]").click();
      await regulator.waitForURL(/\/en\/regulator\/removals\?decided=approved/);
      expect(await regulator.locator("section[aria-label='Application approved']").count()).toBe(1);
    } finally {
      await regulator.context().close();
    }

    const [listing] = (
      await db.query(`SELECT removal_reason, removed_on::text, removed_by_id FROM abnormal_listing WHERE id = $1`, [applicant.listingIds[0]])
    ).rows;
    expect(listing).toMatchObject({ removal_reason: "annual-report-filed", removed_by_id: "amr-650102" });

    const publicPage = await pageAs("none", 1280);
    try {
      await publicPage.goto(`${baseUrl()}/en/companies/${applicant.uscc}`);
      const section = await publicPage.locator("#abnormal-operations").innerText();
      expect(section).toContain("Missing annual reports filed and published");
      expect(await publicPage.locator("section[aria-label='This company is on the abnormal-operations list']").count()).toBe(0);
      await shoot(publicPage, "company-removed-en-1280");
    } finally {
      await publicPage.context().close();
    }

    const filerAfter = await pageAs(filerToken, 1280);
    try {
      await filerAfter.goto(`${baseUrl()}/en/filing/${applicant.uscc}/removal`);
      const body = await filerAfter.locator("main").innerText();
      expect(body).toContain("Approved: removed from the list");
      expect(body).toContain("Your enterprise is not on the abnormal-operations list.");
      await shoot(filerAfter, "filer-after-en-1280");
    } finally {
      await filerAfter.context().close();
    }
  });
});
