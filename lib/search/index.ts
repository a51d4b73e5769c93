import type { SearchIndex, SearchQuery, SearchResult, Suggestion } from "./contract";
import { createMeilisearchIndexFromEnv } from "./meilisearch/adapter";
import { createPostgresIndex } from "./postgres/adapter";

/**
 * The search entry points pages and the API use. The configured engine answers; when it is
 * Meilisearch and Meilisearch fails (down, timing out), the postgres engine answers instead and
 * the result says `isDegraded` — never an error page.
 */
const postgres = createPostgresIndex();

let configured: SearchIndex | undefined;

/** The configured engine: Meilisearch when MEILI_URL is set (its settings are applied by `npm run search:reindex`), else postgres. */
function configuredIndex(): SearchIndex {
  configured ??= createMeilisearchIndexFromEnv() ?? postgres;
  return configured;
}

export async function searchCompanies(query: SearchQuery): Promise<SearchResult> {
  const index = configuredIndex();
  if (index === postgres) return postgres.search(query);
  try {
    return await index.search(query);
  } catch (error) {
    console.error(`search: ${index.engine} failed, answering from postgres:`, error instanceof Error ? error.message : error);
    return { ...(await postgres.search(query)), isDegraded: true };
  }
}

export async function suggestCompanies(q: string, limit: number): Promise<Suggestion[]> {
  const index = configuredIndex();
  if (index === postgres) return postgres.suggest(q, limit);
  try {
    return await index.suggest(q, limit);
  } catch {
    return postgres.suggest(q, limit);
  }
}

export type { SearchQuery, SearchResult, Suggestion } from "./contract";
