/**
 * Where an import stands, kept next to the file (`<file>.import-state.json`) so an import cut off
 * by Ctrl-C, `kill -9` or a power loss continues where it stopped. It is written after each
 * committed batch: the position up to which every line is committed (byte offset and line), the
 * counts so far, the sizes of the reports, and what identifies the file (its size, a hash of its
 * first 64 KiB and of the 4 KiB before the position) so that another file of the same name is
 * never resumed by mistake. It is replaced atomically (written to a temporary file, flushed,
 * renamed over the old one), so a crash leaves either the previous checkpoint or the new one.
 *
 * A lock file (`<file>.import.lock`, holding the process id) keeps two imports of the same file
 * from running at once; one left by a killed process is taken over.
 */
import { createHash } from "node:crypto";
import { open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { INGEST_KINDS } from "@/lib/ingestion/kinds";
import { ImportFileError, type FilePosition } from "./file-records";

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 4 * 1024;

const countsSchema = z.object({
  /** Records read (non-blank lines or rows). */
  records: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Accepted records with at least one warning (a pilot-area code, late publication). */
  warned: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  superseded: z.number().int().nonnegative(),
  revoked: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof countsSchema>;

export function emptyCounts(): ImportCounts {
  return { records: 0, accepted: 0, rejected: 0, warned: 0, created: 0, unchanged: 0, superseded: 0, revoked: 0 };
}

const fingerprintSchema = z.object({ size: z.number().int().nonnegative(), headSha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type FileFingerprint = z.infer<typeof fingerprintSchema>;

const checkpointSchema = z.object({
  version: z.literal(1),
  /** The file's name, for people reading the checkpoint. */
  file: z.string(),
  kind: z.enum(INGEST_KINDS),
  authorityId: z.string(),
  fingerprint: fingerprintSchema,
  /** Everything before this position is committed (and in the reports). */
  committed: z.object({
    offset: z.number().int().nonnegative(),
    line: z.number().int().positive(),
    tailSha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  batches: z.number().int().nonnegative(),
  counts: countsSchema,
  /** The reports' sizes at the position: a resumed run cuts off what a killed run wrote after it. */
  reports: z.object({ rejectedBytes: z.number().int().nonnegative(), warningsBytes: z.number().int().nonnegative() }),
  startedAt: z.string(),
  updatedAt: z.string(),
  /** The whole file is imported. */
  complete: z.boolean(),
});
export type ImportCheckpoint = z.infer<typeof checkpointSchema>;

export function checkpointPathOf(path: string): string {
  return `${path}.import-state.json`;
}

async function sha256Of(path: string, start: number, end: number): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(Math.max(0, end - start));
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return createHash("sha256").update(buffer.subarray(0, read)).digest("hex");
  } finally {
    await handle.close();
  }
}

/** The file's size and the SHA-256 of its first 64 KiB. */
export async function fileFingerprint(path: string): Promise<FileFingerprint> {
  const { size } = await stat(path);
  return { size, headSha256: await sha256Of(path, 0, Math.min(size, HEAD_BYTES)) };
}

/** The SHA-256 of the 4 KiB before `offset`: the lines just committed. */
export function tailSha256(path: string, offset: number): Promise<string> {
  return sha256Of(path, Math.max(0, offset - TAIL_BYTES), offset);
}

/** The checkpoint next to `path`, or null when there is none. Throws ImportFileError when it is damaged. */
export async function readCheckpoint(path: string): Promise<ImportCheckpoint | null> {
  const checkpointPath = checkpointPathOf(path);
  let text: string;
  try {
    text = await readFile(checkpointPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const parsed = checkpointSchema.safeParse(value);
  if (!parsed.success) throw new ImportFileError(`The checkpoint ${checkpointPath} cannot be read: run with --restart to import the file from the start.`);
  return parsed.data;
}

/**
 * Why the checkpoint cannot be resumed for this file and these options (a sentence), or null
 * when it can: another kind or authority, or another file (size or first bytes differ, or the
 * lines before the position are not the ones committed).
 */
export async function checkpointMismatch(
  checkpoint: ImportCheckpoint,
  { path, kind, authorityId, fingerprint }: { path: string; kind: string; authorityId: string; fingerprint: FileFingerprint },
): Promise<string | null> {
  if (checkpoint.kind !== kind || checkpoint.authorityId !== authorityId) {
    return `it is an import of ${checkpoint.kind} for ${checkpoint.authorityId}, not of ${kind} for ${authorityId}`;
  }
  if (checkpoint.fingerprint.size !== fingerprint.size) {
    return `the file has changed since: it had ${checkpoint.fingerprint.size.toLocaleString("en")} bytes, it now has ${fingerprint.size.toLocaleString("en")}`;
  }
  if (checkpoint.fingerprint.headSha256 !== fingerprint.headSha256) return "the file has changed since: its first bytes are different";
  if (checkpoint.committed.offset > fingerprint.size || (await tailSha256(path, checkpoint.committed.offset)) !== checkpoint.committed.tailSha256) {
    return "the file has changed since: the lines before the checkpoint are different";
  }
  return null;
}

/** Replaces the checkpoint atomically: temporary file, flushed to disk, renamed over the old one. */
export async function writeCheckpoint(path: string, checkpoint: ImportCheckpoint): Promise<void> {
  const checkpointPath = checkpointPathOf(path);
  const temporary = `${checkpointPath}.${process.pid}.tmp`;
  const handle = await open(temporary, "w");
  try {
    await handle.writeFile(`${JSON.stringify(checkpoint, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, checkpointPath);
  // The rename itself is durable once the directory is flushed (not possible on every platform).
  const directory = await open(dirname(checkpointPath), "r").catch(() => null);
  if (directory) {
    await directory.sync().catch(() => undefined);
    await directory.close();
  }
}

export async function removeCheckpoint(path: string): Promise<void> {
  await unlink(checkpointPathOf(path)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the file's import lock; returns its release. Throws ImportFileError while another live process holds it. */
export async function lockImport(path: string): Promise<() => Promise<void>> {
  const lockPath = `${path}.import.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: "wx" });
      return async () => {
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new ImportFileError(`Another import of this file is running (process ${holder}); wait for it or stop it. The lock is ${lockPath}.`);
      }
      // Left by a process that was killed: take it over.
      await unlink(lockPath).catch(() => undefined);
    }
  }
  throw new ImportFileError(`Cannot take the import lock ${lockPath}.`);
}
