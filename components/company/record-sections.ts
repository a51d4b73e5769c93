import type { AppLocale } from "@/i18n/routing";
import { RECORD_SECTIONS, type RecordSection } from "@/lib/records/record-sections";
import type { CompanySectionId } from "./company-sections";

/**
 * The list sections of a company page (lib/records/record-sections.ts). The company page shows
 * the first PREVIEW_ROWS rows of each and links to a page with all of them:
 * /{locale}/companies/{uscc}/records/{slug}. The slug is the section's anchor id on the company page.
 */
export { RECORD_SECTIONS, isRecordSection, recordSectionRows, type RecordSection } from "@/lib/records/record-sections";

// Every list section is a section of the company page.
RECORD_SECTIONS satisfies readonly CompanySectionId[];

/** Rows a list section shows on the company page. */
export const PREVIEW_ROWS = 5;

export function recordSectionHref(locale: AppLocale, uscc: string, section: RecordSection): string {
  return `/${locale}/companies/${uscc}/records/${section}`;
}

/**
 * Where a list section is shown: on the company page ("preview": the first rows and a link to
 * all of them) or on its own page ("full": every row, no section heading of its own).
 */
export type SectionView = { uscc: string; mode: "preview" | "full" };

/** The rows a section shows in a view. */
export function visibleRows<T>(rows: T[], view: SectionView): T[] {
  return view.mode === "preview" && rows.length > PREVIEW_ROWS ? rows.slice(0, PREVIEW_ROWS) : rows;
}
