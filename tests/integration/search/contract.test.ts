import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCompanyProfile } from "@/lib/records/companies";
import type { SearchIndex, SearchQuery } from "@/lib/search/contract";
import { createMeilisearchIndexFromEnv } from "@/lib/search/meilisearch/adapter";
import { createPostgresIndex } from "@/lib/search/postgres/adapter";
import { iterateSearchDocuments } from "@/lib/search/search-document";
import { namePinyin, normalizePinyinQuery } from "@/lib/search/pinyin";
import { foldUyghurLatin, uyghurQueryForm, uyghurSearchForms } from "@/lib/uyghur/search-forms";
import { arabicToLatin } from "@/lib/uyghur/transliteration";
import { createRandom } from "@/prisma/seed/generate/random";
import { requireDatabaseUrl } from "../../support/database";

/**
 * The search contract, run against every engine available here, compared with a brute-force
 * truth computed in JavaScript over the whole seeded register. Meilisearch runs only where
 * MEILI_URL points at a server — none can run on the project's machines (STACK-NOTES.md).
 */
type Company = { uscc: string; registrationNumber: string | null; nameZh: string; nameUg: string | null; legalRepName: string; status: string; prefectureCode: string; formerNames: string[] };

const ENGINES: { name: string; create: () => Promise<SearchIndex> }[] = [
  { name: "postgres", create: async () => createPostgresIndex({ today: () => "2026-11-23" }) },
  // The postgres engine picks indexes or a scan per query: both must find the same companies.
  { name: "postgres, indexes forced", create: async () => createPostgresIndex({ today: () => "2026-11-23", plan: "indexes" }) },
  { name: "postgres, scan forced", create: async () => createPostgresIndex({ today: () => "2026-11-23", plan: "scan" }) },
];
if (process.env.MEILI_URL) {
  ENGINES.push({
    name: "meilisearch",
    create: async () => {
      const index = createMeilisearchIndexFromEnv();
      if (!index) throw new Error("MEILI_URL is set but no index could be made");
      await index.ensureSettings();
      for await (const batch of iterateSearchDocuments({ batchSize: 1000, today: "2026-11-23" })) await index.upsert(batch);
      return index;
    },
  });
} else {
  console.log("search contract: Meilisearch skipped (MEILI_URL not set; no server can run on this machine)");
}

function fragmentOf(text: string, next: () => number, length: number): string {
  const characters = Array.from(text);
  const start = Math.floor(next() * Math.max(1, characters.length - length + 1));
  return characters.slice(start, start + length).join("");
}

const fold = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * A Uyghur word as a Persian keyboard types it: Farsi yeh for ى, keheh for ك. (Heh for ە is read
 * by context, and loanwords such as يۈەن, a vowel after a vowel, read it as ھ: lib/uyghur/normalize.ts.)
 */
const persianTyped = (word: string) => word.replace(/ى/g, "ی").replace(/ك/g, "ک");
/** The same word in presentation forms (isolated forms, as an old converter writes them). */
const PRESENTATION: Record<string, string> = {};
for (let code = 0xfe70; code <= 0xfeff; code++) {
  const char = String.fromCodePoint(code);
  const letter = char.normalize("NFKC");
  if (letter !== char && Array.from(letter).length === 1 && !(letter in PRESENTATION)) PRESENTATION[letter] = char;
}
for (let code = 0xfb50; code <= 0xfbff; code++) {
  const char = String.fromCodePoint(code);
  const letter = char.normalize("NFKC");
  if (letter !== char && Array.from(letter).length === 1 && !(letter in PRESENTATION)) PRESENTATION[letter] = char;
}
const presentationTyped = (word: string) => Array.from(word, (char) => PRESENTATION[char] ?? char).join("");

for (const engine of ENGINES) {
  describe(`search contract: ${engine.name}`, () => {
    let index: SearchIndex;
    let companies: Company[];

    async function allUsccs(query: Omit<SearchQuery, "page" | "pageSize" | "sort" | "filters"> & Partial<SearchQuery>): Promise<Set<string>> {
      const result = await index.search({ filters: {}, sort: "relevance", page: 1, pageSize: 1000, ...query });
      expect(result.total).toBe(result.hits.length);
      return new Set(result.hits.map((hit) => hit.uscc));
    }

    beforeAll(async () => {
      index = await engine.create();
      const client = new Client({ connectionString: requireDatabaseUrl() });
      await client.connect();
      const { rows } = await client.query<{ uscc: string; registration_number: string | null; name_zh: string; name_ug: string | null; legal_rep_name: string; status: string; region_code: string; former: string[] }>(
        `SELECT uscc, registration_number, name_zh, name_ug, legal_rep_name, status, region_code,
                ARRAY(SELECT before FROM change_record c WHERE c.enterprise_id = e.id AND c.item = 'name') AS former
           FROM enterprise e`,
      );
      await client.end();
      companies = rows.map((row) => ({
        uscc: row.uscc.trim(), registrationNumber: row.registration_number, nameZh: row.name_zh, nameUg: row.name_ug,
        legalRepName: row.legal_rep_name, status: row.status, prefectureCode: `${row.region_code.slice(0, 4)}00`, formerNames: row.former,
      }));
    });
    afterAll(() => {});

    it("finds every company containing a 2–4 character name fragment, and only those (recall and precision 1.0)", async () => {
      const next = createRandom(7).source;
      for (let i = 0; i < 40; i++) {
        const company = companies[Math.floor(next() * companies.length)];
        const fragment = fragmentOf(company.nameZh, next, 2 + (i % 3));
        if (/\s/.test(fragment)) continue;
        const part = fold(fragment);
        const truth = new Set(
          companies
            .filter((c) => [c.nameZh, ...c.formerNames].some((name) => fold(name).includes(part)) || fold(c.legalRepName).includes(part))
            .map((c) => c.uscc),
        );
        expect(await allUsccs({ q: fragment }), fragment).toEqual(truth);
      }
    });

    it("requires every part of a multi-part query", async () => {
      const next = createRandom(11).source;
      for (let i = 0; i < 20; i++) {
        const company = companies[Math.floor(next() * companies.length)];
        const a = fragmentOf(company.nameZh, next, 2);
        const b = fragmentOf(company.nameZh, next, 2);
        const parts = [fold(a), fold(b)];
        const matches = (c: Company) => parts.every((part) => [c.nameZh, ...c.formerNames, c.legalRepName].some((text) => fold(text).includes(part)));
        const truth = new Set(companies.filter(matches).map((c) => c.uscc));
        const found = await allUsccs({ q: `${a} ${b}` });
        expect(found.has(company.uscc)).toBe(true);
        expect(found, `${a} ${b}`).toEqual(truth);
      }
    });

    it("finds codes typed loosely, code prefixes and registration numbers", async () => {
      for (const company of companies.slice(0, 30)) {
        const loose = `${company.uscc.slice(0, 8)} ${company.uscc.slice(8)}`.toLowerCase().replace(/[0-9]/, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
        const result = await index.search({ q: loose, filters: {}, sort: "relevance", page: 1, pageSize: 10 });
        expect(result.hits[0]?.uscc, loose).toBe(company.uscc);
        const prefix = company.uscc.slice(0, 10);
        const truth = new Set(companies.filter((c) => c.uscc.startsWith(prefix) || c.registrationNumber?.startsWith(prefix)).map((c) => c.uscc));
        expect(await allUsccs({ q: prefix })).toEqual(truth);
        if (company.registrationNumber) {
          expect((await allUsccs({ q: company.registrationNumber })).has(company.uscc)).toBe(true);
        }
      }
    });

    it("hints at the right check character and still looks the code up", async () => {
      const company = companies[0];
      const wrong = company.uscc[17] === "0" ? "1" : "0";
      const result = await index.search({ q: company.uscc.slice(0, 17) + wrong, filters: {}, sort: "relevance", page: 1, pageSize: 10 });
      expect(result.codeHint).toEqual({ kind: "check-character", code: company.uscc.slice(0, 17) + wrong, expected: company.uscc[17] });
    });

    it("finds legal representatives, Uyghur names, former names and pinyin", async () => {
      for (const company of companies.slice(0, 40)) {
        expect((await allUsccs({ q: company.legalRepName })).has(company.uscc), company.legalRepName).toBe(true);
        if (company.nameUg) {
          const word = company.nameUg.split(" ")[0];
          expect((await allUsccs({ q: word })).has(company.uscc), word).toBe(true);
        }
        for (const former of company.formerNames) expect((await allUsccs({ q: former })).has(company.uscc), former).toBe(true);
        // A name with Latin letters or digits (a test elsewhere registers "新疆MWU3QADE试点…") has
        // initials such as "xjmwu3" that read as the start of a code, and are searched as one.
        if (/[A-Za-z0-9]/.test(company.nameZh)) continue;
        const { pinyin, initials } = namePinyin(company.nameZh);
        expect((await allUsccs({ q: initials.slice(0, 6) })).has(company.uscc), initials).toBe(true);
        expect((await allUsccs({ q: pinyin.slice(0, 12) })).has(company.uscc), pinyin).toBe(true);
      }
    });

    it("finds a company by its Uyghur name typed in Latin script, and by Arabic-script variants", async () => {
      const withUg = companies.filter((company) => company.nameUg).slice(0, 25);
      expect(withUg.length).toBeGreaterThan(10);
      for (const company of withUg) {
        const words = company.nameUg!.split(" ");
        const word = words[Math.min(1, words.length - 1)];
        const latin = arabicToLatin(word);
        // ULY as written (ürümchi, sa'et), as typed in ASCII (urumchi, saet), capitalised.
        for (const q of new Set([latin, foldUyghurLatin(latin), latin[0].toUpperCase() + latin.slice(1)])) {
          const result = await index.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 1000 });
          const hit = result.hits.find((h) => h.uscc === company.uscc);
          expect(hit, `${q} (${word})`).toBeDefined();
          expect(hit?.highlights.nameUg?.filter((segment) => segment.isMatch).map((segment) => segment.text), q).toContain(word);
        }
        // Variant letters and presentation forms find the name written with the Uyghur letters.
        for (const q of [persianTyped(word), presentationTyped(word)]) {
          expect((await allUsccs({ q })).has(company.uscc), `${q} (${word})`).toBe(true);
        }
        // The whole name in Latin script ranks the company first.
        const whole = await index.search({ q: arabicToLatin(company.nameUg!), filters: {}, sort: "relevance", page: 1, pageSize: 5 });
        expect(whole.hits[0]?.nameUg, company.nameUg!).toBe(company.nameUg);
      }
    });

    // Meilisearch matches words (and the last word's prefixes), not any substring: this one is the postgres engine's.
    it.skipIf(engine.name === "meilisearch")("finds exactly the companies whose Uyghur name holds a Latin or Arabic fragment, or whose pinyin does", async () => {
      const next = createRandom(13).source;
      const withUg = companies.filter((company) => company.nameUg);
      const forms = new Map(companies.map((company) => [company.uscc, uyghurSearchForms(company.nameUg)]));
      const checked = { arabic: 0, latin: 0 };
      for (let i = 0; i < 30; i++) {
        const company = withUg[Math.floor(next() * withUg.length)];
        const fragment = fragmentOf(company.nameUg!, next, 3 + (i % 4)).trim();
        if (!fragment || /\s/.test(fragment)) continue;
        // Typed with variant letters, the fragment reads as its normalised form (lib/uyghur/normalize.ts).
        const typed = persianTyped(fragment);
        const arabic = uyghurQueryForm(typed)?.text ?? "";
        const arabicTruth = new Set(companies.filter((c) => forms.get(c.uscc)!.arabic.includes(arabic)).map((c) => c.uscc));
        expect(await allUsccs({ q: typed }), fragment).toEqual(arabicTruth);
        checked.arabic += arabicTruth.has(company.uscc) ? 1 : 0;
        const latin = foldUyghurLatin(arabicToLatin(fragment));
        if (latin.length < 3 || !/^[a-z]+$/.test(latin)) continue;
        const latinTruth = new Set(
          companies
            .filter((c) => {
              const { pinyin, initials } = namePinyin(c.nameZh);
              const query = normalizePinyinQuery(latin);
              return forms.get(c.uscc)!.latin.includes(latin) || pinyin.includes(query) || initials.includes(query) || [c.nameZh, ...c.formerNames].some((name) => fold(name).includes(latin));
            })
            .map((c) => c.uscc),
        );
        expect(await allUsccs({ q: latin }), `${latin} (${fragment})`).toEqual(latinTruth);
        expect(latinTruth.has(company.uscc)).toBe(true);
        checked.latin++;
      }
      expect(checked.arabic).toBeGreaterThanOrEqual(10);
      expect(checked.latin).toBeGreaterThanOrEqual(10);
    });

    it("ranks the exact name first, and live companies above closed ones", async () => {
      for (const company of companies.slice(0, 20)) {
        const result = await index.search({ q: company.nameZh, filters: {}, sort: "relevance", page: 1, pageSize: 5 });
        expect(result.hits[0].nameZh).toBe(company.nameZh);
      }
    });

    it("filters with counts that match the results", async () => {
      const all = await index.search({ q: "", filters: {}, sort: "relevance", page: 1, pageSize: 10 });
      expect(all.total).toBe(companies.length);
      for (const [status, count] of Object.entries(all.facets.statuses)) {
        expect(count).toBe(companies.filter((c) => c.status === status).length);
        const filtered = await index.search({ q: "", filters: { statuses: [status] }, sort: "relevance", page: 1, pageSize: 1000 });
        expect(filtered.total).toBe(count);
        expect(filtered.hits.every((hit) => hit.status === status)).toBe(true);
      }
      const abnormal = await index.search({ q: "", filters: { isOnAbnormalList: true }, sort: "relevance", page: 1, pageSize: 1000 });
      expect(abnormal.total).toBe(all.facets.isOnAbnormalList);
      expect(abnormal.hits.every((hit) => hit.alerts.isOnAbnormalList)).toBe(true);
    });

    it("counts a filtered facet under the other filters only, so its other values stay visible", async () => {
      const count = <K extends string>(list: Company[], key: (c: Company) => K) =>
        list.reduce<Record<string, number>>((counts, c) => ({ ...counts, [key(c)]: (counts[key(c)] ?? 0) + 1 }), {});
      // A company of a prefecture holding more than one status (other tests add companies, e.g.
      // registrations sent to the ingestion API, so the first company's prefecture may hold one).
      const statusesIn = (code: string) => new Set(companies.filter((c) => c.prefectureCode === code).map((c) => c.status)).size;
      const chosen = companies.find((c) => statusesIn(c.prefectureCode) > 1)!;
      const status = chosen.status;
      const prefecture = chosen.prefectureCode;
      const result = await index.search({ q: "", filters: { statuses: [status], prefectures: [prefecture] }, sort: "relevance", page: 1, pageSize: 10 });
      const both = companies.filter((c) => c.status === status && c.prefectureCode === prefecture);
      expect(result.total).toBe(both.length);
      // Statuses: counted within the prefecture only; prefectures: within the status only.
      expect(result.facets.statuses).toEqual(count(companies.filter((c) => c.prefectureCode === prefecture), (c) => c.status));
      expect(result.facets.prefectures).toEqual(count(companies.filter((c) => c.status === status), (c) => c.prefectureCode));
      expect(Object.keys(result.facets.statuses).length).toBeGreaterThan(1);
    });

    it("sorts and paginates without losing or repeating a company", async () => {
      const seen = new Set<string>();
      let previous = "9999-12-31";
      for (let page = 1; page <= 3; page++) {
        const result = await index.search({ q: "", filters: {}, sort: "established-desc", page, pageSize: 50 });
        for (const hit of result.hits) {
          expect(seen.has(hit.uscc)).toBe(false);
          seen.add(hit.uscc);
          expect(hit.establishedOn <= previous).toBe(true);
          previous = hit.establishedOn;
        }
      }
      expect(seen.size).toBe(150);
    });

    it("reports the same list flags as the company's public record", async () => {
      for (const company of companies.slice(0, 60)) {
        const [hit] = (await index.search({ q: company.uscc, filters: {}, sort: "relevance", page: 1, pageSize: 1 })).hits;
        const profile = await getCompanyProfile(company.uscc, { today: "2026-11-23" });
        expect(hit.alerts, company.uscc).toEqual({
          hasPenaltiesInPublicity: (profile?.alerts.penaltiesInPublicity ?? 0) > 0,
          isOnAbnormalList: profile?.alerts.isOnAbnormalList,
          isOnSeriousViolationList: profile?.alerts.isOnSeriousViolationList,
        });
      }
    });

    it("highlights the matched parts", async () => {
      const company = companies[3];
      const fragment = Array.from(company.nameZh).slice(2, 4).join("");
      const result = await index.search({ q: fragment, filters: {}, sort: "relevance", page: 1, pageSize: 1000 });
      const hit = result.hits.find((h) => h.uscc === company.uscc);
      expect(hit?.highlights.nameZh.filter((segment) => segment.isMatch).map((segment) => segment.text)).toContain(fragment);
    });
  });
}
