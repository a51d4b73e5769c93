import type { Meilisearch, WaitOptions } from "meilisearch";
import type { SearchDocument } from "@/lib/search/contract";
import { ensureIndexExists, waitForSuccess } from "./client";
import { toMeilisearchDocument } from "./documents";
import { DEFAULT_INDEX_UID, getIndexConfig, PRIMARY_KEY } from "./settings";

/**
 * Rebuild the index with no downtime: fill a fresh index `<uid>_<timestamp>` with the settings and
 * every document, swap it with the live one (searches see the old index until the swap, the new
 * one after), then delete the old one, which after the swap lives under the fresh name.
 * If anything fails before the swap, the fresh index is deleted and the live one is untouched.
 *
 * Rows written to the outbox during a rebuild are drained afterwards and bring the new index up to
 * date, so the worker can keep running throughout.
 */

export type ReindexOptions = {
  client: Meilisearch;
  indexUid?: string;
  documents: AsyncIterable<SearchDocument[]>;
  onProgress?: (indexed: number) => void;
  /** Timestamp for the fresh index's uid (tests). */
  now?: () => number;
  wait?: WaitOptions;
};

export type ReindexResult = { indexed: number; freshUid: string };

export const REINDEX_WAIT: WaitOptions = { timeout: 10 * 60_000, interval: 250 };

export async function reindexAll({ client, indexUid = DEFAULT_INDEX_UID, documents, onProgress, now = Date.now, wait = REINDEX_WAIT }: ReindexOptions): Promise<ReindexResult> {
  const freshUid = `${indexUid}_${now()}`;
  const { settings } = getIndexConfig(indexUid);

  // A swap needs both indexes to exist.
  await ensureIndexExists({ client, uid: indexUid, primaryKey: PRIMARY_KEY, wait });

  await waitForSuccess(client.createIndex(freshUid, { primaryKey: PRIMARY_KEY }), wait);
  let indexed = 0;
  try {
    const fresh = client.index(freshUid);
    await waitForSuccess(fresh.updateSettings(settings), wait);
    for await (const batch of documents) {
      if (batch.length === 0) continue;
      await waitForSuccess(fresh.addDocuments(batch.map(toMeilisearchDocument), { primaryKey: PRIMARY_KEY }), wait);
      indexed += batch.length;
      onProgress?.(indexed);
    }
    await waitForSuccess(client.swapIndexes([{ indexes: [indexUid, freshUid], rename: false }]), wait);
  } catch (error) {
    await client
      .deleteIndex(freshUid)
      .waitTask(wait)
      .catch(() => undefined);
    throw error;
  }
  // After the swap, freshUid holds the previous documents.
  await waitForSuccess(client.deleteIndex(freshUid), wait);
  return { indexed, freshUid };
}
