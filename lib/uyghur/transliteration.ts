import { HAMZA, isArabicLetter, traceUyghurArabic, UYGHUR_VOWELS, type TracedPoint } from "./normalize";

/**
 * Transliteration between Uyghur Arabic script (UEY, Uyghur Ereb Yéziqi) and Uyghur Latin script
 * (ULY, Uyghur Latin Yéziqi), one letter for one letter:
 *
 * | UEY | ULY | UEY | ULY | UEY | ULY | UEY | ULY |
 * | --- | --- | --- | --- | --- | --- | --- | --- |
 * | ا   | a   | د   | d   | ق   | q   | و   | o   |
 * | ە   | e   | ر   | r   | ك   | k   | ۇ   | u   |
 * | ب   | b   | ز   | z   | گ   | g   | ۆ   | ö   |
 * | پ   | p   | ژ   | zh  | ڭ   | ng  | ۈ   | ü   |
 * | ت   | t   | س   | s   | ل   | l   | ۋ   | w   |
 * | ج   | j   | ش   | sh  | م   | m   | ې   | é   |
 * | چ   | ch  | غ   | gh  | ن   | n   | ى   | i   |
 * | خ   | x   | ف   | f   | ھ   | h   | ي   | y   |
 *
 * - The hamza carrier ئ (written before every vowel that starts a syllable without a consonant)
 *   is not written at the start of a word (ئۈرۈمچى → ürümchi) and is an apostrophe inside one
 *   (سائەت → sa'et, مەسئۇلىيەت → mes'uliyet).
 * - An apostrophe also separates two letters that would otherwise read as a digraph: n'g, n'gh
 *   (ن + گ/غ, ئەنگلىيە → en'gliye, بايىنغولىن → bayin'gholin), s'h, z'h, g'h (س/ز/گ + ھ:
 *   ئىسھاق → is'haq, مەزھەپ → mez'hep). Without one, ng sh zh gh ch are always one letter.
 * - Punctuation: ، ؛ ؟ ↔ , ; ?. Digits, spaces and anything else pass through unchanged.
 *
 * Latin → Arabic reads the same table the other way, after lower-casing, and also accepts what
 * people type without ULY's letters: ë for é (as in older ULY texts), v for w (ULY has no v;
 * loanwords write w), and any of ' ’ ʼ ‘ ` ´ as the apostrophe. Plain o, u, e stay ۇ/و/ە: "o'"
 * or "oe" for ö would clash with the apostrophe and with o + e. A vowel gets ئ before it at the
 * start of a word, after an apostrophe, and directly after another vowel (people leave the
 * apostrophe out: "saet" → سائەت). Hence the one spelling that does not survive a round trip:
 * vowels side by side without ئ, found in loanwords only (يۈەن yüen, كووپېراتىپ koopératip),
 * come back with ئ between them. Search never needs the way back: it compares Latin forms
 * (./search-forms.ts), where such words match as written.
 */

const ARABIC_TO_LATIN: Record<string, string> = {
  "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d", "ر": "r", "ز": "z",
  "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m",
  "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "é", "ى": "i", "ي": "y",
  "،": ",", "؛": ";", "؟": "?",
};

/** Pairs that need an apostrophe between them in Latin, lest they read as ng, gh, sh, zh. */
const SEPARATED = new Set(["نگ", "نغ", "سھ", "زھ", "گھ"]);

/** The Latin text of each source code point of Arabic-script `text` (normalised first). */
export function traceArabicToLatin(text: string): TracedPoint[] {
  const points = traceUyghurArabic(text);
  const cells = points.flatMap((point, index) => Array.from(point.text, (char) => ({ char, point: index })));
  const latin = points.map((point) => ({ ...point, text: "" }));
  cells.forEach((cell, index) => {
    const before = cells[index - 1]?.char;
    let out: string;
    if (cell.char === HAMZA) out = isArabicLetter(before) ? "'" : "";
    else out = ARABIC_TO_LATIN[cell.char] ?? cell.char;
    if (before !== undefined && SEPARATED.has(before + cell.char)) out = `'${out}`;
    latin[cell.point].text += out;
  });
  return latin;
}

/** Uyghur Arabic script → Uyghur Latin script (ULY), after normalizeUyghurArabic. */
export function arabicToLatin(text: string): string {
  return traceArabicToLatin(text)
    .map((point) => point.text)
    .join("");
}

const LATIN_DIGRAPHS: Record<string, string> = { ch: "چ", gh: "غ", ng: "ڭ", sh: "ش", zh: "ژ" };
const LATIN_LETTERS: Record<string, string> = {
  a: "ا", e: "ە", b: "ب", p: "پ", t: "ت", j: "ج", x: "خ", d: "د", r: "ر", z: "ز", s: "س", f: "ف", q: "ق", k: "ك",
  g: "گ", l: "ل", m: "م", n: "ن", h: "ھ", o: "و", u: "ۇ", "ö": "ۆ", "ü": "ۈ", w: "ۋ", v: "ۋ", "é": "ې", "ë": "ې",
  i: "ى", y: "ي",
};
const LATIN_PUNCTUATION: Record<string, string> = { ",": "،", ";": "؛", "?": "؟" };
export const APOSTROPHES = /['’ʼ‘`´]/u;

/** Uyghur Latin script (ULY, and the typings above) → Uyghur Arabic script. */
export function latinToArabic(text: string): string {
  const chars = Array.from(text.normalize("NFC").toLowerCase());
  let out = "";
  /** What the last written letter was: none (start of a word), a vowel or a consonant. */
  let last: "none" | "vowel" | "consonant" = "none";
  let isAfterApostrophe = false;
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index];
    if (APOSTROPHES.test(char)) {
      const next = chars[index + 1];
      // Between two letters: a separator (before a vowel, the hamza). Anywhere else: a quote.
      const isBeforeLetter = next !== undefined && (LATIN_LETTERS[next] !== undefined || LATIN_DIGRAPHS[next + (chars[index + 2] ?? "")] !== undefined);
      if (last !== "none" && isBeforeLetter) {
        isAfterApostrophe = true;
        continue;
      }
      out += char;
      last = "none";
      continue;
    }
    const digraph = LATIN_DIGRAPHS[char + (chars[index + 1] ?? "")];
    if (digraph !== undefined) {
      out += digraph;
      index++;
      last = "consonant";
      isAfterApostrophe = false;
      continue;
    }
    const letter = LATIN_LETTERS[char];
    if (letter === undefined) {
      out += LATIN_PUNCTUATION[char] ?? char;
      last = "none";
      isAfterApostrophe = false;
      continue;
    }
    if (UYGHUR_VOWELS.has(letter)) {
      if (last !== "consonant" || isAfterApostrophe) out += HAMZA;
      last = "vowel";
    } else {
      last = "consonant";
    }
    out += letter;
    isAfterApostrophe = false;
  }
  return out;
}
