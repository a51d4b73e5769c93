import { describe, expect, it } from "vitest";
import { addMonths, isPenaltyInPublicity, penaltyPublicityEndsOn, registerToday } from "@/lib/rules/publicity";

describe("penalty publicity", () => {
  it("lasts three years, or three months for a minor penalty", () => {
    expect(penaltyPublicityEndsOn({ publishedOn: "2024-05-10", isMinor: false })).toBe("2027-05-10");
    expect(penaltyPublicityEndsOn({ publishedOn: "2024-05-10", isMinor: true })).toBe("2024-08-10");
  });

  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonths("2023-11-29", 3)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("is public up to and including the last day, not after", () => {
    const penalty = { publicityEndsOn: "2026-11-23", repairedOn: null, annulledOn: null };
    expect(isPenaltyInPublicity(penalty, "2026-11-23")).toBe(true);
    expect(isPenaltyInPublicity(penalty, "2026-11-24")).toBe(false);
  });

  it("stops when the decision is annulled or the credit repaired, from that day", () => {
    const base = { publicityEndsOn: "2028-01-01", repairedOn: null, annulledOn: null };
    expect(isPenaltyInPublicity({ ...base, annulledOn: "2026-05-01" }, "2026-04-30")).toBe(true);
    expect(isPenaltyInPublicity({ ...base, annulledOn: "2026-05-01" }, "2026-05-01")).toBe(false);
    expect(isPenaltyInPublicity({ ...base, repairedOn: "2026-05-01" }, "2026-06-01")).toBe(false);
  });

  it("reads today's date on China Standard Time", () => {
    expect(registerToday(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24");
    expect(registerToday(new Date("2026-11-23T15:30:00Z"))).toBe("2026-11-23");
  });
});
