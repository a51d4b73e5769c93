import { describe, expect, it } from "vitest";
import { normalizeUyghurArabic } from "@/lib/uyghur/normalize";
import { arabicToLatin, latinToArabic } from "@/lib/uyghur/transliteration";
import { WORDS } from "./word-list";

/** Uyghur Arabic script ↔ Uyghur Latin script (lib/uyghur/transliteration.ts). */
describe("Uyghur transliteration", () => {
  it("holds a word list of real words, each written with Uyghur letters only", () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(100);
    const alphabet = new Set(Array.from("اەبپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيئ-"));
    for (const [arabic] of WORDS) expect(Array.from(arabic).filter((char) => !alphabet.has(char)), arabic).toEqual([]);
  });

  it.each(WORDS)("%s ↔ %s", (arabic, latin) => {
    expect(arabicToLatin(arabic)).toBe(latin);
    expect(latinToArabic(latin)).toBe(arabic);
    // Round trips both ways.
    expect(latinToArabic(arabicToLatin(arabic))).toBe(arabic);
    expect(arabicToLatin(latinToArabic(latin))).toBe(latin);
  });

  it("transliterates whole names, word by word, with punctuation and digits", () => {
    const name = "ئۈرۈمچى تەڭرىتاغ سانلىق مەلۇمات مۇلازىمەت چەكلىك شىركىتى";
    expect(arabicToLatin(name)).toBe("ürümchi tengritagh sanliq melumat mulazimet cheklik shirkiti");
    expect(latinToArabic(arabicToLatin(name))).toBe(name);
    expect(arabicToLatin("تىيەنشان (شىنجاڭ) سودا، 2-شۆبە؟")).toBe("tiyenshan (shinjang) soda, 2-shöbe?");
    expect(latinToArabic("tiyenshan (shinjang) soda, 2-shöbe?")).toBe("تىيەنشان (شىنجاڭ) سودا، 2-شۆبە؟");
  });

  it("drops ئ at the start of every word, also after a hyphen, and writes it as ' inside one", () => {
    expect(arabicToLatin("ئۆي-ئىمارەت")).toBe("öy-imaret");
    expect(latinToArabic("öy-imaret")).toBe("ئۆي-ئىمارەت");
    expect(arabicToLatin("مەسئۇل")).toBe("mes'ul");
  });

  it("separates n'g, n'gh, s'h, z'h and g'h, and reads ng sh zh gh ch as one letter otherwise", () => {
    expect(arabicToLatin("نگ نغ سھ زھ گھ")).toBe("n'g n'gh s'h z'h g'h");
    expect(latinToArabic("n'g n'gh s'h z'h g'h")).toBe("نگ نغ سھ زھ گھ");
    expect(latinToArabic("ng gh sh zh ch")).toBe("ڭ غ ش ژ چ");
    // After ڭ, غ or ش no separator is needed: the pair reads one way only.
    expect(arabicToLatin("ڭگ ڭھ شھ غھ")).toBe("ngg ngh shh ghh");
    expect(latinToArabic("ngg ngh shh ghh")).toBe("ڭگ ڭھ شھ غھ");
  });

  it("accepts what people type without ULY's letters: capitals, ë, v, curly apostrophes, decomposed accents", () => {
    expect(latinToArabic("Ürümchi")).toBe("ئۈرۈمچى");
    expect(latinToArabic("U\u0308ru\u0308mchi")).toBe("ئۈرۈمچى");
    expect(latinToArabic("ëlëktr")).toBe("ئېلېكتر");
    expect(latinToArabic("ÉLÉKTR")).toBe("ئېلېكتر");
    expect(latinToArabic("vetan")).toBe(latinToArabic("wetan"));
    expect(latinToArabic("sa’et")).toBe("سائەت");
    expect(latinToArabic("saʼet")).toBe("سائەت");
    expect(latinToArabic("sa`et")).toBe("سائەت");
  });

  it("puts ئ before a vowel that follows a vowel, with or without the apostrophe", () => {
    expect(latinToArabic("saet")).toBe("سائەت");
    expect(latinToArabic("aile")).toBe("ئائىلە");
    // Plain o, u, e are o, u, e: ASCII typing finds ö, ü, é in search (lib/uyghur/search-forms.ts), not here.
    expect(latinToArabic("urumchi")).toBe("ئۇرۇمچى");
  });

  it("keeps an apostrophe that is not between two letters, as a quote", () => {
    expect(latinToArabic("'soda'")).toBe("'سودا'");
  });

  it("documents the one spelling that does not come back: vowels side by side without ئ (loanwords)", () => {
    expect(arabicToLatin("يۈەن")).toBe("yüen");
    expect(latinToArabic("yüen")).toBe("يۈئەن");
    expect(arabicToLatin("كووپېراتىپى")).toBe("koopératipi");
    expect(latinToArabic("koopératipi")).toBe("كوئوپېراتىپى");
  });

  it("normalises before transliterating: variant letters read as the Uyghur ones", () => {
    expect(arabicToLatin("قهشقهر")).toBe("qeshqer");
    expect(arabicToLatin("شیرکیتی")).toBe("shirkiti");
    expect(arabicToLatin("ﺋﯜﺭﯛﻣﭽﻰ")).toBe("ürümchi");
    expect(arabicToLatin(normalizeUyghurArabic("ﺋﯜﺭﯛﻣﭽﻰ"))).toBe("ürümchi");
  });

  it("passes through what is not Uyghur", () => {
    expect(arabicToLatin("新疆 ABC 123")).toBe("新疆 ABC 123");
    expect(latinToArabic("新疆 123")).toBe("新疆 123");
    expect(arabicToLatin("")).toBe("");
  });
});
