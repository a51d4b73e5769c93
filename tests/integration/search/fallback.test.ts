import { describe, expect, it } from "vitest";
import { freePort } from "@/scripts/support/database";

/**
 * Meilisearch configured but unreachable (nothing listens on the port): search still answers,
 * from the postgres engine, and says the results may be incomplete. No Meilisearch server runs
 * on these machines; an unreachable one is exactly what this needs.
 */
describe("search when Meilisearch is down", () => {
  it("falls back to postgres with isDegraded, and suggestions still work", async () => {
    process.env.MEILI_URL = `http://127.0.0.1:${await freePort()}`;
    const { searchCompanies, suggestCompanies } = await import("@/lib/search");
    const result = await searchCompanies({ q: "有限公司", filters: {}, sort: "relevance", page: 1, pageSize: 5 });
    expect(result.engine).toBe("postgres");
    expect(result.isDegraded).toBe(true);
    expect(result.total).toBeGreaterThan(0);
    expect((await suggestCompanies("有限", 5)).length).toBeGreaterThan(0);
  });
});
