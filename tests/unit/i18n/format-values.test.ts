import bidiFactory from "bidi-js";
import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatDecimal, formatPercent, formatTimestamp, formatWanAmount, wanToUnits } from "@/lib/i18n/format-values";

const bidi = bidiFactory();

/** The characters after which, or at which, a browser may break a line in these dates. */
const BREAKABLE = /[- ]/;

describe("dates", () => {
  it("are written out in each locale", () => {
    expect(formatDay("zh", "2026-06-30")).toBe("2026年6月30日");
    expect(formatDay("en", "2026-06-30")).toBe("30 June 2026");
    // The same letters as Intl's Uyghur date, with its hyphen and space made non-breaking.
    expect(formatDay("ug", "2026-06-30").replaceAll("\u2011", "-").replaceAll("\u00a0", " ")).toBe("30-ئىيۇن، 2026");
  });

  it("keep a Uyghur date on one line: no hyphen or space a line could break at", () => {
    for (const day of ["2026-06-30", "2024-01-01", "2025-12-31"]) {
      const text = formatDay("ug", day);
      expect(text).not.toMatch(BREAKABLE);
      expect(text).toMatch(/^\d+\u2011[\u0600-\u06FF]+،\u00a0\d{4}$/u);
    }
    expect(formatTimestamp("ug", "2026-11-23T01:00:00Z")).not.toMatch(BREAKABLE);
  });

  it("leave anything that is not a day unchanged", () => {
    expect(formatDay("ug", "2026-6-30")).toBe("2026-6-30");
    expect(formatTimestamp("ug", "not a time")).toBe("not a time");
  });
});

describe("negative numbers on a right-to-left page", () => {
  /**
   * The text as drawn, left to right (the Unicode bidi algorithm, bidi-js), either in a
   * right-to-left paragraph or, as in a <bdi> on the page, in the direction its first strong
   * character gives it.
   */
  function drawn(text: string, direction: "rtl" | "auto"): string {
    const levels = bidi.getEmbeddingLevels(text, direction === "rtl" ? "rtl" : undefined);
    return bidi.getReorderedString(text, levels).replace(/[\u200e\u200f\u2066-\u2069]/g, "");
  }

  it("keep their minus in front of the digits, and the number first, next to Uyghur words", () => {
    const amount = formatDecimal("ug", "-53.670000");
    expect(amount.replace(/[\u2066\u2069]/g, "")).toBe("-53.67");
    for (const direction of ["rtl", "auto"] as const) {
      // Read from the right: the number, then its unit.
      expect(drawn(`${amount} تۈمەن يۈەن`, direction), direction).toMatch(/^[^\d-]+ -53\.67$/u);
      expect(drawn(`${formatPercent("ug", "-12.5")} ئۆسۈش`, direction), direction).toMatch(/^[^\d-]+ -12\.5%$/u);
    }
    // Without the isolate, the algorithm draws the sign after the digits: the bug this prevents.
    expect(drawn("-53.67 تۈمەن يۈەن", "rtl")).toMatch(/ 53\.67-$/);
  });

  it("are left as Intl writes them on left-to-right pages, and positive numbers are left alone", () => {
    expect(formatDecimal("zh", "-53.67")).toBe("-53.67");
    expect(formatDecimal("en", "-1234.5")).toBe("-1,234.5");
    expect(formatDecimal("ug", "53.67")).toBe("53.67");
    expect(formatCount("ug", -3)).toBe("\u2066-3\u2069");
  });
});

describe("amounts kept in 万", () => {
  it("move the decimal point four places exactly", () => {
    expect(wanToUnits("168.62")).toBe("1686200");
    expect(wanToUnits("50")).toBe("500000");
    expect(wanToUnits("0.000053")).toBe("0.53");
    expect(wanToUnits("-53.670000")).toBe("-536700");
    expect(wanToUnits("123456789.123456")).toBe("1234567891234.56");
    expect(wanToUnits("-0.00000")).toBe("0");
    expect(wanToUnits("n/a")).toBe("n/a");
  });

  it("are written in 万 in Chinese and Uyghur, and in units in English", () => {
    expect(formatWanAmount("zh", "168.620000")).toBe("168.62");
    expect(formatWanAmount("ug", "10000")).toBe("10,000");
    expect(formatWanAmount("en", "10000")).toBe("100,000,000");
    expect(formatWanAmount("en", "1.8")).toBe("18,000");
    expect(formatWanAmount("en", "-53.67")).toBe("-536,700");
  });
});
