/**
 * Zero-downtime reindex. Meilisearch cannot run here (STACK-NOTES.md): only the HTTP layer is
 * faked (global fetch, tests/unit/search/meilisearch-fake-http.ts); the official client runs
 * unchanged and the test asserts the sequence of requests.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SearchDocument } from "@/lib/search/contract";
import { createMeilisearchClient } from "@/lib/search/meilisearch/client";
import { reindexAll } from "@/lib/search/meilisearch/reindex";
import { buildIndexSettings } from "@/lib/search/meilisearch/settings";
import { FAKE_URL, installFakeMeilisearch, notFound, type FakeMeilisearch } from "./meilisearch-fake-http";
import { SAMPLE_DOCUMENT } from "./meilisearch-fixtures";

async function* batches(sizes: number[]): AsyncIterable<SearchDocument[]> {
  let n = 0;
  for (const size of sizes) yield Array.from({ length: size }, () => ({ ...SAMPLE_DOCUMENT, uscc: `U${n++}` }));
}

const FAST = { timeout: 1_000, interval: 1 };

describe("reindexAll", () => {
  let fake: FakeMeilisearch;
  beforeEach(() => {
    fake = installFakeMeilisearch();
  });
  afterEach(() => fake.restore());

  it("fills a fresh index, swaps it with the live one, then deletes the old one", async () => {
    const progress: number[] = [];
    const result = await reindexAll({ client: createMeilisearchClient({ url: FAKE_URL }), indexUid: "companies", documents: batches([3, 0, 2]), onProgress: (n) => progress.push(n), now: () => 42, wait: FAST });
    expect(result).toEqual({ indexed: 5, freshUid: "companies_42" });
    expect(progress).toEqual([3, 5]);
    const calls = fake.calls();
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([
      "GET /indexes/companies",
      "POST /indexes",
      "PATCH /indexes/companies_42/settings",
      "POST /indexes/companies_42/documents",
      "POST /indexes/companies_42/documents",
      "POST /swap-indexes",
      "DELETE /indexes/companies_42",
    ]);
    expect(calls[1].body).toEqual({ uid: "companies_42", primaryKey: "uscc" });
    expect(calls[2].body).toEqual(buildIndexSettings());
    expect((calls[3].body as { nameNgrams: string }[])[0].nameNgrams).toContain("木齐");
    expect(calls[5].body).toEqual([{ indexes: ["companies", "companies_42"], rename: false }]);
  });

  it("creates the live index first when there is none (a swap needs both)", async () => {
    fake.route((request) => (request.method === "GET" && request.path === "/indexes/companies" ? notFound("index_not_found") : undefined));
    await reindexAll({ client: createMeilisearchClient({ url: FAKE_URL }), documents: batches([1]), now: () => 7, wait: FAST });
    expect(fake.calls().slice(0, 3).map((request) => [request.path, request.body])).toEqual([
      ["/indexes/companies", undefined],
      ["/indexes", { uid: "companies", primaryKey: "uscc" }],
      ["/indexes", { uid: "companies_7", primaryKey: "uscc" }],
    ]);
  });

  it("deletes the fresh index and leaves the live one untouched when loading fails", async () => {
    fake.failTask(3, { code: "invalid_document_fields", message: "bad document" });
    await expect(reindexAll({ client: createMeilisearchClient({ url: FAKE_URL }), documents: batches([1, 1]), now: () => 9, wait: FAST })).rejects.toThrow(/bad document/);
    const calls = fake.calls().map(({ method, path }) => `${method} ${path}`);
    expect(calls).not.toContain("POST /swap-indexes");
    expect(calls.at(-1)).toBe("DELETE /indexes/companies_9");
  });
});
