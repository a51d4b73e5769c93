import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "@/lib/env";

/**
 * Bulk-data snapshots on disk: EXPORT_DIR/<YYYY-MM-DD>/ holds one snapshot's files and its
 * manifest.json. A snapshot is written under a hidden `.partial-…` name and renamed when
 * complete, so a folder named as a date always holds a whole snapshot; only such folders with a
 * readable manifest are listed. Files are served only by the names their manifest lists.
 */

export const MANIFEST_FILE = "manifest.json";
export const MANIFEST_FORMAT = "xj-credit-open-data/1";

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}$/;
/** A file name a manifest may list: the kind, then .jsonl.gz or .csv.gz. */
const FILE_NAME = /^[a-z][a-z0-9-]*\.(?:jsonl|csv)\.gz$/;

export const FILE_FORMATS = ["jsonl", "csv"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

const manifestFileSchema = z.object({
  name: z.string().regex(FILE_NAME),
  kind: z.string().min(1),
  format: z.enum(FILE_FORMATS),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().min(0),
  columns: z.array(z.string()),
});

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  snapshot: z.string().regex(SNAPSHOT_NAME),
  /** The day the public projection was taken as of (penalties in publicity on that day). */
  asOf: z.string().regex(SNAPSHOT_NAME),
  generatedAt: z.string(),
  companies: z.number().int().min(0),
  csv: z.object({ encoding: z.string(), lineEnding: z.string(), listSeparator: z.string() }),
  files: z.array(manifestFileSchema),
});

export type SnapshotManifest = z.infer<typeof manifestSchema>;
export type SnapshotFile = SnapshotManifest["files"][number];

export function exportDirectory(): string {
  return path.resolve(getEnv().EXPORT_DIR);
}

export function isSnapshotName(value: string): boolean {
  return SNAPSHOT_NAME.test(value);
}

/** The complete snapshots in `dir`, newest first (folders named as a date with a manifest). */
export async function listSnapshots(dir: string = exportDirectory()): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const names = entries.filter(isSnapshotName).sort().reverse();
  const complete: string[] = [];
  for (const name of names) {
    const manifest = await stat(path.join(dir, name, MANIFEST_FILE)).catch(() => null);
    if (manifest?.isFile()) complete.push(name);
  }
  return complete;
}

export type LoadedManifest = { manifest: SnapshotManifest; bytes: Buffer };

/** A snapshot's manifest (validated), or null when there is no such complete snapshot. */
export async function readManifest(snapshot: string, dir: string = exportDirectory()): Promise<LoadedManifest | null> {
  if (!isSnapshotName(snapshot)) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, snapshot, MANIFEST_FILE));
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(JSON.parse(bytes.toString("utf8")));
  if (!parsed.success || parsed.data.snapshot !== snapshot) return null;
  return { manifest: parsed.data, bytes };
}

/** The newest complete snapshot's manifest, or null when none has been made yet. */
export async function readLatestManifest(dir: string = exportDirectory()): Promise<LoadedManifest | null> {
  for (const snapshot of await listSnapshots(dir)) {
    const loaded = await readManifest(snapshot, dir);
    if (loaded) return loaded;
  }
  return null;
}

/** "latest" or a date → the snapshot's manifest. */
export async function resolveSnapshot(reference: string, dir: string = exportDirectory()): Promise<LoadedManifest | null> {
  return reference === "latest" ? readLatestManifest(dir) : readManifest(reference, dir);
}

/**
 * The path of a file a manifest lists. The path is built only from the manifest's own entry
 * (a name matching FILE_NAME): a request's file name is never joined onto the directory.
 */
export function snapshotFilePath(manifest: SnapshotManifest, name: string, dir: string = exportDirectory()): { file: SnapshotFile; path: string } | null {
  const file = manifest.files.find((entry) => entry.name === name);
  if (!file) return null;
  return { file, path: path.join(dir, manifest.snapshot, file.name) };
}
