import { beforeAll, describe, expect, it } from "vitest";
import { getAnnualReport, getCompanyProfile } from "@/lib/records/companies";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany, VISIBLE } from "../../support/marker-company";
import { requireDatabaseUrl } from "../../support/database";

describe("the public projection from the database", () => {
  beforeAll(async () => {
    await plantMarkerCompany(requireDatabaseUrl());
  });

  it("shows the public record and none of the hidden values", async () => {
    const profile = await getCompanyProfile(MARKER_USCC, { today: "2026-11-23" });
    expect(profile).not.toBeNull();
    const json = JSON.stringify(profile);
    expect(leakedMarkers(json)).toEqual([]);
    expect(json).toContain(VISIBLE.name);
    expect(json).toContain(VISIBLE.shareholder);
    expect(json).toContain(VISIBLE.companyShareholderCode);
    expect(profile?.government.penalties.map((penalty) => penalty.decisionNumber)).toEqual([VISIBLE.penalty]);
    expect(profile?.alerts.penaltiesInPublicity).toBe(1);
    const natural = profile?.government.shareholders.find((shareholder) => shareholder.name === VISIBLE.shareholder);
    expect(natural?.idDocument).toEqual({ type: "resident-id", number: null, isNaturalPerson: true });
    expect(profile?.government.equityPledges[0].pledgor.idDocument.number).toBeNull();
  });

  it("withholds the annual-report blocks the company chose not to publish, with their amendments", async () => {
    const report = await getAnnualReport({ uscc: MARKER_USCC, year: VISIBLE.year });
    expect(report).not.toBeNull();
    expect(leakedMarkers(JSON.stringify(report))).toEqual([]);
    expect(report?.assets).toEqual({ isPublished: false });
    expect(report?.guarantees).toEqual({ isPublished: false });
    expect(report?.socialInsurance).toEqual({ isPublished: false });
    expect(report?.amendments.map((amendment) => amendment.item)).toEqual(["phone"]);
  });

  it("answers null for a code the register does not hold", async () => {
    expect(await getCompanyProfile("91650100MA00000000")).toBeNull();
    expect(await getAnnualReport({ uscc: MARKER_USCC, year: 1999 })).toBeNull();
  });
});
