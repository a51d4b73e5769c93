/**
 * The canonical form of Uyghur Arabic-script text (UEY), for search: the indexed names and the
 * query both go through normalizeUyghurArabic, so variant spellings of the same letters match.
 *
 * Canonical form: the 32 letters of the Uyghur alphabet by their standard code points
 *
 *   ا ە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ و ۇ ۆ ۈ ۋ ې ى ي  and the hamza carrier ئ,
 *
 * no presentation forms, no tatweel or invisible format characters, ASCII digits, single spaces.
 * Latin letters, punctuation and anything else are kept as they are (case included: lower-case
 * for comparison, see ./search-forms.ts). What is folded, in this order:
 *
 * | Input                                                  | Becomes                               |
 * | ------------------------------------------------------ | ------------------------------------- |
 * | presentation forms U+FB50–FDFF, U+FE70–FEFF (ﺋﺎ ﻙ ﯨ …) | their letters (NFKC, per character)   |
 * | ٵ ٶ ٷ ٸ (high-hamza letters)                           | ئا ئو ئۇ ئ                            |
 * | أ آ إ ؤ ء                                              | ئا ئا ئى ئو ئ                         |
 * | a letter + combining hamza (U+0654, U+0655, U+0674)    | ئ + the letter (ى/ي + hamza: ئ)       |
 * | ک ڪ (keheh, swash kaf)                                 | ك                                     |
 * | ݣ (kaf with three dots, Kazakh-style ng)               | ڭ                                     |
 * | ۀ                                                      | ە                                     |
 * | ه (Arabic heh), ی (Farsi yeh)                          | by context, see below                 |
 * | ٠–٩ and ۰–۹                                            | 0–9                                   |
 * | tatweel ـ, harakat, ZWJ/ZWNJ/ZWSP, bidi marks, BOM, SHY | removed                               |
 * | any run of white space                                 | one space; none at either end         |
 *
 * Context rules (Persian keyboards and old converters write these): vowel letters are
 * ا ە و ۇ ۆ ۈ ې ى; a word is a run of Arabic letters. Each rule sees the letter before as already
 * resolved and the letter after as typed (an unresolved ه/ی counts as a consonant).
 * - ه → ە (the vowel e) right after ئ; → ھ (h) at the start of a word, or next to a vowel letter;
 *   → ە otherwise (between consonants, or after a consonant at the end of a word): شههر → شەھەر,
 *   قهشقهر → قەشقەر, ئىلهام → ئىلھام.
 * - ی → ى (the vowel i) right after ئ; → ي (y) at the start of a word, or next to a vowel
 *   letter; → ى otherwise: شیرکیتی → شىركىتى, یاڭاق → ياڭاق, مەسئۇلییەت → مەسئۇلىيەت.
 * Arabic yeh ي is the Uyghur letter y and is kept as it is: guessing it too would turn a
 * correctly typed query that stops after y ("شي", the start of شياڭ) into i.
 * Normalising twice gives the same text as normalising once.
 */

/** A source code point and what it became: `from`/`to` are UTF-16 offsets in the source. */
export type TracedPoint = { from: number; to: number; text: string };

export const UYGHUR_VOWELS = new Set(["ا", "ە", "و", "ۇ", "ۆ", "ۈ", "ې", "ى"]);
export const HAMZA = "ئ";

const ARABIC_LETTER = /^[\p{Script=Arabic}]$/u;
const LETTER = /^\p{L}$/u;

/** Letters written for a hamza letter, before NFKC (which would split them differently). */
const BEFORE_NFKC: Record<string, string> = { "ٵ": "ئا", "ٶ": "ئو", "ٷ": "ئۇ", "ٸ": "ئ" };

/** One character (after NFKC) → its canonical text; characters not listed stay as they are. */
const CHARACTER_MAP: Record<string, string> = {
  "ک": "ك",
  "ڪ": "ك",
  "ݣ": "ڭ",
  "ۀ": "ە",
  "أ": "ئا",
  "آ": "ئا",
  "إ": "ئى",
  "ؤ": "ئو",
  "ء": "ئ",
};
for (let digit = 0; digit < 10; digit++) {
  CHARACTER_MAP[String.fromCharCode(0x0660 + digit)] = String(digit);
  CHARACTER_MAP[String.fromCharCode(0x06f0 + digit)] = String(digit);
}

/** Tatweel, harakat and invisible format characters: dropped. */
const REMOVED = /[\u0640\u064B-\u0653\u0656-\u065F\u0670\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF\u00AD]/u;
/** Combining hamza above/below and high hamza: they belong to the letter before them. */
const HAMZA_MARK = /[\u0654\u0655\u0674]/u;
const SPACE = /^\s$/u;

export const isArabicLetter = (char: string | undefined): boolean => char !== undefined && ARABIC_LETTER.test(char) && LETTER.test(char);
const isVowel = (char: string | undefined) => char !== undefined && UYGHUR_VOWELS.has(char);

type Cell = { char: string; point: number };

/**
 * The canonical text of `text`, one entry per source code point (what it became, possibly
 * empty): the basis of highlighting a match in the text as it was written.
 */
export function traceUyghurArabic(text: string): TracedPoint[] {
  const points: TracedPoint[] = [];
  const cells: Cell[] = [];
  let offset = 0;
  for (const codePoint of text) {
    const point = points.length;
    points.push({ from: offset, to: offset + codePoint.length, text: "" });
    offset += codePoint.length;
    const expanded = BEFORE_NFKC[codePoint] ?? codePoint.normalize("NFKC");
    for (const char of expanded) {
      if (REMOVED.test(char)) continue;
      if (HAMZA_MARK.test(char)) {
        attachHamza(cells, point);
        continue;
      }
      const mapped = SPACE.test(char) ? " " : (CHARACTER_MAP[char] ?? char);
      for (const out of mapped) cells.push({ char: out, point });
    }
  }
  resolveByContext(cells);
  for (const cell of collapseSpaces(cells)) points[cell.point].text += cell.char;
  return points;
}

/** A combining hamza after a letter: ى/ي/ی become ئ, any other letter gets ئ before it. */
function attachHamza(cells: Cell[], point: number): void {
  const last = cells.at(-1);
  if (last === undefined || !isArabicLetter(last.char)) cells.push({ char: HAMZA, point });
  else if (last.char === "ى" || last.char === "ي" || last.char === "ی") last.char = HAMZA;
  else cells.splice(cells.length - 1, 0, { char: HAMZA, point: last.point });
}

function resolveByContext(cells: Cell[]): void {
  for (let index = 0; index < cells.length; index++) {
    const char = cells[index].char;
    if (char !== "ه" && char !== "ی") continue;
    const before = isArabicLetter(cells[index - 1]?.char) ? cells[index - 1].char : undefined;
    const after = isArabicLetter(cells[index + 1]?.char) ? cells[index + 1].char : undefined;
    const [vowel, consonant] = char === "ه" ? ["ە", "ھ"] : ["ى", "ي"];
    if (before === HAMZA) cells[index].char = vowel;
    else if (before === undefined || isVowel(before) || isVowel(after)) cells[index].char = consonant;
    else cells[index].char = vowel;
  }
}

/** Runs of spaces become one; none at either end. */
function collapseSpaces(cells: Cell[]): Cell[] {
  const kept: Cell[] = [];
  for (const cell of cells) {
    if (cell.char === " " && (kept.length === 0 || kept[kept.length - 1].char === " ")) continue;
    kept.push(cell);
  }
  while (kept.length > 0 && kept[kept.length - 1].char === " ") kept.pop();
  return kept;
}

/** Uyghur Arabic-script text in its canonical form (see the table above). */
export function normalizeUyghurArabic(text: string): string {
  return traceUyghurArabic(text)
    .map((point) => point.text)
    .join("");
}

/** Whether a text holds Arabic-script characters (tatweel and the Arabic comma included). */
export function hasArabicScript(text: string): boolean {
  return /\p{Script_Extensions=Arabic}/u.test(text);
}
