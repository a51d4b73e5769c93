/**
 * npm run search:reindex -- [--dry-run]
 * Rebuilds the Meilisearch index (MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX) from the database with
 * no downtime: a fresh index is filled, then swapped with the live one (lib/search/meilisearch/reindex.ts).
 * --dry-run counts the documents and checks that Meilisearch answers, without writing.
 */
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createMeilisearchClient } from "@/lib/search/meilisearch/client";
import { reindexAll } from "@/lib/search/meilisearch/reindex";
import { countSearchDocuments, iterateSearchDocuments } from "@/lib/search/search-document";
import { openDatabase } from "./support/database";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    "batch-size": { type: "string", default: "1000" },
    "dry-run": { type: "boolean", default: false },
  },
});

async function main() {
  const env = getEnv();
  if (env.MEILI_URL === undefined) throw new Error("Set MEILI_URL (and MEILI_MASTER_KEY) to the Meilisearch server to reindex.");
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error("--batch-size must be a whole number from 1 to 10000");

  const database = await openDatabase();
  try {
    const client = createMeilisearchClient({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeoutMs: 60_000 });
    await client.health();
    const total = await countSearchDocuments();
    if (values["dry-run"]) {
      console.log(`Dry run: would index ${total} companies into "${env.MEILI_INDEX}" at ${env.MEILI_URL}.`);
      return;
    }
    const progress = createProgress({ total, label: "indexing" });
    const { indexed } = await reindexAll({
      client,
      indexUid: env.MEILI_INDEX,
      documents: iterateSearchDocuments({ batchSize }),
      onProgress: (done) => progress.tick(done),
    });
    progress.finish();
    console.log(`Indexed ${indexed} companies into "${env.MEILI_INDEX}".`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
