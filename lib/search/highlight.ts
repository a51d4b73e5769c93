import type { TextSegment } from "./contract";
import type { TracedPoint } from "@/lib/uyghur/normalize";
import { traceUyghurSearchForms, uyghurQueryForm } from "@/lib/uyghur/search-forms";

/**
 * Splits `text` into runs, marking every occurrence of any of `parts` (compared after NFKC and
 * lower-casing, which keep Chinese and Uyghur text the same length). Overlapping matches merge.
 */
export function highlightSegments(text: string, parts: string[]): TextSegment[] {
  const folded = text.normalize("NFKC").toLowerCase();
  if (folded.length !== text.length || parts.length === 0) return [{ text, isMatch: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const part of parts) {
    if (!part) continue;
    for (let at = folded.indexOf(part); at !== -1; at = folded.indexOf(part, at + 1)) {
      for (let index = at; index < at + part.length; index++) marked[index] = true;
    }
  }
  return toSegments(text, marked);
}

/**
 * Marks in a Uyghur name, as it is written, what each query part matched in the name's search
 * forms (lib/uyghur/search-forms.ts): an Arabic-script part in the normalised Arabic form, so a
 * query typed with variant letters still marks the letters of the name; a Latin part in the
 * folded Latin form, so "urumchi" marks ئۈرۈمچى. A match is marked only when it starts and ends
 * on whole letters of the name: "umc" is found in "urumchi", but its c is half of چ, so nothing is
 * marked for it rather than a wrong letter. A hamza carrier, written as nothing or an apostrophe
 * in Latin, goes with the vowel after it.
 */
export function highlightUyghurName(name: string, parts: readonly string[]): TextSegment[] {
  const marked = new Array<boolean>(name.length).fill(false);
  const traced = traceUyghurSearchForms(name);
  for (const part of parts) {
    const query = uyghurQueryForm(part);
    if (query === null) continue;
    markMatches(query.script === "arabic" ? traced.arabic : traced.latin, query.text, marked);
  }
  return toSegments(name, marked);
}

function markMatches(points: TracedPoint[], text: string, marked: boolean[]): void {
  const derived = points.map((point) => point.text).join("");
  const starts: number[] = [];
  let offset = 0;
  for (const point of points) {
    starts.push(offset);
    offset += point.text.length;
  }
  const letterStarts = new Set(points.flatMap((point, index) => (point.text ? [starts[index]] : [])));
  const letterEnds = new Set(points.flatMap((point, index) => (point.text ? [starts[index] + point.text.length] : [])));
  for (let at = derived.indexOf(text); at !== -1; at = derived.indexOf(text, at + 1)) {
    const end = at + text.length;
    if (!letterStarts.has(at) || !letterEnds.has(end)) continue;
    points.forEach((point, index) => {
      const start = starts[index];
      const isInside = point.text ? start >= at && start + point.text.length <= end : start >= at && start < end;
      if (isInside) marked.fill(true, point.from, point.to);
    });
  }
}

function toSegments(text: string, marked: boolean[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (let index = 0; index < text.length; index++) {
    const last = segments.at(-1);
    if (last && last.isMatch === marked[index]) last.text += text[index];
    else segments.push({ text: text[index], isMatch: marked[index] });
  }
  return segments;
}
