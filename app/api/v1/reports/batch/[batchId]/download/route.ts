import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { batchZipPath, getBatchStatus } from "@/lib/report/report-batch";

/** GET /api/v1/reports/batch/{id}/download — the batch's ZIP (reports and manifest.csv); 409 while it is still being made. */
export const GET = publicGet<{ batchId: string }>(async (_request, { params }) => {
  const { batchId } = await params;
  const status = await getBatchStatus(batchId);
  if (status === null || (status.state === "done" && status.zipBytes === null)) throw new AppError("not-found", "No batch with this id (batches are kept for 24 hours).");
  if (status.state !== "done") {
    return new Response(JSON.stringify({ type: "about:blank#conflict", title: "Not ready", status: 409, detail: `The batch is ${status.state} (${status.done} of ${status.total}).` }), {
      status: 409,
      headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const stream = Readable.toWeb(createReadStream(batchZipPath(batchId))) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      "content-type": "application/zip",
      "content-length": String(status.zipBytes),
      "content-disposition": `attachment; filename="credit-reports-${batchId}.zip"`,
      "cache-control": "no-store",
    },
  });
});

export const OPTIONS = publicPreflight;
