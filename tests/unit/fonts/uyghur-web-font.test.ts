import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { UYGHUR_WEB_FONT_FILES } from "@/components/layout/uyghur-web-font";

/*
 * The Uyghur web font the app serves (components/layout/uyghur-web-font.ts, declared in
 * app/globals.css): the files under public/fonts, read here as the browser gets them, must be the
 * npm package's own, cover the Uyghur alphabet in every joining form, the Arabic comma, semicolon
 * and question mark, and the Latin digits and punctuation used inside Uyghur text; and the declared
 * unicode-ranges must be the package's.
 */
const PACKAGE_DIR = path.join(process.cwd(), "node_modules/@fontsource-variable/vazirmatn");
const stylesheet = readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");
const faces = stylesheet
  .split("@font-face")
  .slice(1)
  .map((block) => block.slice(0, block.indexOf("}")))
  .filter((block) => block.includes('"Vazirmatn Uyghur"'));

/** The file each @font-face names, as served from public/. */
const servedFiles = faces.map((face) => path.join(process.cwd(), "public", /src:\s*url\("([^"]+\.woff2)"\)/.exec(face)![1]));
const arabicFile = servedFiles.find((file) => file.includes("arabic"));
const latinFile = servedFiles.find((file) => file.includes("latin"));

/** The 32 letters of the Uyghur alphabet (Arabic script, in its order), with the hamza ئ that carries a vowel. */
const UYGHUR_LETTERS = ["ئ", "ا", "ە", "ب", "پ", "ت", "ج", "چ", "خ", "د", "ر", "ز", "ژ", "س", "ش", "غ", "ف", "ق", "ك", "گ", "ڭ", "ل", "م", "ن", "ھ", "و", "ۇ", "ۆ", "ۈ", "ۋ", "ې", "ى", "ي"];
/** Letters that join only to the letter before them (no initial or medial form). */
const RIGHT_JOINING = new Set(["ا", "ە", "د", "ر", "ز", "ژ", "و", "ۇ", "ۆ", "ۈ", "ۋ"]);
const ARABIC_PUNCTUATION = ["،", "؛", "؟"];
const LATIN_IN_UYGHUR_TEXT = [..."0123456789.,:;!?()[]-–—/%+\"'«»‹› "];

type ShapedRun = { glyphs: { id: number; codePoints: number[] }[] };

/** fontkit remembers each glyph with the characters it was first reached by, which changes how a
 *  later run is joined: every layout gets a fresh copy of the font. */
function freshFont(file: string): fontkit.Font {
  return fontkit.create(readFileSync(file)) as fontkit.Font;
}

/** The glyph drawn for `letter` when it stands in `text` (shaped as the browser shapes it). */
function glyphOf(file: string, text: string, letter: string): number {
  const run = freshFont(file).layout(text) as ShapedRun;
  const glyph = run.glyphs.find((candidate) => candidate.codePoints.includes(letter.codePointAt(0)!));
  if (!glyph) throw new Error(`No glyph for ${letter} in ${text}`);
  return glyph.id;
}

function unicodeRanges(css: string): string[] {
  return css.split(",").map((range) => range.trim().toUpperCase()).filter(Boolean);
}

describe("the Uyghur web font", () => {
  it("is served from two woff2 files, the package's Arabic-script and Latin parts, named by its version", () => {
    const version = JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")).version as string;
    expect(servedFiles.map((file) => path.relative(process.cwd(), file))).toEqual([
      `public/fonts/vazirmatn-arabic-wght-${version}.woff2`,
      `public/fonts/vazirmatn-latin-wght-${version}.woff2`,
    ]);
    expect(readFileSync(arabicFile!).equals(readFileSync(path.join(PACKAGE_DIR, "files/vazirmatn-arabic-wght-normal.woff2")))).toBe(true);
    expect(readFileSync(latinFile!).equals(readFileSync(path.join(PACKAGE_DIR, "files/vazirmatn-latin-wght-normal.woff2")))).toBe(true);
    for (const face of faces) expect(face).toMatch(/font-display:\s*swap/);
  });

  it("is preloaded from the file the stylesheet names", () => {
    expect(`public${UYGHUR_WEB_FONT_FILES.arabic}`).toBe(path.relative(process.cwd(), arabicFile!));
    expect(`public${UYGHUR_WEB_FONT_FILES.latin}`).toBe(path.relative(process.cwd(), latinFile!));
  });

  it("has a glyph for every Uyghur letter and the Arabic comma, semicolon and question mark", () => {
    const font = freshFont(arabicFile!);
    const missing = [...UYGHUR_LETTERS, ...ARABIC_PUNCTUATION].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it("has the Latin digits and punctuation used inside Uyghur text", () => {
    const font = freshFont(latinFile!);
    const missing = LATIN_IN_UYGHUR_TEXT.filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it("is a variable font with the weights the site uses (400, 600, 700)", () => {
    for (const file of servedFiles) {
      const axis = freshFont(file).variationAxes.wght;
      expect(axis.min).toBeLessThanOrEqual(400);
      expect(axis.max).toBeGreaterThanOrEqual(700);
    }
  });

  // Each form is a glyph of its own, reached through the font's GSUB (init, medi, fina).
  for (const letter of UYGHUR_LETTERS) {
    it(`joins ${letter} in all its forms`, () => {
      const file = arabicFile!;
      // A dual-joining neighbour other than the letter itself.
      const other = letter === "س" ? "ب" : "س";
      const isolated = glyphOf(file, letter, letter);
      const final = glyphOf(file, `${other}${letter}`, letter);
      const forms = [isolated, final];
      if (!RIGHT_JOINING.has(letter)) {
        forms.push(glyphOf(file, `${letter}${other}`, letter), glyphOf(file, `${other}${letter}${other}`, letter));
      }
      expect(forms).not.toContain(0);
      expect(new Set(forms).size).toBe(forms.length);
    });
  }

  it("shapes Uyghur words without missing glyphs", () => {
    for (const word of ["ئۈرۈمچى", "قەشقەر", "ئىلى", "شىنجاڭ", "كارخانا", "تىزىملاش", "ئېلان", "ھۆكۈمەت"]) {
      const { glyphs } = freshFont(arabicFile!).layout(word) as ShapedRun;
      expect(glyphs.map((glyph) => glyph.id)).not.toContain(0);
    }
  });

  it("declares the unicode-ranges of the package's own stylesheet", () => {
    const packageCss = readFileSync(path.join(PACKAGE_DIR, "index.css"), "utf8");
    const packageRanges = (subset: string) => {
      const block = packageCss.split("@font-face").find((face) => face.includes(`${subset}-wght-normal.woff2`));
      return unicodeRanges(/unicode-range:\s*([^;]+);/.exec(block ?? "")?.[1] ?? "");
    };
    const declared = faces.map((face) => unicodeRanges(/unicode-range:\s*([^;]+);/.exec(face)![1]));
    expect(declared).toHaveLength(2);
    // The Arabic part: the package's ranges in the Basic Multilingual Plane (the others are scripts
    // Uyghur never uses: Arabic mathematical letters, Rumi numerals, …).
    expect(declared[0]).toEqual(packageRanges("arabic").filter((range) => /^U\+[0-9A-F]{1,4}(-[0-9A-F]{1,4})?$/.test(range)));
    expect(declared[1]).toEqual(packageRanges("latin"));
    // Every Uyghur letter and punctuation mark falls in the Arabic part's ranges.
    const inRanges = (codePoint: number) =>
      declared[0].some((range) => {
        const [from, to = from] = range.slice(2).split("-").map((hex) => Number.parseInt(hex, 16));
        return codePoint >= from && codePoint <= to;
      });
    expect([...UYGHUR_LETTERS, ...ARABIC_PUNCTUATION].filter((character) => !inRanges(character.codePointAt(0)!))).toEqual([]);
  });
});
