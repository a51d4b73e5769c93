import { describe, expect, it } from "vitest";
import type { SearchFilters, SearchIndex } from "@/lib/search/contract";
import { createPostgresIndex, type PlanChoice } from "@/lib/search/postgres/adapter";

/**
 * The postgres engine counts at most MAX_COUNTED_HITS matches. With one filtered facet it first
 * collects the matches under the other filters, and picks the results from them when that set is
 * under the cap (lib/search/postgres/search-statement.ts). The test register (400 companies) is far
 * under 1,000: a cap of 40 reaches both paths.
 */
const CAP = 40;
const TODAY = () => "2026-11-23";

async function usccs(index: SearchIndex, q: string, filters: SearchFilters): Promise<string[]> {
  const result = await index.search({ q, filters, sort: "relevance", page: 1, pageSize: 1000 });
  return result.hits.map((hit) => hit.uscc).sort();
}

for (const plan of ["sampled", "indexes", "scan"] as PlanChoice[]) {
  describe(`postgres search at its count cap (${plan})`, () => {
    const capped = createPostgresIndex({ today: TODAY, plan, countCap: CAP });
    const whole = createPostgresIndex({ today: TODAY, plan });

    it("finds every match of a filter rarer than the cap although the companies around it pass it", async () => {
      const all = await whole.search({ q: "", filters: {}, sort: "relevance", page: 1, pageSize: 1 });
      expect(all.total).toBeGreaterThan(CAP);
      const rare = Object.entries(all.facets.statuses).filter(([, count]) => count > 0 && count <= CAP);
      const common = Object.entries(all.facets.statuses).filter(([, count]) => count > CAP);
      expect(rare.length).toBeGreaterThan(0);
      expect(common.length).toBeGreaterThan(0);

      for (const [status, count] of rare) {
        const result = await capped.search({ q: "", filters: { statuses: [status] }, sort: "relevance", page: 1, pageSize: 1000 });
        expect(result.isTotalCapped, status).toBe(false);
        expect(result.total, status).toBe(count);
        expect(result.hits.map((hit) => hit.uscc).sort()).toEqual(await usccs(whole, "", { statuses: [status] }));
        // The facet itself is counted among the first CAP + 1 companies under the other filters.
        expect(Object.values(result.facets.statuses).reduce((sum, n) => sum + n, 0)).toBe(CAP + 1);
      }
      for (const [status] of common) {
        const result = await capped.search({ q: "", filters: { statuses: [status] }, sort: "relevance", page: 1, pageSize: 1000 });
        expect(result.isTotalCapped, status).toBe(true);
        expect(result.total).toBe(CAP);
        expect(result.hits.every((hit) => hit.status === status)).toBe(true);
      }
    });

    it("does the same for a text query with a prefecture filter", async () => {
      const all = await whole.search({ q: "公司", filters: {}, sort: "relevance", page: 1, pageSize: 1 });
      expect(all.total).toBeGreaterThan(CAP);
      for (const [prefecture, count] of Object.entries(all.facets.prefectures)) {
        const filters = { prefectures: [prefecture] };
        const result = await capped.search({ q: "公司", filters, sort: "relevance", page: 1, pageSize: 1000 });
        expect(result.isTotalCapped, prefecture).toBe(count > CAP);
        if (count <= CAP) expect(result.hits.map((hit) => hit.uscc).sort(), prefecture).toEqual(await usccs(whole, "公司", filters));
        else expect(result.hits.every((hit) => hit.prefectureCode === prefecture)).toBe(true);
      }
    });
  });
}
