import type { Meilisearch } from "meilisearch";
import { getEnv } from "@/lib/env";
import { MAX_COUNTED_HITS, type SearchDocument, type SearchIndex, type SearchQuery, type SearchResult, type Suggestion } from "@/lib/search/contract";
import { createMeilisearchClient, ensureIndexExists, waitForSuccess } from "./client";
import { toMeilisearchDocument, type MeilisearchDocument } from "./documents";
import { buildSearchRequests, buildSuggestRequest, clampPaging, codeHintFor, normalizeQuery } from "./query";
import { toFacetCounts, toSearchHit, toSuggestion } from "./results";
import { DEFAULT_INDEX_UID, getIndexConfig, PRIMARY_KEY } from "./settings";

/**
 * The Meilisearch adapter of the search contract. Every failure (network, timeout, an error
 * answer, a failed task, a response of an unexpected shape) is thrown: the caller falls back to
 * the postgres adapter and marks the result degraded.
 */

export const UPSERT_BATCH_SIZE = 1_000;

export type MeilisearchIndexOptions = {
  url: string;
  apiKey?: string;
  indexUid?: string;
  /** Per HTTP request; default REQUEST_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Use this client instead of making one (tests, scripts that already have one). */
  client?: Meilisearch;
};

export function createMeilisearchIndex({ url, apiKey, indexUid = DEFAULT_INDEX_UID, timeoutMs, client: given }: MeilisearchIndexOptions): SearchIndex {
  const client = given ?? createMeilisearchClient({ url, apiKey, timeoutMs });
  const index = client.index<MeilisearchDocument>(indexUid);
  const config = getIndexConfig(indexUid);

  return {
    engine: "meilisearch",

    async ensureSettings() {
      await ensureIndexExists({ client, uid: indexUid, primaryKey: PRIMARY_KEY });
      await waitForSuccess(index.updateSettings(config.settings));
    },

    async upsert(documents: SearchDocument[]) {
      for (let start = 0; start < documents.length; start += UPSERT_BATCH_SIZE) {
        const batch = documents.slice(start, start + UPSERT_BATCH_SIZE).map(toMeilisearchDocument);
        await waitForSuccess(index.addDocuments(batch, { primaryKey: PRIMARY_KEY }));
      }
    },

    async remove(usccs: string[]) {
      if (usccs.length === 0) return;
      await waitForSuccess(index.deleteDocuments([...new Set(usccs)]));
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const normalized = normalizeQuery(query.q);
      const { page, pageSize } = clampPaging(query);
      const { results } = await client.multiSearch({ queries: buildSearchRequests(indexUid, query) });
      const [main] = results;
      if (!main) throw new Error("Meilisearch multi-search returned no result for the main query");
      const context = { parts: normalized.parts, isFilterOnly: normalized.text === "" };
      return {
        total: main.totalHits ?? main.estimatedTotalHits ?? main.hits.length,
        isTotalCapped: (main.totalHits ?? main.estimatedTotalHits ?? 0) >= MAX_COUNTED_HITS,
        page,
        pageSize,
        hits: main.hits.map((hit) => toSearchHit(hit, context)),
        facets: toFacetCounts(results),
        codeHint: codeHintFor(normalized.code),
        engine: "meilisearch",
        isDegraded: false,
      };
    },

    async suggest(q: string, limit: number): Promise<Suggestion[]> {
      const request = buildSuggestRequest(q, limit);
      if (request === null) return [];
      const response = await index.search(request.q, request.params);
      const { parts } = normalizeQuery(q);
      return response.hits.map((hit) => toSuggestion(hit, parts));
    },
  };
}

/** The Meilisearch adapter when MEILI_URL is set (MEILI_MASTER_KEY, MEILI_INDEX), else null. */
export function createMeilisearchIndexFromEnv(): SearchIndex | null {
  const env = getEnv();
  if (env.MEILI_URL === undefined) return null;
  return createMeilisearchIndex({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, indexUid: env.MEILI_INDEX });
}
