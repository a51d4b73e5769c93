import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { requireDatabaseUrl } from "../support/database";
import { baseUrl, launchBrowser } from "./support/browser";
import { findCompany, type KnownCompany } from "./support/register";

const LOCALES = ["zh", "ug", "en"] as const;
const HREFLANG = { zh: "zh-CN", ug: "ug", en: "en" } as const;
/** The public origin the site names (SITE_URL; the test site runs elsewhere). */
const SITE = getEnv().SITE_URL;

/** A page or file of the running site, by path or by an absolute address on SITE_URL. */
async function get(address: string): Promise<Response> {
  const url = address.startsWith(SITE) ? `${baseUrl()}${address.slice(SITE.length)}` : `${baseUrl()}${address}`;
  return fetch(url, { redirect: "manual" });
}

type ParsedXml = { error: string | null; root: string; namespace: string | null; entries: { loc: string; lastmod: string | null; links: Record<string, string> }[] };

/** Parses a sitemap with the browser's XML parser (well-formedness and namespaces included). */
async function parseSitemap(page: Page, xml: string): Promise<ParsedXml> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const entries = [...doc.getElementsByTagNameNS(ns, "url"), ...doc.getElementsByTagNameNS(ns, "sitemap")].map((entry) => ({
      loc: entry.getElementsByTagNameNS(ns, "loc")[0]?.textContent ?? "",
      lastmod: entry.getElementsByTagNameNS(ns, "lastmod")[0]?.textContent ?? null,
      links: Object.fromEntries(
        [...entry.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((link) => [link.getAttribute("hreflang") ?? "", link.getAttribute("href") ?? ""]),
      ),
    }));
    return { error, root: doc.documentElement.localName, namespace: doc.documentElement.namespaceURI, entries };
  }, xml);
}

type HeadLinks = { canonical: string[]; alternates: Record<string, string>; robots: string | null };

async function headLinks(page: Page, path: string): Promise<HeadLinks> {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "text/html");
    return {
      canonical: [...doc.querySelectorAll('head link[rel="canonical"]')].map((link) => link.getAttribute("href") ?? ""),
      alternates: Object.fromEntries(
        [...doc.querySelectorAll('head link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute("hreflang") ?? "", link.getAttribute("href") ?? ""]),
      ),
      robots: doc.querySelector('head meta[name="robots"]')?.getAttribute("content") ?? null,
    };
  }, html);
}

describe("robots.txt, sitemaps, canonical and hreflang links", () => {
  let browser: Browser;
  let page: Page;
  let company: KnownCompany;
  let counts: { companies: number; reports: number };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    company = await findCompany();
    const client = new pg.Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ companies: string; reports: string }>(
        "SELECT (SELECT count(*) FROM enterprise) AS companies, (SELECT count(*) FROM annual_report) AS reports",
      );
      counts = { companies: Number(rows[0].companies), reports: Number(rows[0].reports) };
    } finally {
      await client.end();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("robots.txt keeps crawlers out of private pages and the API and names the sitemap", async () => {
    const response = await get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const lines = (await response.text()).split("\n").map((line) => line.trim());
    for (const rule of ["Disallow: /*/filing", "Disallow: /*/regulator", "Disallow: /api/", "Allow: /api/v1/openapi.json", "Allow: /"]) {
      expect(lines).toContain(rule);
    }
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  it("the sitemap index lists every file, and each file every page with its alternates", async () => {
    const response = await get("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(response.headers.get("cache-control")).toContain("max-age=3600");
    const index = await parseSitemap(page, await response.text());
    expect(index.error).toBeNull();
    expect(index.root).toBe("sitemapindex");
    const files = index.entries.map((entry) => entry.loc);
    // The static pages, then files of 10,000 ids: for the 400-odd test companies, one of each kind.
    expect(files[0]).toBe(`${SITE}/sitemaps/pages.xml`);
    expect(files).toContain(`${SITE}/sitemaps/companies-1.xml`);
    expect(files).toContain(`${SITE}/sitemaps/annual-reports-1.xml`);
    for (const file of files.slice(1)) expect(file).toMatch(new RegExp(`^${SITE}/sitemaps/(companies|annual-reports)-[1-9][0-9]*\\.xml$`));
    const companyFiles = files.filter((file) => file.includes("/sitemaps/companies-"));

    let companyUrls = 0;
    let reportUrls = 0;

    const listed: string[] = [];
    for (const file of files) {
      const fileResponse = await get(file);
      expect(fileResponse.status, file).toBe(200);
      const sitemap = await parseSitemap(page, await fileResponse.text());
      expect(sitemap.error, file).toBeNull();
      expect(sitemap.root).toBe("urlset");
      expect(sitemap.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
      for (const entry of sitemap.entries) {
        expect(entry.loc.startsWith(`${SITE}/`), entry.loc).toBe(true);
        expect(Object.keys(entry.links)).toEqual(["zh-CN", "ug", "en", "x-default"]);
        const path = entry.loc.slice(SITE.length).replace(/^\/(zh|ug|en)/, "");
        for (const locale of LOCALES) expect(entry.links[HREFLANG[locale]]).toBe(`${SITE}/${locale}${path}`);
        expect(entry.links["x-default"]).toBe(`${SITE}/zh${path}`);
        listed.push(entry.loc);
      }
      if (file.includes("/sitemaps/companies-")) {
        companyUrls += sitemap.entries.length;
        expect(sitemap.entries.every((entry) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(entry.lastmod ?? ""))).toBe(true);
      }
      if (file.includes("/sitemaps/annual-reports-")) reportUrls += sitemap.entries.length;
    }
    expect(companyUrls).toBe(counts.companies);
    expect(reportUrls).toBe(counts.reports);
    expect(listed).toContain(`${SITE}/zh/companies/${company.uscc}`);
    expect(listed).toContain(`${SITE}/ug/search`);
    expect(listed.some((loc) => /\/(filing|regulator)(\/|$)/.test(loc))).toBe(false);
    expect(new Set(listed).size).toBe(listed.length);
    // A listed company page answers at the address the sitemap gives.
    expect((await get(`${SITE}/en/companies/${company.uscc}`)).status).toBe(200);
    expect((await get(`/sitemaps/companies-${companyFiles.length + 1}.xml`)).status).toBe(404);
  });

  for (const locale of LOCALES) {
    it(`home, company and search pages name their own absolute address and every language version (${locale})`, async () => {
      const search = "?q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90&prefecture=650100&page=2";
      for (const path of ["", `/companies/${company.uscc}`, "/search", `/search${search}`]) {
        const links = await headLinks(page, `/${locale}${path}`);
        expect(links.canonical, path).toEqual([`${SITE}/${locale}${path}`]);
        expect(links.alternates, path).toEqual({
          "zh-CN": `${SITE}/zh${path}`,
          ug: `${SITE}/ug${path}`,
          en: `${SITE}/en${path}`,
          "x-default": `${SITE}/zh${path}`,
        });
        // Result pages stay out of search engines; the rest may be indexed.
        if (path.includes("?")) expect(links.robots).toContain("noindex");
        else expect(links.robots ?? "").not.toContain("noindex");
      }
    });
  }

  it("a search page's canonical address drops what is not part of the search", async () => {
    // Unknown parameters are redirected away; the canonical link names the normalised search.
    const response = await get("/zh/search?utm_source=mail&page=2&q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90");
    expect([307, 308]).toContain(response.status);
    expect(response.headers.get("location")).toBe("/zh/search?q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90&page=2");
    // An empty search page is the search page, whatever its sort or page.
    expect((await headLinks(page, "/en/search?sort=name")).canonical).toEqual([`${SITE}/en/search`]);
  });

  it("filing and regulator pages are noindex and have no canonical or alternates", async () => {
    for (const path of ["/zh/filing/login", "/ug/filing/activate", "/en/filing/reset", "/zh/regulator/login"]) {
      const links = await headLinks(page, path);
      expect(links.robots, path).toContain("noindex");
      expect(links.canonical, path).toEqual([]);
      expect(links.alternates, path).toEqual({});
    }
  });
});
