import type { TextSegment } from "./contract";

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
  const segments: TextSegment[] = [];
  for (let index = 0; index < text.length; index++) {
    const last = segments.at(-1);
    if (last && last.isMatch === marked[index]) last.text += text[index];
    else segments.push({ text: text[index], isMatch: marked[index] });
  }
  return segments;
}
