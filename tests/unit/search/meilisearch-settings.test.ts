/**
 * Meilisearch index settings and documents. Meilisearch cannot run here (STACK-NOTES.md): only the
 * HTTP layer is faked (global fetch, tests/unit/search/meilisearch-fake-http.ts); the official
 * client and the adapter run unchanged, and the tests assert the exact requests they send.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMeilisearchIndex } from "@/lib/search/meilisearch/adapter";
import { buildNameNgrams, toEpochDay, toMeilisearchDocument } from "@/lib/search/meilisearch/documents";
import { FAKE_URL, installFakeMeilisearch, notFound, type FakeMeilisearch } from "./meilisearch-fake-http";
import { SAMPLE_DOCUMENT } from "./meilisearch-fixtures";

const EXPECTED_SETTINGS = {
  searchableAttributes: ["uscc", "registrationNumber", "nameZh", "nameNgrams", "nameUg", "nameUgArabic", "nameUgLatin", "formerNames", "legalRepName", "pinyin", "pinyinInitials"],
  filterableAttributes: [
    "prefectureCode",
    "type",
    "status",
    "industrySection",
    "establishedYear",
    "capital",
    "hasPenaltiesInPublicity",
    "isOnAbnormalList",
    "isOnSeriousViolationList",
    "isLive",
  ],
  sortableAttributes: ["establishedDay", "capital", "pinyin"],
  displayedAttributes: ["*"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "liveRank:desc"],
  localizedAttributes: [{ attributePatterns: ["nameZh", "nameNgrams", "formerNames", "legalRepName"], locales: ["cmn"] }],
  typoTolerance: { enabled: true, disableOnAttributes: ["uscc", "registrationNumber"], disableOnNumbers: true },
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 100 },
};


describe("ensureSettings", () => {
  let fake: FakeMeilisearch;
  beforeEach(() => {
    fake = installFakeMeilisearch();
  });
  afterEach(() => fake.restore());

  it("creates a missing index with primary key uscc, then sends the declared settings and waits for both tasks", async () => {
    fake.route((request) => (request.method === "GET" && request.path === "/indexes/companies" ? notFound("index_not_found") : undefined));
    await createMeilisearchIndex({ url: FAKE_URL, apiKey: "master-key" }).ensureSettings();

    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual(["GET /indexes/companies", "POST /indexes", "PATCH /indexes/companies/settings"]);
    expect(fake.calls()[1].body).toEqual({ uid: "companies", primaryKey: "uscc" });
    expect(fake.calls()[2].body).toEqual(EXPECTED_SETTINGS);
    expect(fake.calls()[2].authorization).toBe("Bearer master-key");
    // Both tasks were awaited.
    expect(fake.requests.filter((request) => request.path.startsWith("/tasks/")).map((request) => request.path)).toEqual(["/tasks/1", "/tasks/2"]);
  });

  it("leaves an existing index alone and only updates settings, on the given index uid", async () => {
    await createMeilisearchIndex({ url: FAKE_URL, indexUid: "companies_test" }).ensureSettings();
    expect(fake.calls().map(({ method, path }) => `${method} ${path}`)).toEqual(["GET /indexes/companies_test", "PATCH /indexes/companies_test/settings"]);
  });

  it("throws when the settings task fails (the server rejects a setting)", async () => {
    fake.failTask(1, { code: "invalid_settings_localized_attributes", message: "Unsupported locale `uig`" });
    await expect(createMeilisearchIndex({ url: FAKE_URL }).ensureSettings()).rejects.toThrow(/failed: invalid_settings_localized_attributes/);
  });

  it("throws when Meilisearch is unreachable", async () => {
    fake.route(() => {
      throw new TypeError("fetch failed");
    });
    await expect(createMeilisearchIndex({ url: FAKE_URL }).ensureSettings()).rejects.toThrow(/has failed/);
  });
});

describe("documents", () => {
  it("keeps every contract field and adds n-grams, the day number and the live rank", () => {
    const document = toMeilisearchDocument(SAMPLE_DOCUMENT);
    expect(document).toMatchObject(SAMPLE_DOCUMENT);
    expect(document.establishedDay).toBe(16_496);
    expect(document.liveRank).toBe(1);
    expect(toMeilisearchDocument({ ...SAMPLE_DOCUMENT, isLive: false }).liveRank).toBe(0);
    const grams = document.nameNgrams.split(" ");
    // Fragments from inside jieba words and across them are all present.
    for (const fragment of ["木齐", "天山商贸", "山商", "贸易", "天山贸易"]) expect(grams).toContain(fragment);
    expect(new Set(grams).size).toBe(grams.length);
  });

  it("adds the Uyghur name's search forms: canonical Arabic script and folded Uyghur Latin", () => {
    const document = toMeilisearchDocument(SAMPLE_DOCUMENT);
    expect(document.nameUg).toBe("ئۈرۈمچى تيانشان سودا چەكلىك شىركىتى");
    expect(document.nameUgArabic).toBe("ئۈرۈمچى تيانشان سودا چەكلىك شىركىتى");
    expect(document.nameUgLatin).toBe("urumchi tyanshan soda cheklik shirkiti");
    // Registered with presentation forms and a Farsi yeh: the name is kept, its forms are canonical.
    const variant = toMeilisearchDocument({ ...SAMPLE_DOCUMENT, nameUg: "ﺋﯜﺭﯛﻣﭽی سودا" });
    expect(variant.nameUg).toBe("ﺋﯜﺭﯛﻣﭽی سودا");
    expect(variant).toMatchObject({ nameUgArabic: "ئۈرۈمچى سودا", nameUgLatin: "urumchi soda" });
    expect(toMeilisearchDocument({ ...SAMPLE_DOCUMENT, nameUg: null })).toMatchObject({ nameUgArabic: null, nameUgLatin: null });
  });

  it("builds 2- to 4-character grams, deduplicated, never across spaces, by code point", () => {
    expect(buildNameNgrams(["天山商贸"])).toBe("天山 山商 商贸 天山商 山商贸 天山商贸");
    expect(buildNameNgrams(["天山", "天山"])).toBe("天山");
    expect(buildNameNgrams(["AB CD"])).toBe("AB CD");
    expect(buildNameNgrams(["𠀋𠀋x"]).split(" ")).toEqual(["𠀋𠀋", "𠀋x", "𠀋𠀋x"]);
    expect(buildNameNgrams(["天"])).toBe("");
  });

  it("converts dates to days since the epoch", () => {
    expect(toEpochDay("1970-01-02")).toBe(1);
    expect(toEpochDay("2015-03-02T00:00:00.000Z")).toBe(16_496);
    expect(toEpochDay("not a date")).toBeNull();
  });

  it("strips the private-use highlight markers from indexed text", () => {
    const document = toMeilisearchDocument({ ...SAMPLE_DOCUMENT, nameZh: "天\uE000山\uE001" });
    expect(document.nameZh).toBe("天山");
  });
});

describe("upsert and remove", () => {
  let fake: FakeMeilisearch;
  beforeEach(() => {
    fake = installFakeMeilisearch();
  });
  afterEach(() => fake.restore());

  it("adds documents in batches of 1,000 with primary key uscc, waiting for each", async () => {
    const documents = Array.from({ length: 2_500 }, (_, i) => ({ ...SAMPLE_DOCUMENT, uscc: `U${i}` }));
    await createMeilisearchIndex({ url: FAKE_URL }).upsert(documents);
    const adds = fake.calls();
    expect(adds.map((request) => `${request.method} ${request.path} ${request.query.primaryKey}`)).toEqual(Array(3).fill("POST /indexes/companies/documents uscc"));
    expect(adds.map((request) => (request.body as unknown[]).length)).toEqual([1000, 1000, 500]);
    expect((adds[0].body as Record<string, unknown>[])[0]).toEqual({ ...toMeilisearchDocument(documents[0]) });
    // What is sent for the Uyghur name: the name as registered, and its two search forms.
    expect((adds[0].body as Record<string, unknown>[])[0]).toMatchObject({
      nameUg: "ئۈرۈمچى تيانشان سودا چەكلىك شىركىتى",
      nameUgArabic: "ئۈرۈمچى تيانشان سودا چەكلىك شىركىتى",
      nameUgLatin: "urumchi tyanshan soda cheklik shirkiti",
    });
    expect(fake.requests.filter((request) => request.path.startsWith("/tasks/"))).toHaveLength(3);
  });

  it("throws when an indexing task fails", async () => {
    fake.failTask(1, { code: "invalid_document_id", message: "bad id" });
    await expect(createMeilisearchIndex({ url: FAKE_URL }).upsert([SAMPLE_DOCUMENT])).rejects.toThrow(/invalid_document_id/);
  });

  it("deletes by USCC and does nothing for an empty list", async () => {
    const index = createMeilisearchIndex({ url: FAKE_URL });
    await index.remove([]);
    expect(fake.requests).toHaveLength(0);
    await index.remove(["A", "B", "A"]);
    expect(fake.calls()).toMatchObject([{ method: "POST", path: "/indexes/companies/documents/delete-batch", body: ["A", "B"] }]);
  });
});
