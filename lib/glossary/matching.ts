import type { GlossaryTerm } from "./terms";

/**
 * Whether a text uses a glossary term, in each language's own way:
 * - Chinese: the term (or one of its other forms) as written.
 * - English: ignoring case, a hyphen and a space alike, and the ending of the last word
 *   ("administrative penalties", "Abnormal operations list", "filing codes").
 * - Uyghur: word for word, the last word by its stem, because Uyghur adds suffixes and raises or
 *   drops the last vowel before them: تىزىملىكى → تىزىملىكىگە, كودى → كودلىرى, جازا → جازاسى,
 *   مەبلەغ → مەبلىغى. `ugStem` gives the stem where the rule below is not enough.
 */
export type GlossaryLocale = "zh" | "ug" | "en";

const UYGHUR_VOWELS = new Set([..."اەېىوۇۆۈ"]);
/** Vowels a suffix may raise (ا/ە → ى) or drop (ى): the stem stops before them. */
const CHANGING_VOWELS = new Set([..."اەىې"]);
const MIN_STEM = 2;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The part of a Uyghur word that stays the same under suffixes. */
export function uyghurStem(word: string): string {
  let stem = word;
  // The possessive of the citation form (…كودى, …دائىرىسى): plural and case suffixes replace it.
  if (stem.endsWith("سى") && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith("ى") && stem.length > 3 && !UYGHUR_VOWELS.has(stem.at(-2)!)) stem = stem.slice(0, -1);
  // Then up to the last vowel if a suffix may change it.
  const letters = [...stem];
  for (let index = letters.length - 1; index >= MIN_STEM; index--) {
    if (!UYGHUR_VOWELS.has(letters[index])) continue;
    if (CHANGING_VOWELS.has(letters[index])) return letters.slice(0, index).join("");
    break;
  }
  return stem;
}

function englishStem(word: string): string {
  if (word.length <= 4) return word;
  if (/(?:y|e|s)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** How a form is looked for: words in order, the last one by its stem. */
function formPattern(form: string, locale: "ug" | "en"): RegExp {
  const words = form.normalize("NFC").trim().split(/[\s-]+/);
  const last = words.pop()!;
  if (locale === "en") {
    const parts = [...words.map(escapeRegExp), `${escapeRegExp(englishStem(last))}[\\p{L}']*`];
    return new RegExp(`(?<![\\p{L}])${parts.join("[\\s\\u00a0-]+")}`, "iu");
  }
  const parts = [...words.map(escapeRegExp), `${escapeRegExp(uyghurStem(last))}\\p{L}*`];
  return new RegExp(`(?<![\\p{L}])${parts.join("[\\s\\u00a0-]+")}`, "u");
}

function uyghurPattern(stem: string): RegExp {
  const parts = stem.normalize("NFC").trim().split(/[\s-]+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}])${parts.join("[\\s\\u00a0-]+")}`, "u");
}

/** Normalises typography that is not a difference of wording: curly apostrophes, spacing. */
function normalise(text: string): string {
  return text.normalize("NFC").replace(/[’‘]/g, "'").replace(/[\u200c\u200f\u200e]/g, "");
}

/** The Chinese forms of a term. */
export function chineseForms(term: GlossaryTerm): string[] {
  return [term.zh, ...(term.zhAlso ?? [])];
}

export function mentionsInChinese(text: string, term: GlossaryTerm): boolean {
  return chineseForms(term).some((form) => text.includes(form));
}

const patternCache = new Map<string, RegExp[]>();

function patternsFor(term: GlossaryTerm, locale: "ug" | "en"): RegExp[] {
  const key = `${term.id}:${locale}`;
  let patterns = patternCache.get(key);
  if (!patterns) {
    patterns =
      locale === "en"
        ? [term.en, term.enShort].filter((form): form is string => Boolean(form)).map((form) => formPattern(form, "en"))
        : [
            term.ugStem ? uyghurPattern(term.ugStem) : formPattern(term.ug, "ug"),
            ...(term.ugShort ? [formPattern(term.ugShort, "ug")] : []),
          ];
    patternCache.set(key, patterns);
  }
  return patterns;
}

/** Whether `text` (in `locale`) uses the term's translation. */
export function usesTerm(text: string, term: GlossaryTerm, locale: GlossaryLocale): boolean {
  if (locale === "zh") return mentionsInChinese(text, term);
  const normalised = normalise(text);
  return patternsFor(term, locale).some((pattern) => pattern.test(normalised));
}
