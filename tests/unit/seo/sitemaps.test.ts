import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import {
  annualReportUrl,
  chunkCount,
  chunkIdRange,
  companyUrl,
  parseSitemapFileName,
  sitemapFileName,
  STATIC_PAGE_PATHS,
  staticPageUrls,
  type SitemapFile,
} from "@/lib/seo/sitemaps";

const SITE = getEnv().SITE_URL;

describe("sitemap file names", () => {
  it("round-trips every kind", () => {
    const files: SitemapFile[] = [{ kind: "pages" }, { kind: "companies", number: 1 }, { kind: "annual-reports", number: 123456789 }];
    for (const file of files) expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    expect(sitemapFileName({ kind: "companies", number: 3 })).toBe("companies-3.xml");
  });

  it("names nothing else", () => {
    for (const name of ["companies-0.xml", "companies-01.xml", "companies-1", "companies-1.xml.gz", "companies--1.xml", "people-1.xml",
      "companies-1234567890.xml", "../pages.xml", "pages.xml/", "PAGES.xml", "companies-1.xml?x"]) {
      expect(parseSitemapFileName(name), name).toBeNull();
    }
  });
});

describe("chunks of ids", () => {
  it("cover 1..lastId without overlap or gap", () => {
    const size = 50;
    expect(chunkCount(0, size)).toBe(0);
    expect(chunkCount(1, size)).toBe(1);
    expect(chunkCount(50, size)).toBe(1);
    expect(chunkCount(51, size)).toBe(2);
    expect(chunkIdRange(1, size)).toEqual({ afterId: 0, throughId: 50 });
    expect(chunkIdRange(2, size)).toEqual({ afterId: 50, throughId: 100 });
    const ids = new Set<number>();
    for (let number = 1; number <= chunkCount(401, size); number += 1) {
      const { afterId, throughId } = chunkIdRange(number, size);
      for (let id = afterId + 1; id <= throughId; id += 1) {
        expect(ids.has(id)).toBe(false);
        ids.add(id);
      }
    }
    for (let id = 1; id <= 401; id += 1) expect(ids.has(id)).toBe(true);
  });
});

describe("entries", () => {
  it("lists each static page in every locale, with all language versions and x-default", () => {
    const urls = staticPageUrls();
    expect(urls).toHaveLength(STATIC_PAGE_PATHS.length * 3);
    expect(urls.map((url) => url.loc)).toContain(`${SITE}/ug/search`);
    expect(urls.map((url) => url.loc)).toContain(`${SITE}/en`);
    const home = urls.find((url) => url.loc === `${SITE}/ug`);
    expect(home?.alternates).toEqual([
      { hreflang: "zh-CN", href: `${SITE}/zh` },
      { hreflang: "ug", href: `${SITE}/ug` },
      { hreflang: "en", href: `${SITE}/en` },
      { hreflang: "x-default", href: `${SITE}/zh` },
    ]);
  });

  it("lists a company and an annual report at the default locale with their alternates", () => {
    const company = companyUrl({ uscc: "91650102MA7XXXXXX1", lastModified: "2026-11-23T08:15:00Z" });
    expect(company).toEqual({
      loc: `${SITE}/zh/companies/91650102MA7XXXXXX1`,
      lastModified: "2026-11-23T08:15:00Z",
      alternates: [
        { hreflang: "zh-CN", href: `${SITE}/zh/companies/91650102MA7XXXXXX1` },
        { hreflang: "ug", href: `${SITE}/ug/companies/91650102MA7XXXXXX1` },
        { hreflang: "en", href: `${SITE}/en/companies/91650102MA7XXXXXX1` },
        { hreflang: "x-default", href: `${SITE}/zh/companies/91650102MA7XXXXXX1` },
      ],
    });
    const report = annualReportUrl({ uscc: "91650102MA7XXXXXX1", year: 2025, lastModified: "2026-05-01" });
    expect(report.loc).toBe(`${SITE}/zh/companies/91650102MA7XXXXXX1/annual-reports/2025`);
    expect(report.alternates?.map((alternate) => alternate.href)).toContain(`${SITE}/en/companies/91650102MA7XXXXXX1/annual-reports/2025`);
  });
});
