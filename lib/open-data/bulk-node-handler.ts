import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { problemResponse } from "@/lib/api/problem";
import { bulkFileResponse } from "./bulk-responses";

/**
 * Bulk downloads straight from the production server (scripts/serve.ts), ahead of Next.
 * Next's route handlers drop Content-Length from every response (next/dist/server/send-response.js
 * forbids it), and a download of hundreds of megabytes needs it: clients show progress and know
 * a transfer was cut short. The answer is the same one the route handler
 * (app/api/v1/bulk/[snapshot]/[file]) gives under `next dev`/`next start`: one function,
 * bulkFileResponse, makes both.
 */
const BULK_PATH = /^\/api\/v1\/bulk\/([^/?#]+)\/([^/?#]+)$/;

export function matchBulkPath(url: string | undefined): { snapshot: string; file: string } | null {
  if (url === undefined) return null;
  const match = BULK_PATH.exec(url.split("?")[0]);
  if (!match) return null;
  try {
    return { snapshot: decodeURIComponent(match[1]), file: decodeURIComponent(match[2]) };
  } catch {
    return { snapshot: match[1], file: match[2] };
  }
}

async function writeResponse(answer: Response, request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  if (answer.body === null || request.method === "HEAD") {
    response.end();
    return;
  }
  await pipeline(Readable.fromWeb(answer.body as import("node:stream/web").ReadableStream<Uint8Array>), response);
}

/** Answers GET/HEAD /api/v1/bulk/{snapshot}/{file}; false when the request is not one (Next answers it). */
export function handleBulkRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const params = request.method === "GET" || request.method === "HEAD" ? matchBulkPath(request.url) : null;
  if (params === null) return false;
  const ifNoneMatch = request.headers["if-none-match"] ?? null;
  bulkFileResponse({ ...params, ifNoneMatch, isHead: request.method === "HEAD" })
    .catch((error: unknown) => problemResponse(error, request.url?.split("?")[0]))
    .then((answer) => writeResponse(answer, request, response))
    .catch(() => response.destroy());
  return true;
}
