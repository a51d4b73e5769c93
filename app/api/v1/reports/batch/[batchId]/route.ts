import { AppError, problemResponse } from "@/lib/api/problem";
import { getBatchStatus } from "@/lib/report/report-batch";
import { batchStatusJson } from "@/lib/report/report-batch-json";

/** GET /api/v1/reports/batch/{id} — a batch's progress: state (running, done, failed, interrupted), done of total, and the ZIP's address when done. */
export async function GET(request: Request, { params }: { params: Promise<{ batchId: string }> }): Promise<Response> {
  const url = new URL(request.url);
  try {
    const { batchId } = await params;
    const status = await getBatchStatus(batchId);
    if (status === null) throw new AppError("not-found", "No batch with this id (batches are kept for 24 hours).");
    return Response.json(batchStatusJson(status, url), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, url.pathname);
  }
}
