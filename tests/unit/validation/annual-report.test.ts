import { describe, expect, it } from "vitest";
import { canonicalDecimal, compareDecimal, normalizeDate, normalizeNumber } from "@/lib/validation/annual-report-fields";
import { STEPS_OF_FORM, checkReport, checkStep, type StepContext } from "@/lib/validation/annual-report";
import { answersFromForm, withoutBlankRows } from "@/lib/validation/form-answers";

const company: StepContext = { form: "company", year: 2025, employees: 10 };

function problems(result: ReturnType<typeof checkStep>) {
  return result.ok ? [] : result.problems.map((problem) => `${problem.path.join(".")}:${problem.message}`);
}

describe("numbers as people type them", () => {
  it("accepts full-width and Arabic-Indic digits, separators and spaces", () => {
    expect(normalizeNumber("１，２３４．５")).toBe("1234.5");
    expect(normalizeNumber(" 12 345 ")).toBe("12345");
    expect(normalizeNumber("٣٤")).toBe("34");
    expect(normalizeNumber("۱۲")).toBe("12");
    expect(normalizeNumber("－3")).toBe("-3");
  });

  it("keeps every decimal digit and compares exactly", () => {
    expect(canonicalDecimal("0012.500")).toBe("12.5");
    expect(canonicalDecimal("-0.000")).toBe("0");
    expect(compareDecimal("0.000001", "0")).toBe(1);
    expect(compareDecimal("99999999999999.999999", "99999999999999.999998")).toBe(1);
    expect(compareDecimal("-3", "-2.5")).toBe(-1);
    expect(compareDecimal("10", "10.000000")).toBe(0);
  });

  it("reads dates written with slashes or 年月日", () => {
    expect(normalizeDate("2025/3/1")).toBe("2025-03-01");
    expect(normalizeDate("2025年3月1日")).toBe("2025-03-01");
  });
});

describe("the basic information page", () => {
  it("names each missing or malformed answer", () => {
    expect(problems(checkStep("basic", { phone: "", postcode: "83000", address: " ", email: "a@b", employees: "1.5" }, company))).toEqual([
      "phone:required",
      "postcode:postcodeFormat",
      "address:required",
      "email:emailFormat",
      "employees:countFormat",
      "operatingState:choose",
    ]);
  });

  it("asks a cooperative for its members and nobody else", () => {
    const answers = { phone: "13912345678", postcode: "830000", address: "乌鲁木齐", employees: "3", operatingState: "open" };
    expect(checkStep("basic", answers, company)).toMatchObject({ ok: true, value: { memberCount: null, email: null } });
    expect(problems(checkStep("basic", answers, { ...company, form: "cooperative" }))).toEqual(["memberCount:required"]);
  });

  it("refuses a choice that is not on the list", () => {
    expect(problems(checkStep("basic", { phone: "13912345678", postcode: "830000", address: "x", employees: "3", operatingState: "bankrupt" }, company))).toEqual([
      "operatingState:choose",
    ]);
  });
});

describe("cross-field checks", () => {
  it("main-business revenue cannot exceed total revenue", () => {
    const assets = { publish: "yes", totalAssets: "10", totalLiabilities: "1", ownersEquity: "9", totalRevenue: "5", mainRevenue: "5.000001", totalProfit: "-1", netProfit: "-1", taxPaid: "0" };
    expect(problems(checkStep("assets", assets, company))).toEqual(["mainRevenue:mainRevenueAboveTotal"]);
    expect(checkStep("assets", { ...assets, mainRevenue: "5" }, company).ok).toBe(true);
    expect(problems(checkStep("assets", { ...assets, totalAssets: "-1", mainRevenue: "1" }, company))).toEqual(["totalAssets:amountNegative"]);
    expect(problems(checkStep("assets", { ...assets, taxPaid: "1.1234567", mainRevenue: "1" }, company))).toEqual(["taxPaid:amountFormat"]);
  });

  it("paid-in contribution cannot exceed the subscribed one, and needs a method", () => {
    const row = { name: "甲", subscribed: "10", subscribedOn: "", subscribedVia: "currency", paid: "12", paidOn: "", paidVia: "" };
    expect(problems(checkStep("shareholders", { rows: [row] }, company))).toEqual(["rows.0.paid:paidAboveSubscribed", "rows.0.paidVia:choose"]);
    expect(checkStep("shareholders", { rows: [{ ...row, paid: "0" }] }, company).ok).toBe(true);
    expect(problems(checkStep("shareholders", { rows: [] }, company))).toEqual(["rows:rowsRequired"]);
  });

  it("insured people cannot outnumber the employees", () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({ insuredCount: index === 2 ? "11" : "10", contributionBase: "1", paid: "1", arrears: "0" }));
    expect(problems(checkStep("social-insurance", { publish: "no", rows }, company))).toEqual(["rows.2.insuredCount:insuredAboveEmployees"]);
  });

  it("a guarantee's term ends after it starts; an equity change falls in the report year", () => {
    const guarantee = { creditor: "甲", debtor: "乙", kind: "contract-debt", amount: "5", termFrom: "2025-05-01", termTo: "2025-04-30", period: "period", mode: "joint" };
    expect(problems(checkStep("guarantees", { publish: "no", hasGuarantees: "yes", rows: [guarantee] }, company))).toEqual(["rows.0.termTo:termOrder"]);
    const change = { shareholderName: "甲", ratioBefore: "60", ratioAfter: "100.5", changedOn: "2024-12-31" };
    expect(problems(checkStep("equity-changes", { hasEquityTransfer: "yes", rows: [change] }, company))).toEqual([
      "rows.0.ratioAfter:ratioRange",
      "rows.0.changedOn:dateInYear",
    ]);
  });

  it("answering yes asks for at least one row; answering no drops the rows", () => {
    expect(problems(checkStep("websites", { hasWebsite: "yes" }, company))).toEqual(["rows:rowsRequired"]);
    expect(checkStep("websites", { hasWebsite: "no", rows: [{ kind: "website", name: "x", url: "bad" }] }, company)).toEqual({ ok: true, value: { hasWebsite: "no", rows: [] } });
    expect(problems(checkStep("websites", { hasWebsite: "yes", rows: [{ kind: "website", name: "x", url: "not a url" }] }, company))).toEqual(["rows.0.url:urlFormat"]);
  });
});

describe("the forms", () => {
  it("individual businesses and cooperatives file the short form", () => {
    expect(STEPS_OF_FORM.individual).toEqual(["basic", "websites", "assets"]);
    const answers = {
      basic: { phone: "13912345678", postcode: "830000", address: "x", employees: "2", operatingState: "open" },
      websites: { hasWebsite: "no" },
      assets: { publish: "no", totalRevenue: "1", taxPaid: "0" },
    };
    expect(checkReport(answers, { form: "individual", year: 2025 }).ok).toBe(true);
    expect(checkReport(answers, { form: "company", year: 2025 })).toEqual({ ok: false, invalidSteps: ["shareholders", "investments", "assets", "guarantees", "equity-changes", "social-insurance"] });
  });
});

describe("reading a question page's form", () => {
  it("builds rows from rows.N.field names and ignores everything else", () => {
    const form = new FormData();
    form.append("hasWebsite", "yes");
    form.append("rows.0.name", "甲");
    form.append("rows.1.name", "");
    form.append("rows.1.url", " ");
    form.append("rows.2.name", "丙");
    form.append("rows.99.name", "too far");
    form.append("__proto__", "x");
    form.append("intent", "continue");
    form.append("constructor.prototype", "x");
    form.append("big", "x".repeat(5000));
    const answers = answersFromForm(form);
    expect(answers.hasWebsite).toBe("yes");
    expect((answers.big as string).length).toBe(1000);
    expect(answers.intent).toBeUndefined();
    expect(Object.keys(answers).sort()).toEqual(["big", "hasWebsite", "rows"]);
    expect(withoutBlankRows(answers).rows).toEqual([{ name: "甲" }, { name: "丙" }]);
  });
});
