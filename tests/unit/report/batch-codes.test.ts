import { describe, expect, it } from "vitest";
import { codesFromCsv, codesFromText } from "@/lib/report/report-batch";
import { formatReportId } from "@/lib/report/report-content";
import { newReportId, normalizeReportId } from "@/lib/report/credit-reports";

describe("codes for batch printing", () => {
  it("splits pasted text at line breaks, spaces, commas and semicolons (also full-width)", () => {
    expect(codesFromText(" 91650100MA77777770\n91650102Y353X2K46M, 9165292873M926980F；916530010074452560\t\r\n\n")).toEqual([
      "91650100MA77777770",
      "91650102Y353X2K46M",
      "9165292873M926980F",
      "916530010074452560",
    ]);
    expect(codesFromText("   \n ")).toEqual([]);
  });

  it("reads a CSV's first column, skipping a header row and quotes", () => {
    const csv = '\uFEFF统一社会信用代码,名称\r\n"91650100MA77777770",新疆甲公司\r\n91650102Y353X2K46M;乙\r\n\r\n650102000012345,丙\n';
    expect(codesFromCsv(csv)).toEqual(["91650100MA77777770", "91650102Y353X2K46M", "650102000012345"]);
    // A first row with digits is data, not a header.
    expect(codesFromCsv("91650100MA77777770\n91650102Y353X2K46M")).toEqual(["91650100MA77777770", "91650102Y353X2K46M"]);
  });
});

describe("report numbers", () => {
  it("are 12 unambiguous characters, printed in groups of four and read back however they are typed", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newReportId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatReportId("K7M29QPA2D3X")).toBe("K7M2-9QPA-2D3X");
    expect(normalizeReportId(" k7m2-9qpa-2d3x ")).toBe("K7M29QPA2D3X");
    // Letters people confuse with digits are read as the digits.
    expect(normalizeReportId("1O1L-0000-0000")).toBe("101100000000");
    expect(normalizeReportId("K7M2-9QPA")).toBeNull();
    expect(normalizeReportId("K7M2-9QPA-2D3U")).toBeNull();
  });
});
