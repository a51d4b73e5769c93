import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateUscc } from "@/lib/codes/credit-code";
import { createApiKey } from "@/lib/ingestion/api-keys";
import { registerToday } from "@/lib/rules/publicity";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * A department key pushes each record kind to the running site and the public sees it at once:
 * the company page (already cached before the push) shows the new penalty, licence, spot check and
 * list entries, the JSON has them, and PostgreSQL search finds a newly registered company by name.
 * Screenshots of the company page in ug and zh go to tests/artifacts/ingestion.
 */
const ARTIFACTS = path.join("tests", "artifacts", "ingestion");
const RUN = `IJ${Date.now().toString(36).toUpperCase()}`;
const TODAY = registerToday();

let client: Client;
let browser: Browser;
let key: string;
let company: { uscc: string; region_code: string; authority_id: string };

async function push(kind: string, record: Record<string, unknown>) {
  const response = await fetch(`${baseUrl()}/api/v1/ingest/${kind}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(record),
  });
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

async function page(pathname: string): Promise<string> {
  const response = await fetch(`${baseUrl()}${pathname}`);
  expect(response.status).toBe(200);
  return response.text();
}

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    // A company on neither list (read from the lists themselves: fixtures of other tests plant
    // listings without touching search facts) and no other test's.
    `SELECT e.uscc, e.region_code, e.authority_id FROM enterprise e
     WHERE e.status = 'active' AND e.authority_id LIKE 'amr-%'
       AND NOT EXISTS (SELECT 1 FROM abnormal_listing a WHERE a.enterprise_id = e.id AND a.removed_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM serious_violation v WHERE v.enterprise_id = e.id AND v.removed_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM ingested_record r WHERE r.enterprise_id = e.id)
     ORDER BY e.id DESC LIMIT 1`,
  );
  company = rows[0];
  key = (await createApiKey({ authorityId: company.authority_id, kinds: ["registrations", "licences", "penalties", "spot-checks", "abnormal-listings", "serious-violations", "removals"], createdBy: "test:journey" })).key;
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await client.end();
});

describe("a department pushes every record kind", () => {
  it("is on the cached company page, in the JSON and in search at once", async () => {
    const companyPath = `/zh/companies/${company.uscc}`;
    // Render (and cache) the pages first, so the test proves the push revalidates them.
    await page(companyPath);
    await page(`${companyPath}/records/penalties`);
    await page(`/ug/companies/${company.uscc}`);

    await push("penalties", {
      documentNumber: `${RUN}罚1号`,
      uscc: company.uscc,
      violationType: "false-advertising",
      kinds: ["fine"],
      fineYuan: "12000",
      content: "罚款人民币12000元",
      decidedOn: "2026-11-05",
      documentText: "当事人发布虚假广告。",
    });
    await push("licences", { documentNumber: `${RUN}许1号`, uscc: company.uscc, name: "food-business", content: "预包装食品销售", validFrom: "2026-11-01", validTo: "2031-10-31" });
    await push("spot-checks", { documentNumber: `${RUN}查1号`, uscc: company.uscc, kind: "targeted", checkedOn: "2026-11-06", result: "not-found-at-address" });
    await push("abnormal-listings", { documentNumber: `${RUN}异1号`, uscc: company.uscc, reason: "unreachable", listedOn: "2026-11-07" });
    await push("serious-violations", { documentNumber: `${RUN}严1号`, uscc: company.uscc, reason: "false-registration", listedOn: "2026-11-08" });

    const html = await page(companyPath);
    for (const text of [`${RUN}罚1号`, `${RUN}许1号`, "2026年11月6日", "2026年11月7日", "2026年11月8日"]) expect(html).toContain(text);
    // The site runs several workers (npm run serve); each new connection may reach another one,
    // whose page cache must know about the push too (lib/page-cache/cache-handler.js).
    for (let attempt = 0; attempt < 8; attempt++) {
      const response = await fetch(`${baseUrl()}${companyPath}`, { headers: { connection: "close" } });
      expect(await response.text(), `request ${attempt + 1} on a new connection`).toContain(`${RUN}罚1号`);
    }
    expect(await page(`${companyPath}/records/penalties`)).toContain(`${RUN}罚1号`);
    const json = await (await fetch(`${baseUrl()}/api/v1/companies/${company.uscc}`)).json();
    expect(json.alerts).toMatchObject({ isOnAbnormalList: true, isOnSeriousViolationList: true });

    await push("removals", { documentNumber: `${RUN}移1号`, uscc: company.uscc, list: "abnormal-listings", listingDocumentNumber: `${RUN}异1号`, reason: "reachable-again", removedOn: TODAY });
    const afterRemoval = await (await fetch(`${baseUrl()}/api/v1/companies/${company.uscc}`)).json();
    expect(afterRemoval.alerts.isOnAbnormalList).toBe(false);

    for (const locale of ["ug", "zh"]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${baseUrl()}/${locale}/companies/${company.uscc}`);
      await expect(tab.getByText(`${RUN}罚1号`).first().isVisible()).resolves.toBe(true);
      await tab.screenshot({ path: path.join(ARTIFACTS, `company-after-ingest-${locale}-360.png`), fullPage: true });
      await context.close();
    }
  });

  it("registers a new company that search finds by name at once", async () => {
    const uscc = generateUscc({ division: company.region_code, random: Math.random });
    const name = `新疆${RUN}昆仑物流有限公司`;
    // Someone looks the code up before it is registered: the cached "no company has this code"
    // page must give way to the company at once.
    expect(await page(`/en/companies/${uscc}`)).not.toContain(name);
    await push("registrations", {
      uscc,
      nameZh: name,
      type: "llc",
      status: "active",
      legalRepName: "阿依古丽",
      capital: "300",
      establishedOn: TODAY,
      regionCode: company.region_code,
      industryCode: "G54",
      address: "新疆乌鲁木齐市沙依巴克区友好北路8号",
      scope: "道路货物运输（不含危险货物）。",
    });
    const found = await (await fetch(`${baseUrl()}/api/v1/search?q=${encodeURIComponent(`${RUN}昆仑`)}`)).json();
    expect(JSON.stringify(found)).toContain(uscc);
    expect(await page(`/en/companies/${uscc}`)).toContain(name);
  });
});
