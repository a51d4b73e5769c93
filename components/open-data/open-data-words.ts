import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/locales";
import { findExportKind } from "@/lib/open-data/export-kinds";
import type messages from "@/messages/zh.json";

/**
 * The words of the open-data page that depend on data: a kind's title and description, what a
 * column means (a kind's own wording first, else the shared one, plus where its codes are
 * named), and file sizes. Kinds or columns a newer manifest lists but the catalogue does not
 * know show their own names rather than failing.
 */
type OpenDataMessages = (typeof messages)["OpenData"];
type KindKey = keyof OpenDataMessages["kinds"];
type ColumnKey = keyof OpenDataMessages["columns"];

export type OpenDataWords = {
  kindTitle: (kind: string) => string;
  kindDescription: (kind: string) => string;
  /** What a column holds, and where its codes are named (coded columns). */
  columnMeaning: (kind: string, column: string) => { text: string; codes: string | null };
  fileSize: (bytes: number) => string;
};

export async function getOpenDataWords(locale: AppLocale): Promise<OpenDataWords> {
  const t = await getTranslations({ locale, namespace: "OpenData" });
  const kb = new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
  const mb = new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  const hasKind = (kind: string): kind is KindKey => t.has(`kinds.${kind as KindKey}.title`);
  return {
    kindTitle: (kind) => (hasKind(kind) ? t(`kinds.${kind}.title`) : kind),
    kindDescription: (kind) => (hasKind(kind) ? t(`kinds.${kind}.description`) : ""),
    columnMeaning: (kind, column) => {
      const own = `kindColumns.${kind}.${column}` as Parameters<typeof t.has>[0];
      const text = t.has(own)
        ? t(own as Parameters<typeof t>[0])
        : t.has(`columns.${column as ColumnKey}`)
          ? t(`columns.${column as ColumnKey}`)
          : "";
      const group = findExportKind(kind)?.codeGroups[column];
      // Authorities are named in their own file, which the meaning already says.
      return { text, codes: group === undefined || group === "authorities" ? null : t("codedNote", { group }) };
    },
    fileSize: (bytes) => (bytes >= 1024 * 1024 ? mb.format(bytes / 1024 / 1024) : kb.format(Math.max(bytes / 1024, 0.1))),
  };
}
