import { preload } from "react-dom";
import type { AppLocale } from "@/i18n/routing";

/*
 * The Uyghur web font: Vazirmatn 5.3.0 (variable, weights 100–900, SIL Open Font License,
 * public/fonts/vazirmatn-OFL.txt), the woff2 files of the npm package @fontsource-variable/vazirmatn
 * copied into public/fonts and served by the app itself. It has every letter of the Uyghur alphabet
 * in all its joining forms, ، ؛ ؟, and Latin digits and punctuation
 * (tests/unit/fonts/uyghur-web-font.test.ts checks the files; tests/e2e/uyghur-font.test.ts the page).
 *
 * Two faces, as the package cuts the font: its Arabic-script part (46 KB) and its Latin part
 * (34 KB, digits and punctuation inside Uyghur text), declared in app/globals.css (@font-face
 * "Vazirmatn Uyghur", each with its unicode-range, so a browser fetches only the part a page uses).
 * Only Uyghur pages name the family (`html[lang="ug"]` sets --font-ug-web), so Chinese and English
 * pages download nothing, not even for the language switcher's "ئۇيغۇرچە".
 *
 * Uyghur pages preload the Arabic-script part: their largest text (the header, a company's name)
 * waits for it, and without the hint the browser finds it only after the stylesheet. The file
 * names carry the package's version, so they can be cached for a year (next.config.js headers);
 * a new version of the font is a new file name.
 */
export const UYGHUR_WEB_FONT_FILES = {
  arabic: "/fonts/vazirmatn-arabic-wght-5.3.0.woff2",
  latin: "/fonts/vazirmatn-latin-wght-5.3.0.woff2",
} as const;

/** On a Uyghur page, asks the browser to fetch the Arabic-script part of the web font at once. */
export function preloadUyghurWebFont(locale: AppLocale): void {
  if (locale !== "ug") return;
  // Fonts are fetched in CORS mode, so a preload must be too or the browser fetches the file twice.
  preload(UYGHUR_WEB_FONT_FILES.arabic, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
}
