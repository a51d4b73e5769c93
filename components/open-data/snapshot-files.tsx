import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { Disclosure } from "@/components/ui/disclosure";
import { EXPORT_KINDS, type ExportSection } from "@/lib/open-data/export-kinds";
import { bulkFilePath } from "@/lib/open-data/bulk-paths";
import type { SnapshotFile, SnapshotManifest } from "@/lib/open-data/snapshots";
import { getOpenDataWords } from "./open-data-words";

const SECTIONS: readonly ExportSection[] = ["register", "government", "self-published", "annual-reports", "reference"];

/** The section a listed kind belongs to (a kind this version does not know goes with the reference data). */
function sectionOf(kind: string): ExportSection {
  return EXPORT_KINDS.find((entry) => entry.name === kind)?.section ?? "reference";
}

/** Kinds in the manifest's order, each with its files (JSON lines, then CSV). */
function kindsOf(manifest: SnapshotManifest): { kind: string; files: SnapshotFile[] }[] {
  const byKind = new Map<string, SnapshotFile[]>();
  for (const file of manifest.files) byKind.set(file.kind, [...(byKind.get(file.kind) ?? []), file]);
  return [...byKind].map(([kind, files]) => ({ kind, files }));
}

export function kindAnchor(kind: string): string {
  return `kind-${kind}`;
}

/**
 * Every file of a snapshot, grouped as on a company page (registration, government, self-published,
 * annual reports, reference): per kind what it holds, its two files (a download link to the dated
 * address, format, size, rows, SHA-256) and, behind a disclosure, what each column means. A list
 * rather than a table: two short lines a file read the same on a phone and on a desktop.
 */
export async function SnapshotFiles({ locale, manifest }: { locale: AppLocale; manifest: SnapshotManifest }) {
  const t = await getTranslations({ locale, namespace: "OpenData" });
  const words = await getOpenDataWords(locale);
  const kinds = kindsOf(manifest);
  return (
    <>
      {SECTIONS.map((section) => {
        const inSection = kinds.filter((entry) => sectionOf(entry.kind) === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} id={`files-${section}`} aria-labelledby={`files-${section}-heading`} className="mb-10 scroll-mt-4">
            <h3 id={`files-${section}-heading`} className="mb-4 text-xl font-bold">
              {t(`groups.${section}`)}
            </h3>
            {inSection.map(({ kind, files }) => {
              const title = words.kindTitle(kind);
              const description = words.kindDescription(kind);
              const columns = files[0]?.columns ?? [];
              const anchor = kindAnchor(kind);
              return (
                <section key={kind} id={anchor} aria-labelledby={`${anchor}-heading`} className="mb-8 scroll-mt-4 border-t border-rule pt-3">
                  <h4 id={`${anchor}-heading`} className="text-lg font-bold">
                    {title}
                  </h4>
                  {description ? <p className="mb-2 max-w-prose">{description}</p> : null}
                  <ul aria-label={t("filesOf", { kind: title })} className="mb-2 space-y-2">
                    {files.map((file) => (
                      <li key={file.name}>
                        <a href={bulkFilePath(manifest.snapshot, file.name)} className="font-bold">
                          <LtrText className="wrap-anywhere">{file.name}</LtrText>
                        </a>
                        {/* Each part with the separator before it stays whole: no "JSON" / "Lines", no "·" ending a line. */}
                        <span className="text-ink-secondary">
                          {" "}
                          <bdi className="whitespace-nowrap">· {t(`formats.${file.format}`)}</bdi>{" "}
                          <bdi className="whitespace-nowrap">· {words.fileSize(file.bytes)}</bdi>{" "}
                          <bdi className="whitespace-nowrap">· {t("rowCount", { count: file.rows })}</bdi>
                        </span>
                        <br />
                        <span className="text-sm text-ink-secondary">
                          <bdi>{t("sha256Label")}</bdi> <LtrText className="font-mono break-all">{file.sha256}</LtrText>
                        </span>
                      </li>
                    ))}
                  </ul>
                  <Disclosure summary={t("columnsSummary", { count: columns.length })}>
                    <dl className="space-y-2">
                      {columns.map((column) => {
                        const meaning = words.columnMeaning(kind, column);
                        return (
                          <div key={column}>
                            <dt className="font-bold">
                              <LtrText className="font-mono">{column}</LtrText>
                            </dt>
                            <dd className="m-0">
                              {meaning.text}
                              {meaning.codes ? <span className="block text-sm text-ink-secondary">{meaning.codes}</span> : null}
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                  </Disclosure>
                </section>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
