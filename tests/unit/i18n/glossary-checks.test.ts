import { describe, expect, it } from "vitest";
import { GLOSSARY_EXEMPTIONS } from "@/lib/glossary/exemptions";
import { uyghurStem, usesTerm } from "@/lib/glossary/matching";
import { GLOSSARY, glossaryTerm, type GlossaryTerm } from "@/lib/glossary/terms";
import { checkGlossaryUse, dictionaryTexts, formatGlossaryProblem, type GlossaryCheckedText } from "@/lib/i18n/glossary-checks";

const uscc = glossaryTerm("uscc");
const abnormal = glossaryTerm("abnormal-operations-list");
const penalty = glossaryTerm("administrative-penalty");
const capital = glossaryTerm("registered-capital");
const filingCode = glossaryTerm("filing-code");

function text(where: string, zh: string, ug: string, en: string): GlossaryCheckedText {
  return { where, names: { zh, ug, en } };
}

describe("the glossary", () => {
  it("has unique ids and Chinese terms, and translations in both languages", () => {
    expect(new Set(GLOSSARY.map((term) => term.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((term) => term.zh)).size).toBe(GLOSSARY.length);
    for (const term of GLOSSARY) {
      expect(term.ug, term.id).toMatch(/\p{Script=Arabic}/u);
      expect(term.en, term.id).toMatch(/^[a-z][a-z' -]+$/);
    }
  });

  it("matches its own translations (a wrong stem would excuse every text)", () => {
    expect(checkGlossaryUse([], GLOSSARY, [])).toEqual([]);
  });

  it("gives every exemption a reason", () => {
    for (const exemption of GLOSSARY_EXEMPTIONS) expect(exemption.reason.length, exemption.where).toBeGreaterThan(20);
  });
});

describe("usesTerm", () => {
  it("finds Chinese terms as written, and their other forms", () => {
    expect(usesTerm("请输入企业的统一社会信用代码", uscc, "zh")).toBe(true);
    expect(usesTerm("返回年报首页", glossaryTerm("annual-report"), "zh")).toBe(true);
    expect(usesTerm("请输入企业的代码", uscc, "zh")).toBe(false);
  });

  it("reads English ignoring case, hyphens and the ending of the last word", () => {
    expect(usesTerm("Unified social credit codes", uscc, "en")).toBe(true);
    expect(usesTerm("On the abnormal operations list", abnormal, "en")).toBe(true);
    expect(usesTerm("Administrative penalties", penalty, "en")).toBe(true);
    expect(usesTerm("Read the penalty decision", penalty, "en")).toBe(true); // the accepted short form
    expect(usesTerm("The company’s unified social credit code", uscc, "en")).toBe(true);
    expect(usesTerm("Enter the enterprise's code", uscc, "en")).toBe(false);
    expect(usesTerm("Sanctions", penalty, "en")).toBe(false);
    // Not inside another word.
    expect(usesTerm("Prepenalty", penalty, "en")).toBe(false);
  });

  it("reads Uyghur word for word, the last word with its suffixes", () => {
    expect(usesTerm("كارخانىنىڭ بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ", uscc, "ug")).toBe(true);
    expect(usesTerm("بۇ كارخانا نورمالسىز تىجارەت تىزىملىكىگە كىرگۈزۈلگەن", abnormal, "ug")).toBe(true);
    expect(usesTerm("ئاشكارىلىنىۋاتقان مەمۇرىي جازاسى بار", penalty, "ug")).toBe(true);
    expect(usesTerm("يېقىندا بېرىلگەن ئەنگە ئېلىش كودلىرى", filingCode, "ug")).toBe(true);
    expect(usesTerm("تىزىملاتقان مەبلىغى (تۈمەن يۈەن)", capital, "ug")).toBe(true);
    // Another wording of the same thing is not the glossary's term.
    expect(usesTerm("كارخانىنىڭ كودىنى كىرگۈزۈڭ", uscc, "ug")).toBe(false);
    expect(usesTerm("تىجارەت نورمالسىز تىزىملىكىگە كىرگۈزۈلگەن", abnormal, "ug")).toBe(false);
    expect(usesTerm("تىزىملانغان مەبلىغى", capital, "ug")).toBe(false);
    expect(usesTerm("بازار نازارەت باشقۇرۇش ئىدارىسى", glossaryTerm("market-regulation"), "ug")).toBe(false);
  });

  it("stems Uyghur words before the suffixes that change them", () => {
    expect(uyghurStem("كودى")).toBe("كود");
    expect(uyghurStem("جازا")).toBe("جاز");
    expect(uyghurStem("مەبلەغ")).toBe("مەبل");
    expect(uyghurStem("تىزىملىكى")).toBe("تىزىمل");
    expect(uyghurStem("دائىرىسى")).toBe("دائىر");
    expect(uyghurStem("تەكشۈرۈش")).toBe("تەكشۈرۈش");
  });
});

describe("checkGlossaryUse", () => {
  const glossary: GlossaryTerm[] = [uscc, abnormal];

  it("passes texts that use the terms, and texts whose Chinese does not name them", () => {
    const texts = [
      text("A.label", "统一社会信用代码", "بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى", "Unified social credit code"),
      text("A.other", "企业名称", "كارخانا نامى", "Company name"),
    ];
    expect(checkGlossaryUse(texts, glossary, [])).toEqual([]);
  });

  it("reports each language that does not use the term, with what it found", () => {
    const problems = checkGlossaryUse([text("A.hint", "请核对统一社会信用代码", "كودنى تەكشۈرۈڭ", "Check the code")], glossary, []);
    expect(problems.map((problem) => [problem.kind, problem.where, problem.term, problem.locale])).toEqual([
      ["term-not-used", "A.hint", "uscc", "ug"],
      ["term-not-used", "A.hint", "uscc", "en"],
    ]);
    expect(problems[1].found).toBe("Check the code");
    expect(formatGlossaryProblem(problems[1])).toContain('use "unified social credit code"');
  });

  it("accepts an exemption for the language it names, and reports one that is not needed", () => {
    const texts = [text("A.hint", "请核对统一社会信用代码", "كودنى تەكشۈرۈڭ", "Check the unified social credit code")];
    const exemptions = [
      { term: "uscc", where: "A.hint", locales: ["ug"] as const, reason: "A short hint below the field that names the code in full." },
      { term: "abnormal-operations-list", where: "A.hint", locales: ["en"] as const, reason: "No longer needed: the text does not name the list." },
    ];
    const problems = checkGlossaryUse(texts, glossary, exemptions);
    expect(problems.map((problem) => [problem.kind, problem.term, problem.locale])).toEqual([["unused-exemption", "abnormal-operations-list", "en"]]);
  });

  it("reports a glossary entry whose stem does not match its own translation", () => {
    const broken: GlossaryTerm = { id: "broken", zh: "测试", ug: "سىناق", ugStem: "باشقا", en: "test" };
    expect(checkGlossaryUse([], [broken], []).map((problem) => [problem.kind, problem.locale])).toEqual([["glossary", "ug"]]);
  });

  it("checks the data dictionaries too", () => {
    const texts = dictionaryTexts();
    expect(texts.some((entry) => entry.where === "dictionary:record-terms/serious-reasons/abnormal-three-years")).toBe(false);
    expect(texts.find((entry) => entry.where === "dictionary:serious-reasons/abnormal-three-years")?.names.ug).toContain("نورمالسىز تىجارەت تىزىملىكى");
    expect(texts.filter((entry) => entry.where.startsWith("dictionary:authorities/")).length).toBeGreaterThan(50);
    const dictionaryExemptions = GLOSSARY_EXEMPTIONS.filter((exemption) => exemption.where.startsWith("dictionary:"));
    expect(checkGlossaryUse(texts, GLOSSARY, dictionaryExemptions).map(formatGlossaryProblem)).toEqual([]);
  });
});
