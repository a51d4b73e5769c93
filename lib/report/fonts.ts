import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * The report's fonts, read and parsed once per process (pdfkit takes the parsed font; each
 * document embeds only the glyphs it uses):
 * - Noto Sans CJK SC (`@embedpdf/fonts-sc`, full Simplified Chinese) for Chinese, and for the
 *   Latin letters, digits and punctuation of Chinese reports.
 * - Vazirmatn for Uyghur, and for the Latin text of English and Uyghur reports: joins Arabic
 *   letters, and its glyphs extract back to the right text with pdftotext (the Noto Arabic fonts
 *   extract garbled).
 * No bold weights are embedded: a second CJK subset added some 70 KB to a long report and a bold
 * Vazirmatn 8 KB, so bold text is drawn with a thin outline instead (./pdf-line.ts).
 */
export type ReportFont = "cjk" | "vazirmatn";

/**
 * The font files, from the project's node_modules (the server runs from the project directory;
 * next.config.js includes these files when the server is traced for deployment). Resolving the
 * packages through `require.resolve` does not work inside Next's server bundle.
 */
const FONT_FILES: Record<ReportFont, string> = {
  cjk: "node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf",
  vazirmatn: "node_modules/@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf",
};

export const REPORT_FONTS = Object.keys(FONT_FILES) as ReportFont[];

type Position = Record<string, number>;
type GlyphRun = { glyphs: unknown[]; positions: Position[] };

/** A shaped run as pdfkit wants it: fresh positions each time, because pdfkit scales them in place. */
class CachedRun {
  constructor(
    readonly glyphs: unknown[],
    readonly positions: Position[],
  ) {}

  get advanceWidth(): number {
    return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  }
}

const MAX_CACHED_RUNS = 100_000;

type GlyphCache = { getGlyph(id: number, characters?: number[]): { codePoints: number[] } | null };

/**
 * fontkit keeps one glyph object per glyph id, with the characters it was first asked for. The
 * parts of a composite glyph (the و under ۇ in Vazirmatn) are first asked for with none, and a
 * glyph without characters is extracted as nothing by pdftotext: "دوكلات" read back as "د كلات"
 * once any report had drawn a ۇ. A glyph asked for later with its characters gets them.
 */
function keepCodePoints(font: fontkit.Font): void {
  const cache = font as unknown as GlyphCache;
  const getGlyph = cache.getGlyph.bind(font);
  cache.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
}

/**
 * The font with its shaping remembered for the life of the process. pdfkit shapes every run
 * again when it is given OpenType features (the report passes `features: []` to shape each run
 * whole), and shaping is most of a report's cost; the same words recur in every report.
 */
function withLayoutCache(font: fontkit.Font): fontkit.Font {
  keepCodePoints(font);
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, features?: string[] | Record<string, boolean>) => {
    const key = `${JSON.stringify(features ?? null)}|${text}`;
    let run = runs.get(key);
    if (!run) {
      const shaped = font.layout(text, features) as GlyphRun;
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((position) => ({ ...position })) };
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(key, run);
    }
    return new CachedRun(run.glyphs, run.positions.map((position) => ({ ...position })));
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === "layout") return layout;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const loaded = new Map<ReportFont, fontkit.Font>();
let reads = 0;

/** The parsed font, read on first use and kept for the life of the process. */
export function reportFont(font: ReportFont): fontkit.Font {
  let parsed = loaded.get(font);
  if (!parsed) {
    reads++;
    parsed = withLayoutCache(fontkit.create(readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ process.cwd(), FONT_FILES[font]))));
    loaded.set(font, parsed);
  }
  return parsed;
}

/** How many font files this process has read (the benchmark shows each is read once). */
export function fontFileReads(): number {
  return reads;
}
