import { describe, expect, it } from "vitest";
import { addDays, isIsoDate, listingYears, seriousDueOn, seriousWarningFrom } from "@/lib/annual-cycle/timeline";
import { removalDecisionErrors, removalDecisionSchema } from "@/lib/validation/removal-decision";
import { removalApplicationSchema } from "@/lib/validation/removal-application";

describe("the yearly cycle's dates", () => {
  it("lists for last year's report from 1 July, and for the year before until then", () => {
    expect(listingYears("2027-06-30")).toEqual({ from: 2013, to: 2025 });
    expect(listingYears("2027-07-01")).toEqual({ from: 2013, to: 2026 });
    expect(listingYears("2014-06-30")).toBeNull();
    expect(listingYears("2014-07-01")).toEqual({ from: 2013, to: 2013 });
  });

  it("moves a listing on its third anniversary and warns 60 days before", () => {
    expect(seriousDueOn("2024-07-10")).toBe("2027-07-10");
    expect(seriousWarningFrom("2024-07-10")).toBe("2027-05-11");
    // 29 February clamps to 28 February, as PostgreSQL's date + interval '3 years' does.
    expect(seriousDueOn("2024-02-29")).toBe("2027-02-28");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("accepts only real dates", () => {
    expect(isIsoDate("2027-07-01")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-7-1")).toBe(false);
    expect(isIsoDate("today")).toBe(false);
  });
});

describe("removal forms", () => {
  it("needs a listing to apply for", () => {
    expect(removalApplicationSchema.safeParse({ listingId: "12" }).success).toBe(true);
    for (const listingId of [undefined, "", "abc", "-1", "1.5"]) {
      const parsed = removalApplicationSchema.safeParse({ listingId });
      expect(parsed.success, String(listingId)).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0].message).toBe("choose-listing");
    }
  });

  it("needs a decision, and a reason of at most 500 characters to reject", () => {
    const errors = (input: Record<string, unknown>) => {
      const parsed = removalDecisionSchema.safeParse(input);
      return parsed.success ? {} : removalDecisionErrors(parsed.error);
    };
    expect(errors({})).toEqual({ decision: "choose-decision" });
    expect(errors({ decision: "maybe" })).toEqual({ decision: "choose-decision" });
    expect(errors({ decision: "reject", note: "   " })).toEqual({ note: "enter-note" });
    expect(errors({ decision: "reject", note: "长".repeat(501) })).toEqual({ note: "note-too-long" });
    expect(errors({ decision: "approve" })).toEqual({});
    expect(removalDecisionSchema.parse({ decision: "reject", note: " 请补报 \r\n 后再申请 " })).toEqual({ decision: "reject", note: "请补报 \n 后再申请" });
  });
});
