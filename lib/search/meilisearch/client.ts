import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Task, type WaitOptions } from "meilisearch";

/** How long an HTTP request to Meilisearch may take before it fails (and search falls back). */
export const REQUEST_TIMEOUT_MS = 5_000;
/** How long to wait for an indexing task (settings, a batch of 1,000 documents, a deletion). */
export const TASK_TIMEOUT_MS = 120_000;

export type MeilisearchConnection = { url: string; apiKey?: string; timeoutMs?: number };

export function createMeilisearchClient({ url, apiKey, timeoutMs = REQUEST_TIMEOUT_MS }: MeilisearchConnection): Meilisearch {
  return new Meilisearch({
    host: url,
    apiKey,
    timeout: timeoutMs,
    clientAgents: ["xj-credit-publicity"],
    defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 100 },
  });
}

/**
 * Wait for an enqueued task and throw unless it succeeded. The client resolves failed and
 * cancelled tasks like successful ones; callers here need a failure to be an error.
 */
export async function waitForSuccess(enqueued: EnqueuedTaskPromise, options?: WaitOptions): Promise<Task> {
  const task = await enqueued.waitTask(options);
  if (task.status !== "succeeded") {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : "no error given";
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
  }
  return task;
}

/** Whether an error is Meilisearch answering with the given error code (e.g. "index_not_found"). */
export function isMeilisearchErrorCode(error: unknown, code: string): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === code;
}

/** Create the index with its primary key unless it exists. */
export async function ensureIndexExists({ client, uid, primaryKey, wait }: { client: Meilisearch; uid: string; primaryKey: string; wait?: WaitOptions }): Promise<void> {
  try {
    await client.getRawIndex(uid);
    return;
  } catch (error) {
    if (!isMeilisearchErrorCode(error, "index_not_found")) throw error;
  }
  const task = await client.createIndex(uid, { primaryKey }).waitTask(wait);
  // Another process may have created it meanwhile: that is fine.
  if (task.status === "succeeded" || task.error?.code === "index_already_exists") return;
  throw new Error(`Meilisearch could not create index ${uid}: ${task.error?.message ?? task.status}`);
}
