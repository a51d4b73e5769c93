import bidiFactory from "bidi-js";

/**
 * Unicode bidi for one line of the report (pdfkit has none). The line's text, in logical order,
 * becomes runs in visual order, left to right, each in one font:
 * - levels from the Unicode bidi algorithm (bidi-js) with the report's base direction;
 * - brackets and other mirrored characters where they are right-to-left: each becomes a run of its
 *   own, marked `isMirrored`, kept as the character it is (so text extraction reads what was
 *   written) and drawn mirrored (./pdf-line.ts);
 * - runs of the same level and font, reordered by rule L2 (reverse from the highest level down).
 * A right-to-left run holding Arabic letters stays in logical order: fontkit shapes it (joined
 * letters) and lays it out right to left itself. Other right-to-left runs (spaces, punctuation
 * between Uyghur words and numbers) are reversed here.
 */
const bidi = bidiFactory();

export type FontClass = "han" | "arabic" | "base";
export type VisualRun = { text: string; font: FontClass; isRtl: boolean; isMirrored?: boolean };

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const ARABIC = /\p{Script=Arabic}/u;

function fontClassOf(character: string): FontClass | null {
  if (HAN.test(character)) return "han";
  if (ARABIC.test(character)) return "arabic";
  return null;
}

export function visualRuns(text: string, direction: "ltr" | "rtl"): VisualRun[] {
  if (!text) return [];
  const embedding = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  const units = Array.from(text);
  // Levels and mirroring are per UTF-16 index; walk code points.
  type Unit = { character: string; level: number; font: FontClass | null; isMirrored: boolean };
  const cells: Unit[] = [];
  let index = 0;
  for (const character of units) {
    cells.push({ character, level: embedding.levels[index], font: fontClassOf(character), isMirrored: mirrored.has(index) });
    index += character.length;
  }
  // Neutral characters take the font of the run they sit in (the one before, else the one after).
  let previous: FontClass | null = null;
  for (const cell of cells) previous = cell.font ??= previous;
  let following: FontClass = "base";
  for (let position = cells.length - 1; position >= 0; position--) {
    if (cells[position].font === null) cells[position].font = following;
    following = cells[position].font as FontClass;
  }

  type Run = { cells: Unit[]; level: number; font: FontClass; isMirrored: boolean };
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (last && !last.isMirrored && !cell.isMirrored && last.level === cell.level && last.font === cell.font) last.cells.push(cell);
    else runs.push({ cells: [cell], level: cell.level, font: cell.font as FontClass, isMirrored: cell.isMirrored });
  }

  // Rule L2: from the highest level to the lowest odd one, reverse every sequence at or above it.
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 === 1 ? run.level : run.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < runs.length; start++) {
      if (runs[start].level < level) continue;
      let end = start;
      while (end + 1 < runs.length && runs[end + 1].level >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end;
    }
  }

  return runs.map((run) => {
    const isRtl = run.level % 2 === 1;
    const characters = run.cells.map((cell) => cell.character);
    const isShapedRtl = isRtl && characters.some((character) => ARABIC.test(character));
    const text = (isRtl && !isShapedRtl ? characters.reverse() : characters).join("");
    return run.isMirrored ? { text, font: run.font, isRtl, isMirrored: true } : { text, font: run.font, isRtl };
  });
}
