import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { getCompanyProfile } from "@/lib/records/companies";
import { findSitemapCompanies, getSitemapExtent } from "@/lib/records/sitemap-entries";
import { chunkCount, listSitemapFiles, readSitemapFile, sitemapFileName, STATIC_PAGE_PATHS } from "@/lib/seo/sitemaps";
import { requireDatabaseUrl } from "../../support/database";

const SITE = getEnv().SITE_URL;
/** Small files, so the 400-company test register spans several. */
const CHUNK = 50;

type Listed = { loc: string; lastmod: string | null; alternates: Record<string, string> };

async function readXml(body: ReadableStream<Uint8Array> | string | null): Promise<string> {
  if (body === null) throw new Error("no such sitemap file");
  return typeof body === "string" ? body : new Response(body).text();
}

function listed(xml: string): Listed[] {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, inner]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(inner)?.[1] ?? "",
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(inner)?.[1] ?? null,
    alternates: Object.fromEntries([...inner.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => [lang, href])),
  }));
}

describe("sitemaps on the test register", () => {
  let client: pg.Client;
  let companies: { id: number; uscc: string }[];
  let reports: { uscc: string; year: number }[];

  beforeAll(async () => {
    client = new pg.Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
    companies = (await client.query<{ id: number; uscc: string }>("SELECT id, trim(uscc) AS uscc FROM enterprise ORDER BY id")).rows;
    reports = (await client.query<{ uscc: string; year: number }>(
      "SELECT trim(e.uscc) AS uscc, r.year FROM annual_report r JOIN enterprise e ON e.id = r.enterprise_id ORDER BY r.id",
    )).rows;
  });
  afterAll(async () => {
    await client?.end();
  });

  it("lists the static pages and one file per 50 ids of each kind", async () => {
    expect(companies.length).toBeGreaterThanOrEqual(400);
    const { lastEnterpriseId, lastAnnualReportId } = await getSitemapExtent();
    expect(lastEnterpriseId).toBe(companies[companies.length - 1].id);
    const names = (await listSitemapFiles(CHUNK)).map(sitemapFileName);
    expect(names[0]).toBe("pages.xml");
    expect(names.filter((name) => name.startsWith("companies-"))).toHaveLength(chunkCount(lastEnterpriseId, CHUNK));
    expect(names.filter((name) => name.startsWith("annual-reports-"))).toHaveLength(chunkCount(lastAnnualReportId, CHUNK));
    expect(names).toContain(`companies-${chunkCount(lastEnterpriseId, CHUNK)}.xml`);
  });

  it("lists every company exactly once across the files, in id order, with absolute alternates", async () => {
    const seen: string[] = [];
    const files = (await listSitemapFiles(CHUNK)).filter((file) => file.kind === "companies");
    for (const file of files) {
      const urls = listed(await readXml(await readSitemapFile(file, CHUNK)));
      expect(urls.length).toBeLessThanOrEqual(CHUNK);
      for (const url of urls) {
        const uscc = url.loc.slice(`${SITE}/zh/companies/`.length);
        expect(url.loc).toBe(`${SITE}/zh/companies/${uscc}`);
        expect(url.alternates).toEqual({
          "zh-CN": `${SITE}/zh/companies/${uscc}`,
          ug: `${SITE}/ug/companies/${uscc}`,
          en: `${SITE}/en/companies/${uscc}`,
          "x-default": `${SITE}/zh/companies/${uscc}`,
        });
        expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        seen.push(uscc);
      }
    }
    expect(seen).toEqual(companies.map((company) => company.uscc));
  });

  it("pages by id: a file holds exactly the companies of its id range", async () => {
    const rows = await findSitemapCompanies({ afterId: 100, throughId: 150 });
    expect(rows.map((row) => row.uscc)).toEqual(companies.filter((company) => company.id > 100 && company.id <= 150).map((company) => company.uscc));
  });

  it("dates each company by its record's last change, as its JSON does", async () => {
    const [row] = await findSitemapCompanies({ afterId: companies[0].id - 1, throughId: companies[0].id });
    const profile = await getCompanyProfile(row.uscc);
    expect(profile?.updatedAt.replace(/\.\d{3}Z$/, "Z")).toBe(row.lastModified);
  });

  it("lists every filed annual report once, dated by its filing or last amendment", async () => {
    const seen: string[] = [];
    for (const file of (await listSitemapFiles(CHUNK)).filter((item) => item.kind === "annual-reports")) {
      for (const url of listed(await readXml(await readSitemapFile(file, CHUNK)))) {
        expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Object.keys(url.alternates)).toEqual(["zh-CN", "ug", "en", "x-default"]);
        expect(url.alternates.ug).toBe(url.loc.replace(`${SITE}/zh/`, `${SITE}/ug/`));
        seen.push(url.loc);
      }
    }
    expect(reports.length).toBeGreaterThan(0);
    expect(seen).toEqual(reports.map((report) => `${SITE}/zh/companies/${report.uscc}/annual-reports/${report.year}`));
  });

  it("lists the static pages in every locale", async () => {
    const urls = listed(await readXml(await readSitemapFile({ kind: "pages" }, CHUNK)));
    expect(urls).toHaveLength(STATIC_PAGE_PATHS.length * 3);
    expect(urls.every((url) => Object.keys(url.alternates).length === 4)).toBe(true);
    expect(urls.some((url) => url.loc.includes("/filing") || url.loc.includes("/regulator"))).toBe(false);
  });

  it("has no file past the last id", async () => {
    const { lastEnterpriseId } = await getSitemapExtent();
    expect(await readSitemapFile({ kind: "companies", number: chunkCount(lastEnterpriseId, CHUNK) + 1 }, CHUNK)).toBeNull();
  });

  it("reads a file with one range scan of the primary key", async () => {
    await client.query("SET enable_seqscan = off");
    try {
      const plan = (await client.query<{ "QUERY PLAN": string }>(
        "EXPLAIN SELECT uscc, updated_at FROM enterprise WHERE id > 50 AND id <= 100 ORDER BY id",
      )).rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).toMatch(/Index Scan using enterprise_pkey/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await client.query("RESET enable_seqscan");
    }
  });
});
