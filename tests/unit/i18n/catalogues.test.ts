import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkCatalogues,
  findPhysicalPropertiesInCss,
  findPhysicalUtilitiesInCode,
} from "@/lib/i18n/catalogue-checks";
import { summarizeIcuMessage } from "@/lib/i18n/icu-arguments";
import { checkProjectI18n, formatI18nReport } from "@/lib/i18n/project-checks";

const root = path.resolve(__dirname, "../../..");

describe("the project's catalogues and styles", () => {
  const report = checkProjectI18n(root);

  it("have the same keys, non-empty values and the same placeholders in zh, ug and en", () => {
    expect(formatI18nReport({ ...report, directionProblems: [], glossaryProblems: [] })).toEqual([]);
    expect(report.keysChecked).toBeGreaterThan(100);
  });

  it("use no physical left/right styles in app/ or components/", () => {
    expect(formatI18nReport({ ...report, catalogueProblems: [], glossaryProblems: [] })).toEqual([]);
    expect(report.filesChecked).toBeGreaterThan(10);
  });

  it("use the glossary's Uyghur and English wherever the Chinese names a glossary term", () => {
    expect(formatI18nReport({ ...report, catalogueProblems: [], directionProblems: [] })).toEqual([]);
    expect(report.glossaryTermsChecked).toBeGreaterThan(20);
  });
});

describe("checkCatalogues", () => {
  it("reports a number or an argument joined to a Uyghur word by a breakable hyphen", () => {
    const catalogues = {
      zh: { a: "6月30日", b: "{year}年", c: "第1页" },
      ug: { a: "30-ئىيۇن", b: "{year}\u2011يىل", c: "1\u2011بەت" },
    };
    expect(checkCatalogues(catalogues, "zh")).toEqual([
      expect.objectContaining({ kind: "breakable-hyphen", locale: "ug", key: "a" }),
    ]);
    expect(checkCatalogues({ zh: { a: "{year}年" }, ug: { a: "{year}-يىل" } }, "zh").map((problem) => problem.kind)).toEqual(["breakable-hyphen"]);
    // Latin text and hyphens between words are not joins of a number.
    expect(checkCatalogues({ zh: { a: "x", b: "y" }, ug: { a: "utf-8-sig", b: "ۋىلايەت-شەھەر" } }, "zh")).toEqual([]);
  });
});

describe("summarizeIcuMessage", () => {
  it("lists arguments, nested plural arguments and tags", () => {
    expect(summarizeIcuMessage("{count, plural, one {# company in {region}} other {# companies}} <link>more</link>")).toEqual({
      arguments: { count: "plural", region: "simple" },
      tags: ["link"],
    });
  });

  it("treats quoted braces as text", () => {
    expect(summarizeIcuMessage("Use '{name}' literally, it''s fine").arguments).toEqual({});
  });

  it.each([
    ["{n, plural, other {x}", "unclosed plural"],
    ["{n, plural, other {x", 'missing "}"'],
    ["{name", "after argument"],
    ["name}", 'unmatched "}"'],
    ["{count, plural, one {#}}", '"other"'],
    ["<b>bold", "not closed"],
    ["{n, frobnicate}", "unknown argument type"],
  ])("rejects %s", (message, reason) => {
    expect(() => summarizeIcuMessage(message)).toThrow(reason);
  });
});

describe("checkCatalogues", () => {
  const zh = { A: { title: "标题", count: "{count} 家企业" } };

  it("passes identical shapes", () => {
    const en = { A: { title: "Title", count: "{count, plural, one {# company} other {# companies}}" } };
    expect(checkCatalogues({ zh, en }, "zh")).toEqual([]);
  });

  it("reports missing and extra keys, empty values and different placeholders", () => {
    const en = { A: { count: "{total} companies", extra: "x" }, B: "  " };
    const kinds = checkCatalogues({ zh, en }, "zh").map((problem) => `${problem.kind} ${problem.key}`);
    expect(kinds.sort()).toEqual(["empty-value B", "extra-key A.extra", "extra-key B", "missing-key A.title", "placeholders A.count"]);
  });

  it("reports values that are not text", () => {
    const en = { A: { title: ["Title"], count: "{count}" } };
    expect(checkCatalogues({ zh, en }, "zh").map((problem) => problem.kind)).toEqual(["not-text"]);
  });
});

describe("physical direction checks", () => {
  it("flags physical utilities, with variants and negatives, and suggests logical ones", () => {
    const source = `<div className="sm:ml-4 -mr-2 pl-[3px] text-right border-l-4 rounded-tr-md left-0 float-left" />`;
    expect(findPhysicalUtilitiesInCode(source, "x.tsx").map((problem) => `${problem.found}→${problem.suggestion}`)).toEqual([
      "sm:ml-4→ms-…",
      "-mr-2→-me-…",
      "pl-[3px]→ps-…",
      "text-right→text-end",
      "border-l-4→border-s…",
      "rounded-tr-md→rounded-se…",
      "left-0→start-…",
      "float-left→float-start",
    ]);
  });

  it("leaves logical utilities and prose alone", () => {
    const source = `const a = "ms-4 pe-2 start-0 text-start border-s-4 rounded-s mx-auto"; const b = "turn left-aligned right now";`;
    expect(findPhysicalUtilitiesInCode(source, "x.tsx")).toEqual([]);
  });

  it("reports line and column", () => {
    const [problem] = findPhysicalUtilitiesInCode(`const a = 1;\nconst b = "p-2 mr-1";`, "x.tsx");
    expect(problem).toMatchObject({ line: 2, column: 16, found: "mr-1" });
  });

  it("flags physical CSS properties but not comments or logical ones", () => {
    const css = `/* margin-left: 0 */\n.a { margin-inline-start: 1rem; padding-right: 2px; text-align: left; }\n.b { @apply ml-2; }`;
    expect(findPhysicalPropertiesInCss(css, "x.css").map((problem) => `${problem.line}:${problem.found}`)).toEqual([
      "2:padding-right",
      "2:text-align",
      "3:ml-2",
    ]);
  });
});
