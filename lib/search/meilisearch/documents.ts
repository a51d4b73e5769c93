import type { SearchDocument } from "@/lib/search/contract";
import { uyghurSearchForms } from "@/lib/uyghur/search-forms";

/**
 * SearchDocument → the document stored in Meilisearch: every contract field, plus fields derived
 * for matching and sorting.
 */
export type MeilisearchDocument = SearchDocument & {
  /** Character 2–4-grams of the Chinese name and former names, space-separated (see buildNameNgrams). */
  nameNgrams: string;
  /** `establishedOn` as whole days since 1970-01-01, for sorting; null when the date is unreadable. */
  establishedDay: number | null;
  /** 1 for a live company, 0 otherwise: the custom ranking rule `liveRank:desc` (settings.ts). */
  liveRank: 0 | 1;
  /**
   * The Uyghur name's search forms (lib/uyghur/search-forms.ts): canonical Arabic script, and
   * Uyghur Latin (ULY) folded as people type it ("urumchi tengritagh soda…"); null without a
   * Uyghur name. Queries are folded the same way (query.ts), so a Latin query finds the name
   * registered in Arabic script, and variant Arabic letters find it too.
   */
  nameUgArabic: string | null;
  nameUgLatin: string | null;
};

/** Private-use characters the adapter asks Meilisearch to wrap matches in (adapter.ts). */
export const HIGHLIGHT_PRE_TAG = "\uE000";
export const HIGHLIGHT_POST_TAG = "\uE001";
const HIGHLIGHT_MARKERS = /[\uE000\uE001]/g;

export const NGRAM_MIN = 2;
export const NGRAM_MAX = 4;

const DAY_MS = 86_400_000;
const SPACE = /\s/u;

/**
 * Every character n-gram (NGRAM_MIN..NGRAM_MAX) of the given names, deduplicated, joined by spaces.
 *
 * Why: Meilisearch segments Chinese with jieba and matches a query word only as a whole token, or
 * as a prefix for the last word. "乌鲁木齐市天山区商贸有限公司" becomes 乌鲁木齐 / 市 / 天山区 /
 * 商贸 / 有限公司, so a fragment from inside a word or across words ("木齐", "山区商贸") would never
 * match. With the n-grams indexed, any 2–4-character fragment of a name exists in the document as a
 * space-separated chunk identical to the query; both go through the same segmenter, so they yield
 * the same tokens, side by side. Longer fragments are segmented into words at query time, and each
 * word is again an n-gram of the name (with matchingStrategy "all" every one is required).
 * Single characters are left out: they would match most of the register.
 * Deduplicated because the same grams recur ("有限", "公司", and across former names); repeats add
 * index size and nothing to matching, since ranking does not count term frequency.
 */
export function buildNameNgrams(names: readonly string[]): string {
  const grams = new Set<string>();
  for (const name of names) {
    // Array.from splits by code point, so characters outside the BMP stay whole.
    const chars = Array.from(stripHighlightMarkers(name).normalize("NFKC"));
    for (let size = NGRAM_MIN; size <= NGRAM_MAX; size++) {
      for (let start = 0; start + size <= chars.length; start++) {
        const gram = chars.slice(start, start + size);
        if (gram.some((char) => SPACE.test(char))) continue;
        grams.add(gram.join(""));
      }
    }
  }
  return [...grams].join(" ");
}

/** Days since 1970-01-01 (UTC) for an ISO date ("2015-03-02" or a full timestamp); null if unreadable. */
export function toEpochDay(isoDate: string): number | null {
  const time = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null;
}

function stripHighlightMarkers(value: string): string {
  return value.replace(HIGHLIGHT_MARKERS, "");
}

function stripNullable(value: string | null): string | null {
  return value === null ? null : stripHighlightMarkers(value);
}

/**
 * The Meilisearch document for a SearchDocument. Text fields lose the two private-use highlight
 * markers (they never occur in real names, but if one did it would break highlight parsing).
 */
export function toMeilisearchDocument(document: SearchDocument): MeilisearchDocument {
  const nameZh = stripHighlightMarkers(document.nameZh);
  const formerNames = document.formerNames.map(stripHighlightMarkers);
  const nameUg = stripNullable(document.nameUg);
  const uyghur = nameUg ? uyghurSearchForms(nameUg) : null;
  return {
    ...document,
    nameZh,
    nameUg,
    formerNames,
    legalRepName: stripHighlightMarkers(document.legalRepName),
    nameNgrams: buildNameNgrams([nameZh, ...formerNames]),
    establishedDay: toEpochDay(document.establishedOn),
    liveRank: document.isLive ? 1 : 0,
    nameUgArabic: uyghur?.arabic ?? null,
    nameUgLatin: uyghur?.latin ?? null,
  };
}
