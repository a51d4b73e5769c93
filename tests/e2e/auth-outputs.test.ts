import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_REGULATOR_PASSWORD } from "@/prisma/seed/demo-logins";
import { requireDatabaseUrl } from "../support/database";
import { leakedMarkers, MARKER_USCC, MARKERS, plantMarkerCompany, VISIBLE } from "../support/marker-company";
import { pdfText } from "../support/pdf-text";
import { baseUrl } from "./support/browser";

/**
 * The marker company has a filer account whose liaison name, phone and ID number, password hash
 * and filing-code hash are markers (tests/support/marker-company.ts). None may reach any output:
 * public pages, JSON, search, PDF reports — nor the regulator's pages, which show issuances of
 * codes but never a code, a hash or a liaison person's details.
 */
async function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
}

const FILER_MARKERS = [MARKERS.filerLiaisonName, MARKERS.filerLiaisonPhone, MARKERS.filerLiaisonIdNumber, MARKERS.filerPasswordHash, MARKERS.filingCodeHash];

describe("a filer account's private details reach no output", () => {
  beforeAll(async () => {
    await plantMarkerCompany(requireDatabaseUrl());
  });

  it("are among the markers every leak test looks for", () => {
    for (const marker of FILER_MARKERS) expect(leakedMarkers(`…${marker}…`)).toEqual([marker]);
  });

  for (const locale of ["zh", "ug", "en"] as const) {
    it(`public pages, search and the credit report in ${locale}`, async () => {
      const query = encodeURIComponent(VISIBLE.name);
      for (const path of [`/${locale}/companies/${MARKER_USCC}`, `/${locale}/search?q=${query}`, `/${locale}/search?q=${MARKER_USCC}`, `/${locale}/filing`]) {
        const response = await get(path);
        expect([200, 307, 308], path).toContain(response.status);
        expect(leakedMarkers(await response.text()), path).toEqual([]);
      }
      const pdf = Buffer.from(await (await get(`/${locale}/companies/${MARKER_USCC}/report.pdf`)).arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(leakedMarkers(pdfText(pdf) + pdf.toString("latin1")), `report ${locale}`).toEqual([]);
    });
  }

  it("the JSON API and search suggestions", async () => {
    for (const path of [`/api/v1/companies/${MARKER_USCC}`, `/api/v1/search?q=${encodeURIComponent(VISIBLE.name)}`, `/api/v1/search/suggest?q=${encodeURIComponent(VISIBLE.name.slice(2, 6))}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(leakedMarkers(text), path).toEqual([]);
    }
  });

  it("the regulator's pages", async () => {
    const origin = baseUrl();
    const signIn = await get("/zh/regulator/login/submit", {
      method: "POST",
      headers: { origin, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "10.250.250.250" },
      body: new URLSearchParams({ username: "supervisor", password: DEMO_REGULATOR_PASSWORD }).toString(),
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    for (const path of ["/zh/regulator", "/zh/regulator/filing-codes", "/ug/regulator/filing-codes"]) {
      const response = await get(path, { headers: { cookie } });
      expect(response.status, path).toBe(200);
      expect(leakedMarkers(await response.text()), path).toEqual([]);
    }
  });
});
