import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The report's fonts, read once per process:
 * - Noto Sans CJK SC (`@embedpdf/fonts-sc`, full Simplified Chinese) for Chinese and for the
 *   whole zh and en reports (it has Latin, digits and punctuation);
 * - Vazirmatn for Uyghur: joins Arabic letters, has Latin and punctuation, and its glyphs
 *   extract back to the right text with pdftotext (the Noto Arabic fonts extract garbled).
 * pdfkit embeds only the glyphs a report uses.
 */
export type ReportFont = "cjk" | "cjkBold" | "uyghur" | "uyghurBold";

const require = createRequire(import.meta.url);

/** A package's own directory: `@embedpdf/fonts-sc` exports no subpaths, so its main file is resolved and walked up from. */
function packageDirectory(name: string, mainFileDepth: number): string {
  let directory = path.dirname(require.resolve(name));
  for (let level = 0; level < mainFileDepth; level++) directory = path.dirname(directory);
  return directory;
}

const FONT_FILES: Record<ReportFont, () => string> = {
  cjk: () => path.join(packageDirectory("@embedpdf/fonts-sc", 1), "fonts", "NotoSansHans-Regular.otf"),
  cjkBold: () => path.join(packageDirectory("@embedpdf/fonts-sc", 1), "fonts", "NotoSansHans-Bold.otf"),
  uyghur: () => path.join(packageDirectory("@expo-google-fonts/vazirmatn", 0), "400Regular", "Vazirmatn_400Regular.ttf"),
  uyghurBold: () => path.join(packageDirectory("@expo-google-fonts/vazirmatn", 0), "700Bold", "Vazirmatn_700Bold.ttf"),
};

const loaded = new Map<ReportFont, Buffer>();

/** The font file's bytes, read on first use and kept for the life of the process. */
export function reportFontData(font: ReportFont): Buffer {
  let data = loaded.get(font);
  if (!data) {
    data = readFileSync(FONT_FILES[font]());
    loaded.set(font, data);
  }
  return data;
}
