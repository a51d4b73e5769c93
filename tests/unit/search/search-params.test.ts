import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEARCH_SORTS, type SearchQuery } from "@/lib/search/contract";
import { ENTERPRISE_TYPES, INDUSTRY_SECTIONS, PREFECTURES, STATUSES } from "@/lib/dictionaries";
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  SEARCH_PAGE_SIZE,
  countFilters,
  parseSearchParams,
  searchPageHref,
  toSearchParams,
} from "@/lib/search/search-params";

const parse = (search: string) => parseSearchParams(new URLSearchParams(search));

describe("parseSearchParams", () => {
  it("reads an empty URL as the default query", () => {
    expect(parse("")).toEqual({ ok: true, query: { q: "", filters: {}, sort: "relevance", page: 1, pageSize: SEARCH_PAGE_SIZE } });
  });

  it("reads every parameter", () => {
    const result = parse(
      "q=%20天山%20&page=3&sort=capital-desc&prefecture=650100&prefecture=650200&type=llc&status=active&status=revoked" +
        "&section=F&from=2000&to=2020&capitalMin=10.5&capitalMax=500&penalties=1&abnormal=1&serious=1",
    );
    expect(result).toEqual({
      ok: true,
      query: {
        q: "天山",
        page: 3,
        sort: "capital-desc",
        pageSize: SEARCH_PAGE_SIZE,
        filters: {
          prefectures: ["650100", "650200"],
          types: ["llc"],
          statuses: ["active", "revoked"],
          industrySections: ["F"],
          establishedFromYear: 2000,
          establishedToYear: 2020,
          capitalMin: 10.5,
          capitalMax: 500,
          hasPenaltiesInPublicity: true,
          isOnAbnormalList: true,
          isOnSeriousViolationList: true,
        },
      },
    });
  });

  it("treats the empty inputs of a submitted GET form as absent", () => {
    expect(parse("q=abc&from=&to=&capitalMin=&capitalMax=&status=&sort=relevance")).toEqual({
      ok: true,
      query: { q: "abc", filters: {}, sort: "relevance", page: 1, pageSize: SEARCH_PAGE_SIZE },
    });
  });

  it("accepts Next's searchParams object, ignores unknown parameters and removes duplicates", () => {
    const result = parseSearchParams({ q: ["新疆", "other"], status: ["active", "active"], utm_source: "x", page: undefined });
    expect(result).toEqual({ ok: true, query: { q: "新疆", filters: { statuses: ["active"] }, sort: "relevance", page: 1, pageSize: 20 } });
  });

  it.each([
    ["page=0", "page", "pageInvalid"],
    ["page=-1", "page", "pageInvalid"],
    ["page=1.5", "page", "pageInvalid"],
    ["page=abc", "page", "pageInvalid"],
    [`page=${MAX_PAGE + 1}`, "page", "pageInvalid"],
    ["sort=random", "sort", "sortInvalid"],
    ["prefecture=999999", "prefecture", "prefectureInvalid"],
    ["type=nonsense", "type", "typeInvalid"],
    ["status=sleeping", "status", "statusInvalid"],
    ["section=f", "section", "sectionInvalid"],
    ["section=Z", "section", "sectionInvalid"],
    ["from=20", "from", "yearInvalid"],
    ["to=3000", "to", "yearInvalid"],
    ["from=2020&to=2000", "to", "yearRange"],
    ["capitalMin=-1", "capitalMin", "capitalInvalid"],
    ["capitalMax=1e9", "capitalMax", "capitalInvalid"],
    ["capitalMin=100&capitalMax=10", "capitalMax", "capitalRange"],
    ["penalties=yes", "penalties", "flagInvalid"],
    ["abnormal=0", "abnormal", "flagInvalid"],
    [`q=${"字".repeat(MAX_QUERY_LENGTH + 1)}`, "q", "qTooLong"],
  ])("rejects %s (field %s, %s)", (search, field, key) => {
    const result = parse(search);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ [field]: key });
  });

  it("reports every wrong parameter and still returns the rest of the query", () => {
    const result = parse("q=天山&page=x&status=active&status=sleeping&from=1990&to=1980&sort=name");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ page: "pageInvalid", status: "statusInvalid", to: "yearRange" });
    expect(result.query).toEqual({ q: "天山", filters: { establishedFromYear: 1990 }, sort: "name", page: 1, pageSize: 20 });
  });

  it("cuts a too-long q to the limit in the fallback query", () => {
    const result = parse(`q=${"a".repeat(150)}`);
    expect(result.ok).toBe(false);
    expect(result.query.q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe("toSearchParams", () => {
  it("leaves defaults out", () => {
    expect(toSearchParams({ q: "", filters: {}, sort: "relevance", page: 1 }).toString()).toBe("");
    expect(searchPageHref("ug", { q: "", filters: {} })).toBe("/ug/search");
    expect(searchPageHref("zh", { q: "天山", filters: { statuses: ["active"] }, page: 2 })).toBe(
      `/zh/search?q=${encodeURIComponent("天山")}&status=active&page=2`,
    );
  });

  const sample = <T,>(items: readonly T[]) => fc.uniqueArray(fc.constantFrom(...items), { maxLength: 3 });
  const queries: fc.Arbitrary<SearchQuery> = fc
    .record({
      q: fc.string({ maxLength: MAX_QUERY_LENGTH }).map((value) => value.trim()),
      sort: fc.constantFrom(...SEARCH_SORTS),
      page: fc.integer({ min: 1, max: MAX_PAGE }),
      prefectures: sample(PREFECTURES.map((item) => item.code)),
      types: sample(ENTERPRISE_TYPES.map((item) => item.code)),
      statuses: sample(STATUSES.map((item) => item.code)),
      industrySections: sample(INDUSTRY_SECTIONS.map((item) => item.code)),
      years: fc.option(fc.tuple(fc.integer({ min: 1949, max: 2100 }), fc.integer({ min: 1949, max: 2100 })), { nil: undefined }),
      capital: fc.option(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })), { nil: undefined }),
      flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
    })
    .map(({ q, sort, page, prefectures, types, statuses, industrySections, years, capital, flags }) => {
      const filters: SearchQuery["filters"] = {};
      if (prefectures.length) filters.prefectures = prefectures;
      if (types.length) filters.types = types;
      if (statuses.length) filters.statuses = statuses;
      if (industrySections.length) filters.industrySections = industrySections;
      if (years) [filters.establishedFromYear, filters.establishedToYear] = [Math.min(...years), Math.max(...years)];
      if (capital) [filters.capitalMin, filters.capitalMax] = [Math.min(...capital) / 100, Math.max(...capital)];
      if (flags[0]) filters.hasPenaltiesInPublicity = true;
      if (flags[1]) filters.isOnAbnormalList = true;
      if (flags[2]) filters.isOnSeriousViolationList = true;
      return { q, filters, sort, page, pageSize: SEARCH_PAGE_SIZE };
    });

  it("round-trips every valid query through the URL", () => {
    fc.assert(
      fc.property(queries, (query) => {
        const url = `/zh/search?${toSearchParams(query).toString()}`;
        const result = parseSearchParams(new URL(url, "http://localhost").searchParams);
        expect(result).toEqual({ ok: true, query });
      }),
    );
  });

  it("counts applied filters", () => {
    expect(countFilters({})).toBe(0);
    expect(countFilters({ statuses: ["active", "revoked"], establishedFromYear: 2000, isOnAbnormalList: true })).toBe(4);
  });
});
