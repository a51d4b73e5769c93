import { describe, expect, it } from "vitest";
import { describeProblems, localeFromAcceptLanguage, problemsFromZod } from "@/lib/ingestion/record-problems";
import { ingestRecordSchema, revocationSchema } from "@/lib/validation/ingest-records";

const TODAY = "2026-11-23";

function problemsOf(kind: Parameters<typeof ingestRecordSchema>[0], payload: unknown) {
  const parsed = ingestRecordSchema(kind, { today: TODAY }).safeParse(payload);
  if (parsed.success) return [];
  return problemsFromZod(parsed.error, payload);
}

const PENALTY = {
  documentNumber: "乌市监罚〔2026〕1号",
  uscc: "91650102MA77ABCD1X",
  violationType: "false-advertising",
  kinds: ["fine"],
  content: "罚款",
  fineYuan: "100.50",
  decidedOn: "2026-11-02",
  documentText: "决定书",
};

describe("ingested record schemas", () => {
  it("accept a complete penalty and refuse each broken field with its reason", () => {
    expect(problemsOf("penalties", PENALTY)).toEqual([]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ documentNumber: "  " }, "documentNumber", "required"],
      [{ violationType: "speeding" }, "violationType", "unknown-code"],
      [{ kinds: [] }, "kinds", "too-few"],
      [{ kinds: ["fine", "fine"] }, "kinds", "duplicate-value"],
      [{ fineYuan: "1.234" }, "fineYuan", "invalid-decimal"],
      [{ fineYuan: -5 }, "fineYuan", "too-small"],
      [{ fineYuan: undefined }, "fineYuan", "fine-required"],
      [{ kinds: ["warning"] }, "fineYuan", "fine-not-allowed"],
      [{ decidedOn: "2026-02-29" }, "decidedOn", "invalid-date"],
      [{ decidedOn: "2026-11-24" }, "decidedOn", "date-in-future"],
      [{ decidedOn: "1900-01-01" }, "decidedOn", "date-too-early"],
      [{ decidedOn: "26-1-1" }, "decidedOn", "invalid-date"],
      [{ publishedOn: "2026-11-01" }, "publishedOn", "date-order"],
      [{ content: "a\u0000b" }, "content", "invalid-characters"],
      [{ content: "a\uD800b" }, "content", "invalid-characters"],
      [{ documentNumber: "x".repeat(121) }, "documentNumber", "too-long"],
      [{ colour: "red" }, "colour", "unknown-field"],
      [{ violationType: 7 }, "violationType", "unknown-code"],
      [{ kinds: "fine" }, "kinds", "wrong-type"],
      [{ content: undefined }, "content", "required"],
      [{ content: 12 }, "content", "wrong-type"],
    ];
    for (const [change, field, reason] of cases) {
      const problems = problemsOf("penalties", { ...PENALTY, ...change });
      expect(problems, JSON.stringify(change)).toContainEqual(expect.objectContaining({ field, reason }));
    }
  });

  it("names nested fields by their path", () => {
    expect(problemsOf("penalties", { ...PENALTY, kinds: ["fine", "flogging"] })).toContainEqual(expect.objectContaining({ field: "kinds/1", reason: "unknown-code" }));
    const revocation = revocationSchema({ today: TODAY }).safeParse({ documentNumber: "1", uscc: "x", revoked: { on: "2027-01-01" } });
    expect(revocation.success).toBe(false);
    if (!revocation.success) {
      expect(problemsFromZod(revocation.error, { documentNumber: "1", uscc: "x", revoked: { on: "2027-01-01" } })).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: "revoked/on", reason: "date-in-future" }), expect.objectContaining({ field: "revoked/reason", reason: "required" })]),
      );
    }
  });

  it("keeps free text of any script, with newlines in long text", () => {
    expect(problemsOf("penalties", { ...PENALTY, content: "ئاگاھلاندۇرۇش\n𠮷 <b>&</b>", documentText: "第一行\n第二行\t完" })).toEqual([]);
    expect(problemsOf("penalties", { ...PENALTY, documentNumber: "第1\n号" })).toContainEqual(expect.objectContaining({ field: "documentNumber", reason: "invalid-characters" }));
  });

  it("checks a removal's reason against its list", () => {
    const removal = { documentNumber: "R1", uscc: "x", list: "serious-violations", listingDocumentNumber: "L1", reason: "reachable-again", removedOn: TODAY };
    expect(problemsOf("removals", removal)).toContainEqual(expect.objectContaining({ field: "reason", reason: "wrong-removal-reason" }));
    expect(problemsOf("removals", { ...removal, reason: "period-expired" })).toEqual([]);
  });
});

describe("problems for the sender", () => {
  it("pick the language from Accept-Language, zh when none matches", () => {
    expect(localeFromAcceptLanguage(null)).toBe("zh");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr, ug;q=0.8, en;q=0.5")).toBe("ug");
    expect(localeFromAcceptLanguage("en;q=0, de")).toBe("zh");
  });

  it("give each reason a sentence naming the field in every language", () => {
    for (const locale of ["zh", "ug", "en"] as const) {
      const [problem] = describeProblems([{ field: "uscc", reason: "check-character", expected: "X" }], locale);
      expect(problem).toMatchObject({ field: "uscc", reason: "check-character", expected: "X" });
      expect(problem.detail).toContain("uscc");
      expect(problem.detail).toContain("X");
    }
    expect(describeProblems([{ field: "a", reason: "no-such-reason" }], "en")[0].detail).toMatch(/not valid/);
  });
});
