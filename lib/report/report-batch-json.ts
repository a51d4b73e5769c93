import type { BatchStatus } from "./report-batch";

/** A batch's status as the API answers it, with the addresses to poll and download. */
export function batchStatusJson(status: BatchStatus, requestUrl: URL) {
  const base = `${requestUrl.origin}/api/v1/reports/batch/${status.id}`;
  return {
    id: status.id,
    state: status.state,
    locale: status.locale,
    total: status.total,
    done: status.done,
    generated: status.counts.generated,
    createdAt: status.createdAt,
    finishedAt: status.finishedAt,
    statusUrl: base,
    downloadUrl: status.state === "done" ? `${base}/download` : null,
  };
}
