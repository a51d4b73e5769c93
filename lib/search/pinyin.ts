import { pinyin } from "pinyin-pro";

/**
 * Pinyin of a Chinese company name for search: "乌鲁木齐天山商贸" → pinyin "wulumuqitianshanshangmao",
 * initials "wlmqtssm". Non-Chinese letters and digits are kept (lower-cased) in both; everything
 * else (brackets, dots) is dropped. pinyin-pro picks readings by context (e.g. 银行 → yinhang).
 */
export function namePinyin(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
  let full = "";
  let initials = "";
  for (const syllable of syllables) {
    const clean = syllable.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (!clean) continue;
    full += clean;
    // A run of Latin letters or digits (e.g. "ABC", "2025") counts as one word for initials.
    initials += /^[a-z]+$/.test(clean) && isHanSyllable(syllable) ? clean[0] : clean;
  }
  return { pinyin: full, initials };
}

function isHanSyllable(syllable: string): boolean {
  return /^[a-zü:]+$/i.test(syllable) && syllable === syllable.toLowerCase();
}

/** What a person types as pinyin: lower case, no spaces, tones or apostrophes. */
export function normalizePinyinQuery(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s'’·-]/g, "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ü/g, "v");
}
