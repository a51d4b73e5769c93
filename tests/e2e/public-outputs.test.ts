import { beforeAll, describe, expect, it } from "vitest";
import { RECORD_SECTIONS } from "@/components/company/record-sections";
import { computeUsccCheckChar } from "@/lib/codes/credit-code";
import { requireDatabaseUrl } from "../support/database";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany, VISIBLE } from "../support/marker-company";
import { baseUrl } from "./support/browser";
import { findCompany } from "./support/register";

const LOCALES = ["zh", "ug", "en"] as const;

async function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
}

describe("nothing private leaks from pages or JSON", () => {
  beforeAll(async () => {
    await plantMarkerCompany(requireDatabaseUrl());
  });

  for (const locale of LOCALES) {
    it(`company and annual-report pages in ${locale}`, async () => {
      const company = `/${locale}/companies/${MARKER_USCC}`;
      const sectionPages = RECORD_SECTIONS.map((section) => `${company}/records/${section}`);
      for (const path of [company, `${company}/annual-reports/${VISIBLE.year}`, ...sectionPages]) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html).toContain(VISIBLE.name);
        expect(leakedMarkers(html), path).toEqual([]);
      }
    });
  }

  it("the full penalties list shows the public penalty with its decision document only", async () => {
    const html = await (await get(`/zh/companies/${MARKER_USCC}/records/penalties`)).text();
    expect(html).toContain(VISIBLE.penalty);
    expect(leakedMarkers(html)).toEqual([]);
  });

  it("the JSON API returns the projection without hidden values", async () => {
    const response = await get(`/api/v1/companies/${MARKER_USCC}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text).uscc).toBe(MARKER_USCC);
    expect(text).toContain(VISIBLE.penalty);
    expect(leakedMarkers(text)).toEqual([]);
  });
});

describe("the company JSON API", () => {
  it("answers 404 problem+json for a valid code the register does not hold", async () => {
    const first17 = "91650100MA0000000";
    const response = await get(`/api/v1/companies/${first17}${computeUsccCheckChar(first17)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()).status).toBe(404);
  });

  it("answers 422 naming the field and the reason for a wrong check character", async () => {
    const first17 = MARKER_USCC.slice(0, 17);
    const wrong = MARKER_USCC[17] === "0" ? "1" : "0";
    const response = await get(`/api/v1/companies/${first17}${wrong}`);
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem.errors[0]).toMatchObject({ field: "uscc", reason: "check-character", expected: MARKER_USCC[17] });
  });

  it("answers 422 for a malformed code", async () => {
    const response = await get(`/api/v1/companies/not-a-code`);
    expect(response.status).toBe(422);
    expect((await response.json()).errors[0]).toMatchObject({ field: "uscc", reason: "length" });
  });

  it("redirects a loosely typed code and a legacy registration number to the canonical URL", async () => {
    const lower = await get(`/api/v1/companies/${MARKER_USCC.toLowerCase()}`);
    expect(lower.status).toBe(308);
    expect(lower.headers.get("location")).toContain(`/api/v1/companies/${MARKER_USCC}`);
    const company = await findCompany({ hasRegistrationNumber: true });
    const legacy = await get(`/api/v1/companies/${company.registrationNumber}`);
    expect(legacy.status).toBe(308);
    expect(legacy.headers.get("location")).toContain(`/api/v1/companies/${company.uscc}`);
  });
});

describe("pages for codes", () => {
  it("redirects a legacy registration number to the company page", async () => {
    const company = await findCompany({ hasRegistrationNumber: true });
    const response = await get(`/en/companies/${company.registrationNumber}`);
    expect([301, 307, 308]).toContain(response.status);
    expect(response.headers.get("location")).toContain(`/en/companies/${company.uscc}`);
  });

  it("says the check character is wrong rather than 'not found'", async () => {
    const first17 = MARKER_USCC.slice(0, 17);
    const wrong = MARKER_USCC[17] === "0" ? "1" : "0";
    const html = await (await get(`/en/companies/${first17}${wrong}`)).text();
    expect(html).toMatch(/check character/i);
    expect(html).toContain(MARKER_USCC[17]);
  });

  it("/ redirects by Accept-Language and remembers a choice", async () => {
    const uyghur = await get("/", { headers: { "accept-language": "ug-CN,ug;q=0.9" } });
    expect(uyghur.headers.get("location")).toMatch(/\/ug$/);
    const english = await get("/", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(english.headers.get("location")).toMatch(/\/en$/);
    const remembered = await get("/", { headers: { "accept-language": "en-GB,en;q=0.9", cookie: "NEXT_LOCALE=ug" } });
    expect(remembered.headers.get("location")).toMatch(/\/ug$/);
  });
});

describe("pages that name nothing on the register are readable without JavaScript", () => {
  it("a valid code the register does not hold", async () => {
    const first17 = "91650100MA0000000";
    const html = await (await get(`/en/companies/${first17}${computeUsccCheckChar(first17)}`)).text();
    expect(html).toMatch(/<h1[^>]*>[^<]+/);
    expect(html).toContain('name="robots" content="noindex');
  });

  it("a year the company filed no report for", async () => {
    const html = await (await get(`/ug/companies/${MARKER_USCC}/annual-reports/1999`)).text();
    expect(html).toMatch(/<h1[^>]*>[^<]+/);
    expect(html).toContain('dir="rtl"');
  });

  it("an address no route matches answers a page in its locale's language, noindex (200: see app/[locale]/[...rest]/page.tsx)", async () => {
    for (const [locale, htmlLang] of [["zh", "zh-CN"], ["ug", "ug"], ["en", "en"]]) {
      const response = await get(`/${locale}/no/such/page`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<h1[^>]*>[^<]+/);
      expect(html).toContain(`<html lang="${htmlLang}"`);
      expect(html).toContain('name="robots" content="noindex');
    }
  });
});
