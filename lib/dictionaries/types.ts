/** The three languages every dictionary entry is written in (the app's locales). */
export type DictionaryLocale = "zh" | "ug" | "en";

/** A label in Simplified Chinese, Uyghur (Arabic script) and English. */
export type TermNames = { zh: string; ug: string; en: string };

/** One coded value and its labels. */
export type Term = { code: string; names: TermNames };
