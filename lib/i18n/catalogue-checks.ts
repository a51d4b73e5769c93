import { IcuSyntaxError, summarizeIcuMessage, type IcuSummary } from "./icu-arguments";

/**
 * Checks that keep the message catalogues (messages/{locale}.json) and the interface code
 * translatable and direction-neutral. Pure functions over text and parsed JSON: the script
 * (scripts/check-i18n.ts) and the unit test (tests/unit/i18n) feed them the project's files.
 */

export type CatalogueProblem = {
  kind: "missing-key" | "extra-key" | "empty-value" | "not-text" | "syntax" | "placeholders" | "breakable-hyphen";
  locale: string;
  key: string;
  detail: string;
};

export type DirectionProblem = {
  file: string;
  line: number;
  column: number;
  found: string;
  suggestion: string;
};

/** Nested catalogue → flat `Namespace.key` map. Arrays and non-objects end a path. */
export function flattenCatalogue(value: unknown, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    result.set(prefix, value);
    return result;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === "object" && !Array.isArray(child)) {
      for (const [childPath, leaf] of flattenCatalogue(child, path)) result.set(childPath, leaf);
    } else {
      result.set(path, child);
    }
  }
  return result;
}

/**
 * Arguments by name and tags. The kind of an argument may differ between languages (Chinese
 * needs no plural where English does), its name may not.
 */
function describeSummary(summary: IcuSummary): string {
  const args = Object.keys(summary.arguments).map((name) => `{${name}}`);
  const tags = summary.tags.map((tag) => `<${tag}>`);
  const all = [...args, ...tags];
  return all.length > 0 ? all.join(" ") : "none";
}

/**
 * A number or an argument joined to a Uyghur word by a plain hyphen ("30-ئىيۇن", "{year}-يىللىق"):
 * browsers may break the line after the hyphen, leaving "30-" at the end of one line and its word
 * at the start of the next. Such joins take U+2011, the non-breaking hyphen (written \u2011).
 */
const BREAKABLE_UYGHUR_JOIN = /[0-9}]-(?=[\u0600-\u06FF])/;

/**
 * Compare catalogues against the reference locale: every key present in all, no extra keys,
 * every value non-empty text that parses as ICU, the same argument names and tags; and no
 * breakable hyphen joining a number to a Uyghur word.
 */
export function checkCatalogues(catalogues: Record<string, unknown>, referenceLocale: string): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const flat = new Map(Object.entries(catalogues).map(([locale, catalogue]) => [locale, flattenCatalogue(catalogue)]));
  const reference = flat.get(referenceLocale);
  if (reference === undefined) {
    return [{ kind: "missing-key", locale: referenceLocale, key: "*", detail: `no catalogue for the reference locale "${referenceLocale}"` }];
  }

  const summaries = new Map<string, Map<string, IcuSummary>>();
  for (const [locale, entries] of flat) {
    const parsed = new Map<string, IcuSummary>();
    summaries.set(locale, parsed);
    for (const [key, value] of entries) {
      if (typeof value !== "string") {
        problems.push({ kind: "not-text", locale, key, detail: `value is ${Array.isArray(value) ? "an array" : typeof value}, not text` });
        continue;
      }
      if (value.trim() === "") {
        problems.push({ kind: "empty-value", locale, key, detail: "value is empty" });
        continue;
      }
      const join = BREAKABLE_UYGHUR_JOIN.exec(value);
      if (join) {
        problems.push({ kind: "breakable-hyphen", locale, key, detail: `"${value.slice(join.index, join.index + 8)}…" joins a number to a word with "-": use \\u2011 (non-breaking hyphen)` });
      }
      try {
        parsed.set(key, summarizeIcuMessage(value));
      } catch (error) {
        if (!(error instanceof IcuSyntaxError)) throw error;
        problems.push({ kind: "syntax", locale, key, detail: error.message });
      }
    }
    if (locale === referenceLocale) continue;
    for (const key of reference.keys()) {
      if (!entries.has(key)) problems.push({ kind: "missing-key", locale, key, detail: `missing (present in ${referenceLocale})` });
    }
    for (const key of entries.keys()) {
      if (!reference.has(key)) problems.push({ kind: "extra-key", locale, key, detail: `not in ${referenceLocale}` });
    }
  }

  const referenceSummaries = summaries.get(referenceLocale) ?? new Map<string, IcuSummary>();
  for (const [locale, parsed] of summaries) {
    if (locale === referenceLocale) continue;
    for (const [key, summary] of parsed) {
      const expected = referenceSummaries.get(key);
      if (expected === undefined) continue;
      const want = describeSummary(expected);
      const got = describeSummary(summary);
      if (want !== got) {
        problems.push({ kind: "placeholders", locale, key, detail: `has ${got}, ${referenceLocale} has ${want}` });
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Physical left/right utilities

type PhysicalRule = { pattern: RegExp; logical: (match: RegExpExecArray) => string };

/** Tailwind values that can follow a spacing or inset utility (so prose like "left-aligned" is not flagged). */
const SPACING_VALUE = String.raw`(?:-?\d+(?:\.\d+)?|\d+\/\d+|auto|full|px|\[[^\]\s]+\]|\([^)\s]+\))`;

const SIDE: Record<string, string> = { l: "s", r: "e", left: "start", right: "end" };
const CORNER: Record<string, string> = { tl: "ss", tr: "se", bl: "es", br: "ee" };

const TAILWIND_RULES: PhysicalRule[] = [
  // ml-4, -mr-2, pl-[3px], scroll-ml-4, scroll-pr-2
  {
    pattern: new RegExp(String.raw`^(-?)((?:scroll-)?[mp])([lr])-${SPACING_VALUE}$`),
    logical: (m) => `${m[1]}${m[2]}${SIDE[m[3]]}-…`,
  },
  // left-0, -right-4, left-1/2
  { pattern: new RegExp(String.raw`^(-?)(left|right)-${SPACING_VALUE}$`), logical: (m) => `${m[1]}${SIDE[m[2]]}-…` },
  { pattern: /^text-(left|right)$/, logical: (m) => `text-${SIDE[m[1]]}` },
  { pattern: /^(float|clear)-(left|right)$/, logical: (m) => `${m[1]}-${SIDE[m[2]]}` },
  // border-l, border-r-4, border-l-brand
  { pattern: /^border-([lr])(?:-[\w./[\]#%()-]+)?$/, logical: (m) => `border-${SIDE[m[1]]}…` },
  // rounded-l, rounded-r-lg, rounded-tl-md
  { pattern: /^rounded-([lr])(?:-[\w[\]./]+)?$/, logical: (m) => `rounded-${SIDE[m[1]]}…` },
  { pattern: /^rounded-(tl|tr|bl|br)(?:-[\w[\]./]+)?$/, logical: (m) => `rounded-${CORNER[m[1]]}…` },
];

/** A class token without its variants: `sm:hover:ml-2` → `ml-2`; `!ml-2` / `ml-2!` → `ml-2`. */
function baseUtility(token: string): string {
  const parts = token.split(/:(?![^[]*\])/);
  return (parts[parts.length - 1] ?? "").replace(/^!/, "").replace(/!$/, "");
}

function physicalUtility(token: string): string | null {
  const base = baseUtility(token);
  for (const rule of TAILWIND_RULES) {
    const match = rule.pattern.exec(base);
    if (match) return rule.logical(match);
  }
  return null;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/** Physical left/right Tailwind utilities in the string literals of a .ts/.tsx/.js file. */
export function findPhysicalUtilitiesInCode(source: string, file: string): DirectionProblem[] {
  const problems: DirectionProblem[] = [];
  for (const literal of source.matchAll(STRING_LITERAL)) {
    const body = literal[0];
    const start = literal.index ?? 0;
    for (const token of body.slice(1, -1).matchAll(/[^\s"'`{}]+/g)) {
      const suggestion = physicalUtility(token[0]);
      if (suggestion === null) continue;
      const { line, column } = lineAndColumn(source, start + 1 + (token.index ?? 0));
      problems.push({ file, line, column, found: token[0], suggestion });
    }
  }
  return problems;
}

const CSS_RULES: { pattern: RegExp; suggestion: string }[] = [
  { pattern: /(?<![\w-])(margin|padding|scroll-margin|scroll-padding)-(left|right)\s*:/g, suggestion: "margin/padding-inline-start/end" },
  { pattern: /(?<![\w-])border-(left|right)(-[a-z]+)?\s*:/g, suggestion: "border-inline-start/end" },
  { pattern: /(?<![\w-])border-(top|bottom)-(left|right)-radius\s*:/g, suggestion: "border-start/end-start/end-radius" },
  { pattern: /(?<![\w-])(left|right)\s*:/g, suggestion: "inset-inline-start/end" },
  { pattern: /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/g, suggestion: "start/end" },
];

/** Physical left/right properties and `@apply`'d utilities in a stylesheet (comments ignored). */
export function findPhysicalPropertiesInCss(source: string, file: string): DirectionProblem[] {
  // Blank out comments but keep offsets, so line numbers stay right.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const problems: DirectionProblem[] = [];
  for (const rule of CSS_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const { line, column } = lineAndColumn(text, match.index ?? 0);
      problems.push({ file, line, column, found: match[0].replace(/\s*:.*$/, ""), suggestion: rule.suggestion });
    }
  }
  for (const apply of text.matchAll(/@apply\s+([^;]+);/g)) {
    for (const token of apply[1].matchAll(/\S+/g)) {
      const suggestion = physicalUtility(token[0]);
      if (suggestion === null) continue;
      const { line, column } = lineAndColumn(text, (apply.index ?? 0) + apply[0].indexOf(apply[1]) + (token.index ?? 0));
      problems.push({ file, line, column, found: token[0], suggestion });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
