import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { z } from "zod";
import { AppError } from "@/lib/api/problem";
import { etagOf, isEtagMatch } from "./http-caching";
import { MANIFEST_FILE, resolveSnapshot, snapshotFilePath } from "./snapshots";

/**
 * GET /api/v1/bulk/{snapshot}/{file}: a snapshot's manifest or one of the files it lists, streamed
 * from disk. `snapshot` is a date or `latest`. Only names the manifest lists are served (and the
 * manifest itself): the path is taken from the manifest entry, never from the request, so no
 * request can reach another file. ETag is the file's SHA-256 from the manifest (a download can be
 * checked against it), with 304 for a matching If-None-Match.
 */

const paramsSchema = z.object({
  snapshot: z.union([z.literal("latest"), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], {
    error: "The snapshot is a date (YYYY-MM-DD) or latest.",
  }),
  file: z.string().min(1).max(120),
});

/** A dated snapshot can be replaced by a re-export of its day; "latest" moves every day. */
const CACHE_DATED = "public, max-age=3600";
const CACHE_LATEST = "public, max-age=300";

export type BulkRequest = { snapshot: string; file: string; ifNoneMatch: string | null; isHead: boolean };

export async function bulkFileResponse(request: BulkRequest): Promise<Response> {
  const parsed = paramsSchema.safeParse(request);
  if (!parsed.success) {
    throw new AppError(
      "not-found",
      "No such snapshot file.",
      parsed.error.issues.map((issue) => ({ field: issue.path.join("."), reason: issue.code, detail: issue.message })),
    );
  }
  const { snapshot, file } = parsed.data;
  const loaded = await resolveSnapshot(snapshot);
  if (loaded === null) {
    throw new AppError(
      "not-found",
      snapshot === "latest" ? "No snapshot has been made yet (npm run data:export)." : `There is no snapshot of ${snapshot}.`,
    );
  }
  const { manifest } = loaded;
  const cacheControl = snapshot === "latest" ? CACHE_LATEST : CACHE_DATED;
  const common = {
    "cache-control": cacheControl,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
  };

  if (file === MANIFEST_FILE) {
    const etag = etagOf(loaded.bytes);
    if (isEtagMatch(request.ifNoneMatch, etag)) return new Response(null, { status: 304, headers: { etag, ...common } });
    return new Response(request.isHead ? null : new Uint8Array(loaded.bytes), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(loaded.bytes.length),
        "content-disposition": `inline; filename="manifest-${manifest.snapshot}.json"`,
        etag,
        ...common,
      },
    });
  }

  const found = snapshotFilePath(manifest, file);
  if (found === null) throw new AppError("not-found", `The snapshot of ${manifest.snapshot} lists no file named ${file}.`);
  const etag = `"${found.file.sha256}"`;
  if (isEtagMatch(request.ifNoneMatch, etag)) return new Response(null, { status: 304, headers: { etag, ...common } });
  // The manifest's size is what was written; a file changed since would not match its hash.
  const info = await stat(found.path).catch(() => null);
  if (info === null || info.size !== found.file.bytes) throw new AppError("not-found", "This file is being replaced; try again in a moment.");
  const body = request.isHead ? null : (Readable.toWeb(createReadStream(found.path)) as ReadableStream<Uint8Array>);
  return new Response(body, {
    headers: {
      "content-type": "application/gzip",
      "content-length": String(found.file.bytes),
      "content-disposition": `attachment; filename="xj-${manifest.snapshot}-${found.file.name}"`,
      "last-modified": new Date(manifest.generatedAt).toUTCString(),
      etag,
      ...common,
    },
  });
}
