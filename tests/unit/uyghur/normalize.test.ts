import { describe, expect, it } from "vitest";
import { normalizeUyghurArabic } from "@/lib/uyghur/normalize";
import { foldUyghurLatin, uyghurFormsContain, uyghurQueryForm, uyghurSearchForms } from "@/lib/uyghur/search-forms";
import { WORDS } from "./word-list";

/**
 * Every letter's presentation forms (U+FB50–FDFF, U+FE70–FEFF), found by NFKC: the forms a
 * shaping engine or an old font encoding writes instead of the letters.
 */
function presentationForms(): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [from, to] of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]]) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const letter = char.normalize("NFKC");
      if (letter === char || Array.from(letter).length !== 1) continue;
      forms.set(letter, [...(forms.get(letter) ?? []), char]);
    }
  }
  return forms;
}

/** Cases of text typed with variant letters, and the canonical text they stand for. */
const VARIANTS: readonly (readonly [string, string, string])[] = [
  ["Arabic heh for ە, between consonants and at the end", "قهشقهر", "قەشقەر"],
  ["Arabic heh for ە after a consonant at the end of a word", "ئائىله", "ئائىلە"],
  ["Arabic heh for ھ at the start of a word", "ههسسىدارلىق", "ھەسسىدارلىق"],
  ["Arabic heh for ھ after a vowel", "دېهقانلار", "دېھقانلار"],
  ["Arabic heh for ھ before a vowel", "ئىلهام", "ئىلھام"],
  ["Arabic heh for both", "شهههر", "شەھەر"],
  ["Arabic heh after ئ", "ئهتلهس", "ئەتلەس"],
  ["Farsi yeh for ى and keheh for ك", "شیرکیتی", "شىركىتى"],
  ["Farsi yeh for ى at the end", "ئۈرۈمچی", "ئۈرۈمچى"],
  ["Farsi yeh for ي at the start", "یاڭاق", "ياڭاق"],
  ["Farsi yeh for ي after a vowel", "قارامای", "قاراماي"],
  ["Farsi yeh for both", "مەسئۇلییەت", "مەسئۇلىيەت"],
  ["keheh", "کورلا", "كورلا"],
  ["kaf with three dots for ڭ", "شىنجاݣ", "شىنجاڭ"],
  ["alef with hamza above", "أنار", "ئانار"],
  ["alef with madda", "آلما", "ئالما"],
  ["alef with hamza below", "إلى", "ئىلى"],
  ["waw with hamza", "ؤردا", "ئوردا"],
  ["a lone hamza", "ساءەت", "سائەت"],
  ["yeh + combining hamza", "\u064A\u0654\u0627\u0642\u0633\u06C7", "ئاقسۇ"],
  ["alef maksura + combining hamza", "\u0649\u0654\u0627\u0642\u0633\u06C7", "ئاقسۇ"],
  ["alef + combining hamza", "\u0627\u0654\u0642\u0633\u06C7", "ئاقسۇ"],
  ["high hamza letters", "ٷيغۇر ٵنار", "ئۇيغۇر ئانار"],
  ["high hamza yeh", "ٸاقسۇ", "ئاقسۇ"],
  ["tatweel", "سـودا شـىركـىتى", "سودا شىركىتى"],
  ["zero-width joiner and non-joiner", "سو\u200Dدا\u200C", "سودا"],
  ["bidi marks and a byte-order mark", "\uFEFF\u200Fسودا\u200E\u061C", "سودا"],
  ["harakat", "سَودا", "سودا"],
  ["Arabic-Indic and extended digits", "٢٠٢٥-۲۰۲۵", "2025-2025"],
  ["white space", "  سودا\u00A0\u00A0 شىركىتى\t", "سودا شىركىتى"],
];

describe("normalizing Uyghur Arabic script", () => {
  it("leaves canonical text as it is", () => {
    for (const [arabic] of WORDS) expect(normalizeUyghurArabic(arabic)).toBe(arabic);
    expect(normalizeUyghurArabic("ABC سودا (2)")).toBe("ABC سودا (2)");
  });

  it("keeps Arabic yeh as the letter y, also where a typed query stops after it", () => {
    expect(normalizeUyghurArabic("شي")).toBe("شي");
    expect(normalizeUyghurArabic("تيەن")).toBe("تيەن");
  });

  it.each(VARIANTS)("folds %s", (_label, variant, canonical) => {
    expect(normalizeUyghurArabic(variant)).toBe(canonical);
    expect(normalizeUyghurArabic(normalizeUyghurArabic(variant))).toBe(canonical);
  });

  it("folds every letter's presentation forms, in every word of the list", () => {
    const forms = presentationForms();
    for (const letter of "ابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيئ") expect(forms.get(letter)?.length ?? 0, letter).toBeGreaterThan(0);
    // ە has no presentation forms of its own: fonts and old converters write heh's (ﻩ ﻪ).
    forms.set("ە", ["\uFEE9", "\uFEEA"]);
    for (const [arabic] of WORDS) {
      // Each letter by each of its forms in turn (isolated, final, initial, medial — whatever the block holds).
      for (let variant = 0; variant < 4; variant++) {
        const written = Array.from(arabic, (char) => {
          const list = forms.get(char);
          return list ? list[variant % list.length] : char;
        }).join("");
        expect(normalizeUyghurArabic(written), written).toBe(arabic);
      }
    }
  });

  it("folds the Uyghur ligatures of ئ with a vowel", () => {
    // U+FBEA ARABIC LIGATURE YEH WITH HAMZA ABOVE WITH ALEF ISOLATED FORM, …
    expect(normalizeUyghurArabic("\uFBEAقسۇ")).toBe("ئاقسۇ");
    expect(normalizeUyghurArabic("\uFBF2ي")).toBe("ئۆي");
  });
});

describe("Uyghur search forms", () => {
  it("gives a name's canonical Arabic form and its folded Latin form", () => {
    expect(uyghurSearchForms("ئۈرۈمچى تەڭرىتاغ سودا چەكلىك شىركىتى")).toEqual({
      arabic: "ئۈرۈمچى تەڭرىتاغ سودا چەكلىك شىركىتى",
      latin: "urumchi tengritagh soda cheklik shirkiti",
    });
    expect(uyghurSearchForms("ABC مەسئۇلىيەت")).toEqual({ arabic: "abc مەسئۇلىيەت", latin: "abc mesuliyet" });
    expect(uyghurSearchForms(null)).toEqual({ arabic: "", latin: "" });
  });

  it("folds Latin as people type it: case, ö ü é ë, apostrophes", () => {
    expect(foldUyghurLatin("Ürümchi")).toBe("urumchi");
    expect(foldUyghurLatin("U\u0308RU\u0308MCHI")).toBe("urumchi");
    expect(foldUyghurLatin("ëlëktr")).toBe(foldUyghurLatin("éléktr"));
    expect(foldUyghurLatin("sa’et")).toBe("saet");
    expect(foldUyghurLatin("ｑｅｓｈｑｅｒ")).toBe("qeshqer");
  });

  it("finds a name from either script, with variant letters or without diacritics", () => {
    const forms = uyghurSearchForms("ئۈرۈمچى شىنجاڭ سائەت سودا چەكلىك مەسئۇلىيەت شىركىتى");
    for (const query of ["ürümchi", "urumchi", "Ürümchi", "rumch", "shinjang", "sa'et", "saet", "mesuliyet", "mes’uliyet", "ئۈرۈمچى", "ئۈرۈمچی", "ﺋﯜﺭﯛﻣﭽﻰ", "شیرکیتی", "مەسئۇلییەت", "چەكلىك"]) {
      expect(uyghurFormsContain(forms, query), query).toBe(true);
    }
    for (const query of ["urumqi", "kashgar", "قەشقەر", "ئوي"]) expect(uyghurFormsContain(forms, query), query).toBe(false);
  });

  it("compares an Arabic part in Arabic, anything else in folded Latin", () => {
    expect(uyghurQueryForm("ﺳﻮﺩﺍ")).toEqual({ script: "arabic", text: "سودا" });
    expect(uyghurQueryForm("Soda")).toEqual({ script: "latin", text: "soda" });
    expect(uyghurQueryForm("ـ")).toBeNull();
  });
});
