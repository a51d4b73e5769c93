import localFont from "next/font/local";
import type { AppLocale } from "@/i18n/routing";

/*
 * The Uyghur web font: Vazirmatn (variable, weights 100–900, SIL Open Font License) from the npm
 * package @fontsource-variable/vazirmatn, served by the app itself (next/font copies the files
 * under /_next/static/media with hashed names and long-lived caching). It has every letter of the
 * Uyghur alphabet in all its joining forms, ، ؛ ؟, and Latin digits and punctuation
 * (tests/unit/fonts/uyghur-web-font.test.ts checks the files; tests/e2e/uyghur-font.test.ts the page).
 *
 * Two faces, as the package cuts the font: its Arabic-script part (46 KB) and its Latin part
 * (34 KB, digits and punctuation inside Uyghur text), each with its unicode-range, so a browser
 * fetches only the part a page uses. Not preloaded: next/font would preload them for every page
 * of the shared layout, and Chinese and English pages must not download them. Only Uyghur pages
 * name the families (`uyghurFontStyle` on their <html>, read by --font-ug in app/globals.css).
 *
 * next/font needs literal options, so the unicode ranges are written out here: the package's own
 * (node_modules/@fontsource-variable/vazirmatn/index.css). The paths are relative to this file.
 */
const uyghurArabic = localFont({
  src: "../../node_modules/@fontsource-variable/vazirmatn/files/vazirmatn-arabic-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC",
    },
  ],
});

const uyghurLatin = localFont({
  src: "../../node_modules/@fontsource-variable/vazirmatn/files/vazirmatn-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
});

/** The web font's families, first in the Uyghur stack (app/globals.css `--font-ug`). */
export const UYGHUR_WEB_FONT_FAMILIES = `${uyghurArabic.style.fontFamily}, ${uyghurLatin.style.fontFamily}`;

/**
 * The style for <html> of a page in `locale`: Uyghur pages name the web font, the others nothing
 * (their Uyghur words, such as the language switcher's, use the system fonts and fetch nothing).
 */
export function uyghurFontStyle(locale: AppLocale): React.CSSProperties | undefined {
  if (locale !== "ug") return undefined;
  return { "--font-ug-web": UYGHUR_WEB_FONT_FAMILIES } as React.CSSProperties;
}
