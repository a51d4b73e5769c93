import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { openDraft, saveDraftStep, submitAnnualReport } from "@/lib/records/annual-report-filing";
import { INSTANT_INFO_KINDS } from "@/lib/validation/instant-info";
import { STEP_IDS, type StepId } from "@/lib/validation/annual-report";
import { createFilerSession, createFilingCompany, sampleCompanyAnswers, type FilingCompany } from "@/prisma/seed/filing-fixtures";
import { baseUrl } from "./support/browser";
import { databaseUrl } from "./support/filing";

/**
 * A filer sees and changes only their own enterprise. Against the running site, for every filing
 * page and every form post: another enterprise's code answers 404 exactly like an unknown one
 * (while the enterprise, its draft and its report exist); signed out, pages and posts send the
 * filer to sign in; a post from another site is refused (403); a filer on the regulator's pages
 * is sent to the regulator sign-in. Nothing is changed by any refused request.
 */
const YEAR = 2025;
const TODAY = "2026-03-01";

let client: Client;
let own: FilingCompany;
let other: FilingCompany;
let ownToken: string;

beforeAll(async () => {
  client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  own = await createFilingCompany(client, { establishedOn: `${YEAR}-02-01`, label: "授权甲" });
  other = await createFilingCompany(client, { establishedOn: `${YEAR}-02-01`, label: "授权乙" });
  ownToken = await createFilerSession(client, own.id);
  await createFilerSession(client, other.id);
  // The other enterprise has everything a route could name: a filed report and a draft amending it.
  await openDraft({ enterpriseId: other.id, year: YEAR, today: TODAY });
  for (const [step, answers] of Object.entries(sampleCompanyAnswers(YEAR))) await saveDraftStep({ enterpriseId: other.id, year: YEAR, step: step as StepId, answers });
  expect((await submitAnnualReport({ enterpriseId: other.id, year: YEAR, actor: "filer:test", today: TODAY })).ok).toBe(true);
  await openDraft({ enterpriseId: other.id, year: YEAR, purpose: "amend", today: TODAY });
  await client.query(
    `INSERT INTO abnormal_listing (enterprise_id, reason, report_year, listed_on, listed_by_id) SELECT id, 'no-annual-report', 2024, '2025-07-01', authority_id FROM enterprise WHERE id = $1`,
    [other.id],
  );
});
afterAll(async () => {
  await client.end();
});

function pages(uscc: string): string[] {
  const base = `/zh/filing/${uscc}`;
  return [
    base,
    `${base}/reports/new`,
    ...STEP_IDS.map((step) => `${base}/reports/${YEAR}/${step}`),
    `${base}/reports/${YEAR}/check`,
    `${base}/reports/${YEAR}/confirmation`,
    `${base}/instant`,
    ...INSTANT_INFO_KINDS.flatMap((kind) => [`${base}/instant/${kind}`, `${base}/instant/${kind}/check`]),
    `${base}/removal`,
  ];
}

function posts(uscc: string): string[] {
  const base = `/zh/filing/${uscc}`;
  return [
    `${base}/reports/new/choose`,
    ...STEP_IDS.map((step) => `${base}/reports/${YEAR}/${step}/save`),
    `${base}/reports/${YEAR}/resume`,
    `${base}/reports/${YEAR}/amend`,
    `${base}/reports/${YEAR}/submit`,
    ...INSTANT_INFO_KINDS.flatMap((kind) => [`${base}/instant/${kind}/submit`, `${base}/instant/${kind}/publish`]),
    `${base}/removal/apply`,
  ];
}

function request(path: string, { method = "GET", token, origin = baseUrl() }: { method?: string; token?: string; origin?: string }) {
  return fetch(`${baseUrl()}${path}`, {
    method,
    redirect: "manual",
    headers: {
      ...(token ? { cookie: `xj_session=${token}` } : {}),
      ...(method === "POST" ? { origin, "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: method === "POST" ? "year=2025&intent=continue&phone=0991-0000000&listingId=1" : undefined,
  });
}

async function snapshot(enterpriseId: number): Promise<string> {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM annual_report WHERE enterprise_id = $1) AS reports,
            (SELECT count(*) FROM annual_report_amendment a JOIN annual_report r ON r.id = a.report_id WHERE r.enterprise_id = $1) AS amendments,
            (SELECT answers::text FROM annual_report_draft WHERE enterprise_id = $1) AS draft,
            (SELECT count(*) FROM removal_application WHERE enterprise_id = $1) AS applications,
            (SELECT count(*) FROM contribution WHERE enterprise_id = $1) AS contributions,
            (SELECT count(*) FROM audit_log WHERE enterprise_id = $1) AS audits`,
    [enterpriseId],
  );
  return JSON.stringify(rows[0]);
}

describe("another enterprise's filing routes", () => {
  it("answer every page with 404, as if they did not exist", async () => {
    const paths = pages(other.uscc);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const response = await request(path, { token: ownToken });
      expect(response.status, path).toBe(404);
    }
  });

  it("answer every form post with 404 and change nothing", async () => {
    const before = await snapshot(other.id);
    for (const path of posts(other.uscc)) {
      const response = await request(path, { method: "POST", token: ownToken });
      expect(response.status, path).toBe(404);
    }
    expect(await snapshot(other.id)).toBe(before);
  });

  it("answer an unknown enterprise code the same way", async () => {
    const response = await request("/zh/filing/91650000000000000X/reports/new", { token: ownToken });
    expect(response.status).toBe(404);
  });
});

describe("signed out", () => {
  it("every filing page and post sends the filer to sign in and back", async () => {
    for (const path of pages(own.uscc)) {
      const response = await request(path, {});
      expect([303, 307], path).toContain(response.status);
      expect(response.headers.get("location"), path).toContain(`/zh/filing/login?next=`);
    }
    for (const path of posts(own.uscc)) {
      const response = await request(path, { method: "POST" });
      expect(response.status, path).toBe(303);
      expect(response.headers.get("location"), path).toContain(`/zh/filing/login?next=`);
    }
  });
});

describe("a post from another site", () => {
  it("is refused with 403 on every form, and changes nothing", async () => {
    const before = await snapshot(own.id);
    for (const path of [...posts(own.uscc), "/zh/filing/logout"]) {
      const response = await request(path, { method: "POST", token: ownToken, origin: "https://evil.example" });
      expect(response.status, path).toBe(403);
    }
    expect(await snapshot(own.id)).toBe(before);
    // Still signed in: the sign-out from the other site did nothing.
    expect((await request(`/zh/filing/${own.uscc}`, { token: ownToken })).status).toBe(200);
  });
});

describe("a filer on the regulator's pages", () => {
  it("is sent to the regulator sign-in, and cannot decide or issue anything", async () => {
    for (const path of ["/zh/regulator", "/zh/regulator/filing-codes", "/zh/regulator/removals"]) {
      const response = await request(path, { token: ownToken });
      expect([303, 307], path).toContain(response.status);
      expect(response.headers.get("location"), path).toContain("/zh/regulator/login");
    }
    const before = await snapshot(other.id);
    for (const path of ["/zh/regulator/filing-codes/issue", "/zh/regulator/removals/1/decide"]) {
      const response = await request(path, { method: "POST", token: ownToken });
      expect([303, 403, 404], path).toContain(response.status);
      if (response.status === 303) expect(response.headers.get("location"), path).toContain("/zh/regulator/login");
    }
    expect(await snapshot(other.id)).toBe(before);
  });
});
