import { describe, expect, it } from "vitest";
import type { AnnualReportRow, CompanyRow } from "@/lib/records/company-select";
import { blockOfAmendmentItem, publicIdDocument, toAnnualReport, toCompanyProfile } from "@/lib/records/public-projection";

const authority = { id: "amr-650102", nameZh: "天山区市场监督管理局", nameUg: "تيەنشان", nameEn: "Tianshan AMR" };
const decimal = (value: string) => ({ toString: () => value }) as unknown as CompanyRow["capital"] & object;
const date = (value: string) => new Date(`${value}T00:00:00Z`);

function penalty(decisionNumber: string, extra: Partial<CompanyRow["penalties"][number]> = {}): CompanyRow["penalties"][number] {
  return {
    decisionNumber, violationType: "false-advertising", kinds: ["fine"], content: "罚款", fineYuan: null,
    decidedOn: date("2026-01-01"), publishedOn: date("2026-01-05"), publicityEndsOn: date("2029-01-05"),
    repairedOn: null, annulledOn: null, documentText: "…", authority, source: "government", ...extra,
  } as CompanyRow["penalties"][number];
}

function companyRow(extra: Partial<CompanyRow> = {}): CompanyRow {
  return {
    id: 1, uscc: "91650102MA7XXXXXXX", registrationNumber: null, nameZh: "新疆测试有限公司", nameUg: null,
    type: "llc", status: "active", statusChangedOn: null, legalRepName: "王某",
    legalRepRole: "legal-representative", capital: decimal("100.5"), currency: "CNY", establishedOn: date("2015-03-02"),
    termFrom: null, termTo: null, approvedOn: null, regionCode: "650102", industryCode: "F51", address: "人民路1号",
    scope: "日用百货销售", updatedAt: new Date("2026-01-01T00:00:00Z"), authority, parent: null, branches: [],
    shareholders: [], keyPersons: [], changes: [], liquidation: null, licences: [], penalties: [], abnormalListings: [],
    seriousListings: [], spotChecks: [], chattelMortgages: [], equityPledges: [], judicialActions: [], contributions: [],
    equityChanges: [], ipPledges: [], annualReports: [], seriousWarnings: [], ...extra,
  } as CompanyRow;
}

describe("toCompanyProfile", () => {
  const options = { today: "2026-11-23", addressLabel: "domicile" };

  it("never shows a natural person's ID number, and shows a company's code", () => {
    expect(publicIdDocument({ type: "resident-id", number: "650102199001011234", isNaturalPerson: true }).number).toBeNull();
    expect(publicIdDocument({ type: "business-licence", number: "91650100MA0000000X", isNaturalPerson: false }).number).toBe("91650100MA0000000X");
    const profile = toCompanyProfile(
      companyRow({
        shareholders: [
          { name: "甲", kind: "natural-person", isNaturalPerson: true, idDocumentType: "resident-id", idDocumentNumber: "SECRET-ID" },
        ],
      }),
      options,
    );
    expect(JSON.stringify(profile)).not.toContain("SECRET-ID");
  });

  it("leaves out penalties past publicity, annulled or repaired, and counts the rest", () => {
    const profile = toCompanyProfile(
      companyRow({
        penalties: [
          penalty("public"),
          penalty("expired", { publicityEndsOn: date("2026-11-22") }),
          penalty("annulled", { annulledOn: date("2026-03-01") }),
          penalty("repaired", { repairedOn: date("2026-03-01") }),
        ],
      }),
      options,
    );
    expect(profile.government.penalties.map((item) => item.decisionNumber)).toEqual(["public"]);
    expect(profile.alerts.penaltiesInPublicity).toBe(1);
  });

  it("shows penalties the company published itself in their own section, in publicity only, and counts them", () => {
    const profile = toCompanyProfile(
      companyRow({
        penalties: [
          penalty("department"),
          penalty("self", { source: "enterprise" }),
          penalty("self-expired", { source: "enterprise", publicityEndsOn: date("2026-11-22") }),
        ],
      }),
      options,
    );
    expect(profile.government.penalties.map((item) => item.decisionNumber)).toEqual(["department"]);
    expect(profile.selfPublished.penalties.map((item) => item.decisionNumber)).toEqual(["self"]);
    expect(profile.alerts.penaltiesInPublicity).toBe(2);
    expect(JSON.stringify(profile)).not.toContain('"source"');
  });

  it("derives former names from name changes and list alerts from open listings", () => {
    const listing = { reason: "no-annual-report", listedOn: date("2024-07-01"), removalReason: null, removedOn: null, listedBy: authority, removedBy: null };
    const profile = toCompanyProfile(
      companyRow({
        changes: [
          { item: "name", before: "乌鲁木齐旧名商贸有限公司", after: "新疆测试有限公司", changedOn: date("2020-05-06") },
          { item: "address", before: "甲", after: "乙", changedOn: date("2019-01-01") },
        ],
        abnormalListings: [listing, { ...listing, removedOn: date("2024-09-01"), removalReason: "annual-report-filed", removedBy: authority }],
      }),
      options,
    );
    expect(profile.formerNames).toEqual([{ name: "乌鲁木齐旧名商贸有限公司", until: "2020-05-06" }]);
    expect(profile.alerts.isOnAbnormalList).toBe(true);
    expect(profile.alerts.isOnSeriousViolationList).toBe(false);
    expect(profile.capital).toEqual({ amount: "100.5", currency: "CNY" });
  });

  it("shows the warning of a move to the serious-violation list while the listing is open and the company not moved", () => {
    const listing = { reason: "unreachable", listedOn: date("2023-12-01"), removalReason: null, removedOn: null, listedBy: authority, removedBy: null };
    const warning = { noticeOn: date("2026-10-02"), dueOn: date("2026-12-01"), listing: { removedOn: null } };
    const warned = toCompanyProfile(companyRow({ abnormalListings: [listing], seriousWarnings: [warning] }), options);
    expect(warned.alerts.seriousListWarning).toEqual({ noticeOn: "2026-10-02", dueOn: "2026-12-01" });

    const removed = toCompanyProfile(companyRow({ seriousWarnings: [{ ...warning, listing: { removedOn: date("2026-11-01") } }] }), options);
    expect(removed.alerts).not.toHaveProperty("seriousListWarning");

    const moved = toCompanyProfile(
      companyRow({
        abnormalListings: [listing],
        seriousListings: [{ ...listing, reason: "abnormal-three-years", listedOn: date("2026-12-01") }],
        seriousWarnings: [warning],
      }),
      { ...options, today: "2026-12-02" },
    );
    expect(moved.alerts).not.toHaveProperty("seriousListWarning");
  });
});

describe("toAnnualReport", () => {
  it("knows which block an amendment item belongs to", () => {
    expect(blockOfAmendmentItem("total-assets")).toBe("assets");
    expect(blockOfAmendmentItem("tax-paid")).toBe("assets");
    expect(blockOfAmendmentItem("guarantee-amount")).toBe("guarantees");
    expect(blockOfAmendmentItem("pension")).toBe("social-insurance");
    expect(blockOfAmendmentItem("phone")).toBeNull();
  });

  function reportRow(extra: Partial<AnnualReportRow>): AnnualReportRow {
    return {
      year: 2025, form: "company", state: "filed", submittedOn: date("2026-03-01"), name: "新疆测试有限公司", phone: null,
      postcode: null, address: null, email: null, employees: 5, operatingState: "open", hasWebsite: false, hasInvestments: false,
      hasEquityTransfer: false, memberCount: null, publishAssets: true, totalAssets: decimal("1234.5"), ownersEquity: null,
      totalRevenue: null, mainRevenue: null, totalProfit: null, netProfit: null, taxPaid: null, totalLiabilities: null,
      publishGuarantees: true, publishSocialInsurance: true, enterprise: { uscc: "X", nameZh: "新疆测试有限公司", nameUg: null, status: "active" },
      websites: [], contributions: [], investments: [], guarantees: [], equityChanges: [], socialInsurance: [],
      amendments: [{ item: "total-assets", before: "1000", after: "1234.5", amendedOn: date("2026-04-01") }],
      ...extra,
    } as AnnualReportRow;
  }

  it("shows a published block with its amendments", () => {
    const report = toAnnualReport(reportRow({}));
    expect(report.assets).toMatchObject({ isPublished: true, totalAssets: "1234.5" });
    expect(report.amendments).toHaveLength(1);
  });

  it("withholds every value of an unpublished block, amendments included", () => {
    const report = toAnnualReport(reportRow({ publishAssets: false, publishGuarantees: false, publishSocialInsurance: false }));
    expect(report.assets).toEqual({ isPublished: false });
    expect(report.guarantees).toEqual({ isPublished: false });
    expect(report.socialInsurance).toEqual({ isPublished: false });
    expect(report.amendments).toEqual([]);
    expect(JSON.stringify(report)).not.toContain("1234.5");
  });
});
