/**
 * What the Meilisearch adapter sends for a search and how it reads the answer. Meilisearch cannot
 * run here (STACK-NOTES.md): only the HTTP layer is faked (global fetch,
 * tests/unit/search/meilisearch-fake-http.ts); the official client and the adapter run unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeUsccCheckChar } from "@/lib/codes/credit-code";
import { SEARCH_SORTS, type SearchQuery } from "@/lib/search/contract";
import { createMeilisearchIndex } from "@/lib/search/meilisearch/adapter";
import { markParts, parseHighlighted } from "@/lib/search/meilisearch/results";
import { FAKE_URL, installFakeMeilisearch, type FakeMeilisearch, type RecordedRequest } from "./meilisearch-fake-http";

const ALL_FACETS = ["prefectureCode", "type", "status", "industrySection", "hasPenaltiesInPublicity", "isOnAbnormalList", "isOnSeriousViolationList"];
const RETRIEVED = [
  "uscc",
  "registrationNumber",
  "nameZh",
  "nameUg",
  "formerNames",
  "legalRepName",
  "type",
  "status",
  "regionCode",
  "prefectureCode",
  "industryCode",
  "establishedOn",
  "capital",
  "hasPenaltiesInPublicity",
  "isOnAbnormalList",
  "isOnSeriousViolationList",
  "pinyin",
  "pinyinInitials",
];
const HIGHLIGHTED = ["uscc", "registrationNumber", "nameZh", "nameUg", "formerNames", "legalRepName", "pinyin", "pinyinInitials"];
const PRE = "\uE000";
const POST = "\uE001";

const FIRST17 = "91650100MA77XXXX1";
const VALID_USCC = FIRST17 + computeUsccCheckChar(FIRST17);
const WRONG_CHECK = computeUsccCheckChar(FIRST17) === "0" ? "1" : "0";

function query(overrides: Partial<SearchQuery>): SearchQuery {
  return { q: "", filters: {}, sort: "relevance", page: 1, pageSize: 20, ...overrides };
}

function mainRequest(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    indexUid: "companies",
    q: "",
    matchingStrategy: "all",
    facets: ALL_FACETS,
    page: 1,
    hitsPerPage: 20,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: HIGHLIGHTED,
    highlightPreTag: PRE,
    highlightPostTag: POST,
    showMatchesPosition: true,
    ...overrides,
  };
}

function emptyResult(indexUid = "companies") {
  return { indexUid, hits: [], query: "", processingTimeMs: 1, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} };
}

describe("search requests", () => {
  let fake: FakeMeilisearch;
  let sent: { queries: Record<string, unknown>[] }[];
  beforeEach(() => {
    fake = installFakeMeilisearch();
    sent = [];
    fake.route((request: RecordedRequest) => {
      if (request.path !== "/multi-search") return undefined;
      const body = request.body as { queries: Record<string, unknown>[] };
      sent.push(body);
      return { status: 200, body: { results: body.queries.map(() => emptyResult()) } };
    });
  });
  afterEach(() => fake.restore());

  const index = () => createMeilisearchIndex({ url: FAKE_URL });

  it("a name fragment: one POST /multi-search, q as typed, Chinese locale, every facet, highlights with private-use tags", async () => {
    await index().search(query({ q: " 木齐商贸 " }));
    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual(["POST /multi-search"]);
    expect(sent[0].queries).toEqual([mainRequest({ q: "木齐商贸", locales: ["cmn"] })]);
  });

  it("a multi-part query requires every part (matchingStrategy all), whitespace of any width collapsed", async () => {
    await index().search(query({ q: "乌鲁木齐\u3000 商贸" }));
    expect(sent[0].queries).toEqual([mainRequest({ q: "乌鲁木齐 商贸", locales: ["cmn"] })]);
  });

  it("a loosely typed code is sent as the normalised code (spaces, dashes, case, full width)", async () => {
    await index().search(query({ q: ` ${VALID_USCC.slice(0, 4)} ${VALID_USCC.slice(4, 8)}-${VALID_USCC.slice(8).toLowerCase()} ` }));
    await index().search(query({ q: "９１６５０１００ＭＡ７７" }));
    expect(sent.map((body) => body.queries[0])).toEqual([mainRequest({ q: VALID_USCC }), mainRequest({ q: "91650100MA77" })]);
  });

  it("plain pinyin is not taken for a code", async () => {
    await index().search(query({ q: "WLMQ shangmao" }));
    // Latin words are sent folded (lower case): Meilisearch compares without case anyway.
    expect(sent[0].queries[0]).toEqual(mainRequest({ q: "wlmq shangmao" }));
  });

  it("sends Latin words folded like nameUgLatin and Arabic-script words in the canonical form of nameUgArabic", async () => {
    await index().search(query({ q: "Ürümchi  sa’et" }));
    await index().search(query({ q: "ئۈرۈمچی ﺳﻮﺩﺍ" }));
    await index().search(query({ q: "乌鲁木齐 qeshqer" }));
    expect(sent.map((body) => body.queries[0].q)).toEqual(["urumchi saet", "ئۈرۈمچى سودا", "乌鲁木齐 qeshqer"]);
  });

  it("every filter combined, values quoted and escaped; one extra counting query per filtered facet without its own filter", async () => {
    await index().search(
      query({
        filters: {
          prefectures: ["650100", 'x"y\\z'],
          types: ["1100"],
          statuses: ["active", "active"],
          industrySections: ["F"],
          establishedFromYear: 2000,
          establishedToYear: 2010,
          capitalMin: 12.5,
          capitalMax: 1000,
          hasPenaltiesInPublicity: true,
          isOnAbnormalList: false,
          isOnSeriousViolationList: true,
        },
      }),
    );
    const all = {
      prefectureCode: 'prefectureCode IN ["650100", "x\\"y\\\\z"]',
      type: 'type IN ["1100"]',
      status: 'status IN ["active"]',
      industrySection: 'industrySection IN ["F"]',
      hasPenaltiesInPublicity: "hasPenaltiesInPublicity = true",
      isOnAbnormalList: "isOnAbnormalList = false",
      isOnSeriousViolationList: "isOnSeriousViolationList = true",
    };
    const ranges = ["establishedYear >= 2000", "establishedYear <= 2010", "capital >= 12.5", "capital <= 1000"];
    const filterWithout = (omit?: keyof typeof all) => [
      ...(["prefectureCode", "type", "status", "industrySection"] as const).filter((key) => key !== omit).map((key) => all[key]),
      ...ranges,
      ...(["hasPenaltiesInPublicity", "isOnAbnormalList", "isOnSeriousViolationList"] as const).filter((key) => key !== omit).map((key) => all[key]),
    ];
    expect(sent[0].queries[0]).toEqual(mainRequest({ filter: filterWithout(), facets: [] }));
    expect(sent[0].queries.slice(1)).toEqual(
      ALL_FACETS.map((facet) => ({ indexUid: "companies", q: "", matchingStrategy: "all", filter: filterWithout(facet as keyof typeof all), facets: [facet], limit: 0 })),
    );
    // The literal the server parses, spelled out once:
    expect((sent[0].queries[0].filter as string[])[0]).toBe(String.raw`prefectureCode IN ["650100", "x\"y\\z"]`);
  });

  it("each sort", async () => {
    for (const sort of SEARCH_SORTS) await index().search(query({ q: "商贸", sort }));
    expect(sent.map((body) => body.queries[0].sort)).toEqual([undefined, ["establishedDay:desc"], ["establishedDay:asc"], ["capital:desc"], ["capital:asc"], ["pinyin:asc"]]);
  });

  it("page 3, and page size clamped to 100", async () => {
    await index().search(query({ q: "商贸", page: 3, pageSize: 20 }));
    await index().search(query({ q: "商贸", page: 0, pageSize: 1000 }));
    expect(sent.map((body) => [body.queries[0].page, body.queries[0].hitsPerPage])).toEqual([
      [3, 20],
      [1, 100],
    ]);
  });
});

describe("search results", () => {
  let fake: FakeMeilisearch;
  afterEach(() => fake.restore());

  const stored = {
    registrationNumber: null,
    nameUg: null,
    formerNames: [],
    legalRepName: "张伟",
    type: "1100",
    status: "active",
    regionCode: "650102",
    prefectureCode: "650100",
    industryCode: "F51",
    establishedOn: "2015-03-02",
    capital: 500.5,
    hasPenaltiesInPublicity: false,
    isOnAbnormalList: true,
    isOnSeriousViolationList: false,
    pinyin: "x",
    pinyinInitials: "x",
  };

  function respond(results: unknown[]) {
    fake = installFakeMeilisearch();
    fake.route((request) => (request.path === "/multi-search" ? { status: 200, body: { results } } : undefined));
  }

  it("maps hits, highlights, match reasons, facet counts and totals", async () => {
    respond([
      {
        ...emptyResult(),
        totalHits: 1234,
        totalPages: 62,
        hits: [
          {
            ...stored,
            uscc: "A",
            nameZh: "乌鲁木齐天山商贸有限公司",
            _formatted: { ...stored, uscc: "A", nameZh: `${PRE}乌鲁木齐${POST}天山${PRE}商贸${POST}有限公司`, capital: "500.5" },
            _matchesPosition: { nameZh: [{ start: 0, length: 12 }] },
          },
          {
            // Matched only through the n-grams: the adapter marks the fragment itself.
            ...stored,
            uscc: "B",
            nameZh: "新疆木齐商贸有限公司",
            capital: null,
            _formatted: { ...stored, uscc: "B", nameZh: "新疆木齐商贸有限公司" },
            _matchesPosition: { nameNgrams: [{ start: 3, length: 6 }] },
          },
          {
            ...stored,
            uscc: "C",
            nameZh: "天山物流有限公司",
            formerNames: ["喀什木齐商贸公司", "别的公司"],
            _formatted: { ...stored, uscc: "C", nameZh: "天山物流有限公司", formerNames: ["喀什木齐商贸公司", "别的公司"] },
            _matchesPosition: { nameNgrams: [{ start: 0, length: 6 }] },
          },
          {
            ...stored,
            uscc: "D",
            nameZh: "某某公司",
            formerNames: ["旧名公司"],
            _formatted: { ...stored, uscc: "D", nameZh: "某某公司", formerNames: ["旧名公司", `${PRE}木齐${POST}公司`] },
            _matchesPosition: { "formerNames.1": [{ start: 0, length: 6 }] },
          },
        ],
        facetDistribution: {
          prefectureCode: { "650100": 1000, "653100": 234 },
          type: { "1100": 1234 },
          status: { active: 1200, deregistered: 34 },
          industrySection: { F: 1234 },
          hasPenaltiesInPublicity: { false: 1200, true: 34 },
          isOnAbnormalList: { false: 1234 },
        },
      },
      // The counting query for the filtered prefecture facet: its counts win.
      { ...emptyResult(), facetDistribution: { prefectureCode: { "650100": 1000, "653100": 500, "654000": 7 } } },
    ]);
    const result = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "木齐 商贸", page: 2, filters: { prefectures: ["650100"] } }));

    expect(result).toMatchObject({ total: 1234, page: 2, pageSize: 20, engine: "meilisearch", isDegraded: false, codeHint: null });
    expect(result.facets).toEqual({
      prefectures: { "650100": 1000, "653100": 500, "654000": 7 },
      types: { "1100": 1234 },
      statuses: { active: 1200, deregistered: 34 },
      industrySections: { F: 1234 },
      hasPenaltiesInPublicity: 34,
      isOnAbnormalList: 0,
      isOnSeriousViolationList: 0,
    });
    const [a, b, c, d] = result.hits;
    expect(a).toEqual({
      uscc: "A",
      registrationNumber: null,
      nameZh: "乌鲁木齐天山商贸有限公司",
      nameUg: null,
      type: "1100",
      status: "active",
      regionCode: "650102",
      prefectureCode: "650100",
      industryCode: "F51",
      legalRepName: "张伟",
      establishedOn: "2015-03-02",
      capital: "500.5",
      alerts: { hasPenaltiesInPublicity: false, isOnAbnormalList: true, isOnSeriousViolationList: false },
      matchedBy: "name",
      highlights: {
        nameZh: [
          { text: "乌鲁木齐", isMatch: true },
          { text: "天山", isMatch: false },
          { text: "商贸", isMatch: true },
          { text: "有限公司", isMatch: false },
        ],
        nameUg: null,
        legalRepName: [{ text: "张伟", isMatch: false }],
        formerName: null,
      },
    });
    expect(b.capital).toBeNull();
    expect(b.matchedBy).toBe("name");
    expect(b.highlights.nameZh).toEqual([
      { text: "新疆", isMatch: false },
      { text: "木齐商贸", isMatch: true },
      { text: "有限公司", isMatch: false },
    ]);
    expect(c.matchedBy).toBe("former-name");
    expect(c.highlights.nameZh).toEqual([{ text: "天山物流有限公司", isMatch: false }]);
    expect(c.highlights.formerName).toEqual([
      { text: "喀什", isMatch: false },
      { text: "木齐商贸", isMatch: true },
      { text: "公司", isMatch: false },
    ]);
    expect(d.matchedBy).toBe("former-name");
    expect(d.highlights.formerName).toEqual([
      { text: "木齐", isMatch: true },
      { text: "公司", isMatch: false },
    ]);
  });

  it("marks the Uyghur name when it matched through its Latin or normalised form", async () => {
    const hit = (uscc: string, matched: string) => ({
      ...stored,
      uscc,
      nameZh: "乌鲁木齐天山商贸有限公司",
      nameUg: "ئۈرۈمچى تەڭرىتاغ سودا چەكلىك شىركىتى",
      _formatted: {},
      _matchesPosition: { [matched]: [{ start: 0, length: 7 }] },
    });
    respond([{ ...emptyResult(), hits: [hit("1", "nameUgLatin")] }]);
    const latin = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "Ürümchi" }));
    expect(latin.hits[0].matchedBy).toBe("uyghur-name");
    expect(latin.hits[0].highlights.nameUg).toEqual([
      { text: "ئۈرۈمچى", isMatch: true },
      { text: " تەڭرىتاغ سودا چەكلىك شىركىتى", isMatch: false },
    ]);
    fake.restore();
    respond([{ ...emptyResult(), hits: [hit("1", "nameUgArabic")] }]);
    const arabic = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "ﺳﻮﺩﺍ" }));
    expect(arabic.hits[0].matchedBy).toBe("uyghur-name");
    expect(arabic.hits[0].highlights.nameUg?.filter((segment) => segment.isMatch)).toEqual([{ text: "سودا", isMatch: true }]);
  });

  it("says why: code, registration number, Uyghur name, legal representative, pinyin, filters only", async () => {
    const hit = (uscc: string, matched: string) => ({ ...stored, uscc, nameZh: "某公司", nameUg: "شىركەت", _formatted: {}, _matchesPosition: { [matched]: [{ start: 0, length: 1 }] } });
    respond([{ ...emptyResult(), hits: [hit("1", "uscc"), hit("2", "registrationNumber"), hit("3", "nameUg"), hit("4", "legalRepName"), hit("5", "pinyinInitials")] }]);
    const result = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "x" }));
    expect(result.hits.map((h) => h.matchedBy)).toEqual(["code", "registration-number", "uyghur-name", "legal-representative", "pinyin"]);
    expect(result.hits[2].highlights.nameUg).toEqual([{ text: "شىركەت", isMatch: false }]);

    fake.restore();
    respond([{ ...emptyResult(), hits: [hit("1", "nameZh")] }]);
    const filtersOnly = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ filters: { types: ["1100"] } }));
    expect(filtersOnly.hits[0].matchedBy).toBe("filters");
  });

  it("gives the check-character hint for an 18-character code with a wrong last character", async () => {
    respond([emptyResult()]);
    const result = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: FIRST17.toLowerCase() + WRONG_CHECK }));
    expect(result.codeHint).toEqual({ kind: "check-character", code: FIRST17 + WRONG_CHECK, expected: computeUsccCheckChar(FIRST17) });
    const valid = await createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: VALID_USCC }));
    expect(valid.codeHint).toBeNull();
  });

  it("throws on an error answer or an unexpected hit shape, so that the caller can fall back", async () => {
    fake = installFakeMeilisearch();
    fake.route(() => ({ status: 500, body: { message: "internal", code: "internal", type: "internal", link: "" } }));
    await expect(createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "商贸" }))).rejects.toThrow("internal");
    fake.restore();
    respond([{ ...emptyResult(), hits: [{ uscc: 1 }] }]);
    await expect(createMeilisearchIndex({ url: FAKE_URL }).search(query({ q: "商贸" }))).rejects.toThrow();
  });
});

describe("suggest", () => {
  let fake: FakeMeilisearch;
  beforeEach(() => {
    fake = installFakeMeilisearch();
    fake.route((request) =>
      request.path === "/indexes/companies/search"
        ? {
            status: 200,
            body: {
              hits: [
                { uscc: "A", nameZh: "乌鲁木齐商贸", nameUg: null, status: "active", _formatted: { uscc: "A", nameZh: `${PRE}乌鲁木齐${POST}商贸`, nameUg: null, status: "active" } },
                { uscc: "B", nameZh: "和田乌鲁商行", status: "active", _formatted: { nameZh: "和田乌鲁商行" } },
              ],
              query: "乌鲁",
              processingTimeMs: 1,
              limit: 10,
              offset: 0,
              estimatedTotalHits: 2,
            },
          }
        : undefined,
    );
  });
  afterEach(() => fake.restore());

  it("asks for at most 10 names with minimal attributes and maps highlights", async () => {
    const suggestions = await createMeilisearchIndex({ url: FAKE_URL }).suggest(" 乌鲁 ", 50);
    expect(fake.calls()).toMatchObject([
      {
        method: "POST",
        path: "/indexes/companies/search",
        body: {
          q: "乌鲁",
          limit: 10,
          matchingStrategy: "all",
          locales: ["cmn"],
          attributesToRetrieve: ["uscc", "nameZh", "nameUg", "status"],
          attributesToHighlight: ["nameZh"],
          highlightPreTag: PRE,
          highlightPostTag: POST,
        },
      },
    ]);
    expect(suggestions).toEqual([
      { uscc: "A", nameZh: "乌鲁木齐商贸", nameUg: null, status: "active", highlights: [{ text: "乌鲁木齐", isMatch: true }, { text: "商贸", isMatch: false }] },
      { uscc: "B", nameZh: "和田乌鲁商行", nameUg: null, status: "active", highlights: [{ text: "和田", isMatch: false }, { text: "乌鲁", isMatch: true }, { text: "商行", isMatch: false }] },
    ]);
  });

  it("sends nothing for an empty query", async () => {
    expect(await createMeilisearchIndex({ url: FAKE_URL }).suggest("  ", 5)).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("highlight parsing", () => {
  it("splits on the markers, merges runs and drops empty ones", () => {
    expect(parseHighlighted(`${PRE}${POST}a${PRE}b${POST}${PRE}c${POST}d`)).toEqual([
      { text: "a", isMatch: false },
      { text: "bc", isMatch: true },
      { text: "d", isMatch: false },
    ]);
    expect(parseHighlighted("")).toEqual([]);
    expect(markParts("AbcABC", ["abc"])).toEqual([{ text: "AbcABC", isMatch: true }]);
  });
});
