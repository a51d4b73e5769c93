import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { getBatchStatus } from "@/lib/report/report-batch";
import { batchStatusJson } from "@/lib/report/report-batch-json";

/** GET /api/v1/reports/batch/{id} — a batch's progress: state (running, done, failed, interrupted), done of total, and the ZIP's address when done. */
export const GET = publicGet<{ batchId: string }>(async (request, { params }) => {
  const { batchId } = await params;
  const status = await getBatchStatus(batchId);
  if (status === null) throw new AppError("not-found", "No batch with this id (batches are kept for 24 hours).");
  return Response.json(batchStatusJson(status, new URL(request.url)), { headers: { "cache-control": "no-store" } });
});

export const OPTIONS = publicPreflight;
