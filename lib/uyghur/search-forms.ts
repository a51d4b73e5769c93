import { hasArabicScript, traceUyghurArabic, type TracedPoint } from "./normalize";
import { APOSTROPHES, traceArabicToLatin } from "./transliteration";

/**
 * The forms search compares Uyghur text in, the same for an indexed name and for a query:
 *
 * - Arabic: normalizeUyghurArabic (./normalize.ts), Latin letters lower-cased.
 * - Latin: the ULY transliteration (./transliteration.ts) folded the way people type it on a
 *   phone or an ASCII keyboard: lower case, ö ü é ë → o u e (any Latin diacritic is dropped),
 *   no apostrophes. So "ürümchi", "Urumchi" and "urumchi" all find ئۈرۈمچى, and "saet" finds
 *   سائەت. A Latin query is folded the same way (foldUyghurLatin) and never transliterated to
 *   Arabic: the fold loses nothing a query could have typed.
 */
export type UyghurSearchForms = { arabic: string; latin: string };

const COMBINING_MARK = /\p{M}/u;

/** A Latin-script text as search compares it (see above). */
export function foldUyghurLatin(text: string): string {
  let folded = "";
  for (const codePoint of text) folded += foldCodePoint(codePoint);
  return folded;
}

function foldCodePoint(codePoint: string): string {
  let folded = "";
  for (const char of codePoint.normalize("NFKD")) {
    if (COMBINING_MARK.test(char) || APOSTROPHES.test(char)) continue;
    folded += char.toLowerCase();
  }
  return folded;
}

/** The search forms of a Uyghur name in Arabic script ('' and '' for none). */
export function uyghurSearchForms(name: string | null | undefined): UyghurSearchForms {
  if (!name) return { arabic: "", latin: "" };
  const traced = traceUyghurSearchForms(name);
  return { arabic: joined(traced.arabic), latin: joined(traced.latin) };
}

/** The search forms of `name`, one entry per source code point (for highlighting). */
export function traceUyghurSearchForms(name: string): { arabic: TracedPoint[]; latin: TracedPoint[] } {
  return {
    arabic: traceUyghurArabic(name).map((point) => ({ ...point, text: point.text.toLowerCase() })),
    latin: traceArabicToLatin(name).map((point) => ({ ...point, text: foldUyghurLatin(point.text) })),
  };
}

/**
 * A query part as it is compared with the Uyghur name: Arabic-script parts in the Arabic form,
 * everything else in the Latin form (null when nothing is left of it, e.g. a lone apostrophe).
 */
export function uyghurQueryForm(part: string): { script: "arabic" | "latin"; text: string } | null {
  const isArabic = hasArabicScript(part);
  const text = isArabic ? joined(traceUyghurArabic(part)).toLowerCase() : foldUyghurLatin(part);
  return text === "" ? null : { script: isArabic ? "arabic" : "latin", text };
}

function joined(points: TracedPoint[]): string {
  return points.map((point) => point.text).join("");
}

/** Whether a query part occurs in a Uyghur name's search forms (in the part's own script). */
export function uyghurFormsContain(forms: UyghurSearchForms, part: string): boolean {
  const query = uyghurQueryForm(part);
  return query !== null && (query.script === "arabic" ? forms.arabic : forms.latin).includes(query.text);
}
