import { beforeAll, describe, expect, it } from "vitest";
import { iterateSearchDocuments, loadSearchDocuments, countSearchDocuments } from "@/lib/search/search-document";
import { requireDatabaseUrl } from "../../support/database";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany, VISIBLE } from "../../support/marker-company";

describe("search documents (what a search engine is given)", () => {
  beforeAll(async () => {
    await plantMarkerCompany(requireDatabaseUrl());
  });

  it("cover every company once and hold no hidden value", async () => {
    const seen = new Set<string>();
    let text = "";
    for await (const batch of iterateSearchDocuments({ batchSize: 97, today: "2026-11-23" })) {
      for (const document of batch) {
        expect(seen.has(document.uscc)).toBe(false);
        seen.add(document.uscc);
      }
      text += JSON.stringify(batch);
    }
    expect(seen.size).toBe(await countSearchDocuments());
    expect(seen.has(MARKER_USCC)).toBe(true);
    expect(text).toContain(VISIBLE.name);
    expect(leakedMarkers(text)).toEqual([]);
  });

  it("load by id, with null for a company that no longer exists", async () => {
    const documents = await loadSearchDocuments([1, 987654321], "2026-11-23");
    expect(documents.get(1)?.uscc).toMatch(/^[0-9A-Z]{18}$/);
    expect(documents.get(987654321)).toBeNull();
  });
});
