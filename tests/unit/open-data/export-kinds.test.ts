import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/catalogues";
import { ANNUAL_REPORT_KINDS, COMPANY_KINDS, EXPORT_KINDS, REFERENCE_KINDS } from "@/lib/open-data/export-kinds";
import type { AnnualReport, CompanyProfile } from "@/lib/records/company-profile";

const authority = { id: "amr-650102", names: { zh: "天山区市场监督管理局", ug: "تەڭرىتاغ", en: "Tianshan AMR" } };

const profile: CompanyProfile = {
  uscc: "91650102MA7XXXXXXX", registrationNumber: null, nameZh: "新疆测试有限公司", nameUg: null, formerNames: [], type: "llc",
  status: "active", statusChangedOn: null, legalRepresentative: { name: "王某", role: "legal-representative" },
  capital: { amount: "100.5", currency: "CNY" }, establishedOn: "2015-03-02", termFrom: null, termTo: null, approvedOn: null,
  authority, regionCode: "650102", industryCode: "F51", addressLabel: "domicile", address: "人民路1号", scope: "日用百货销售",
  parent: null, alerts: { isOnAbnormalList: false, isOnSeriousViolationList: false, penaltiesInPublicity: 1 },
  government: {
    shareholders: [
      { name: "甲", kind: "natural-person", idDocument: { type: "resident-id", number: null, isNaturalPerson: true } },
      { name: "乙公司", kind: "enterprise-legal-person", idDocument: { type: "business-licence", number: "91650100MA0000000X", isNaturalPerson: false } },
    ],
    keyPersons: [{ name: "王某", title: "executive-director" }], branches: [], changes: [], liquidation: null, licences: [],
    penalties: [{
      decisionNumber: "乌市监罚〔2026〕1号", violationType: "false-advertising", kinds: ["warning", "fine"], content: "罚款, \"警告\"", fineYuan: "5000",
      authority, decidedOn: "2026-01-01", publishedOn: "2026-01-05", publicityEndsOn: "2029-01-05", documentText: "第一行\n第二行",
    }],
    abnormalListings: [], seriousViolations: [], spotChecks: [], chattelMortgages: [], equityPledges: [], judicialAssistance: [],
  },
  selfPublished: { annualReports: [], contributions: [], equityChanges: [], licences: [], ipPledges: [], penalties: [] },
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const report: AnnualReport = {
  company: { uscc: profile.uscc, nameZh: profile.nameZh, nameUg: null, status: "active" }, year: 2025, form: "company", state: "filed",
  submittedOn: "2026-03-01",
  basic: { name: profile.nameZh, phone: null, postcode: null, address: null, email: null, employees: 3, operatingState: "open",
    hasWebsite: false, hasInvestments: false, hasEquityTransfer: false, memberCount: null },
  websites: [], contributions: [], investments: [], assets: { isPublished: false }, guarantees: { isPublished: false }, equityChanges: [],
  socialInsurance: { isPublished: false }, amendments: [],
};

describe("the export kinds", () => {
  it("have unique file-safe names", () => {
    const names = EXPORT_KINDS.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("name coded columns that exist", () => {
    for (const kind of EXPORT_KINDS) for (const column of Object.keys(kind.codeGroups)) expect(kind.columns).toContain(column);
  });

  it("are described, with every column, in zh, ug and en", () => {
    for (const locale of ["zh", "ug", "en"] as const) {
      const messages = catalogue(locale).OpenData as unknown as {
        kinds: Record<string, { title: string; description: string }>;
        columns: Record<string, string>;
        kindColumns: Record<string, Record<string, string>>;
      };
      for (const kind of EXPORT_KINDS) {
        expect(messages.kinds[kind.name]?.title, `${locale} ${kind.name}`).toBeTruthy();
        expect(messages.kinds[kind.name]?.description, `${locale} ${kind.name}`).toBeTruthy();
        for (const column of kind.columns) {
          expect(messages.kindColumns[kind.name]?.[column] ?? messages.columns[column], `${locale} ${kind.name}.${column}`).toBeTruthy();
        }
      }
    }
  });

  it("make rows as wide as their columns from the public projection", () => {
    for (const kind of COMPANY_KINDS) for (const row of kind.rowsOf(profile)) expect(row).toHaveLength(kind.columns.length);
    for (const kind of ANNUAL_REPORT_KINDS) for (const row of kind.rowsOf(report)) expect(row).toHaveLength(kind.columns.length);
    for (const kind of REFERENCE_KINDS) {
      const rows = kind.rowsOf({ authorities: [{ id: "amr-650102", kind: "amr", regionCode: "650102", nameZh: "局", nameUg: "ئىدارە", nameEn: "Bureau" }] });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveLength(kind.columns.length);
    }
  });

  it("keep a natural person's ID number empty and a company's code", () => {
    const shareholders = COMPANY_KINDS.find((kind) => kind.name === "shareholders")!;
    const rows = shareholders.rowsOf(profile);
    const number = shareholders.columns.indexOf("idDocumentNumber");
    expect(rows.map((row) => row[number])).toEqual([null, "91650100MA0000000X"]);
  });

  it("leave a withheld block's values empty and its rows out", () => {
    const reports = ANNUAL_REPORT_KINDS.find((kind) => kind.name === "annual-reports")!;
    const [row] = reports.rowsOf(report);
    expect(row[reports.columns.indexOf("assetsPublished")]).toBe(false);
    expect(row[reports.columns.indexOf("totalAssets")]).toBeNull();
    expect(ANNUAL_REPORT_KINDS.find((kind) => kind.name === "annual-report-guarantees")!.rowsOf(report)).toEqual([]);
  });

  it("list a penalty's kinds as a list", () => {
    const penalties = COMPANY_KINDS.find((kind) => kind.name === "penalties")!;
    const [row] = penalties.rowsOf(profile);
    expect(row[penalties.columns.indexOf("kinds")]).toEqual(["warning", "fine"]);
    expect(row[penalties.columns.indexOf("source")]).toBe("government");
  });
});
