import { describe, expect, it } from "vitest";
import {
  renderSitemapIndex,
  renderSitemapUrl,
  renderUrlset,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  urlsetStream,
  type SitemapUrl,
} from "@/lib/seo/sitemap-xml";

const HOSTILE = `https://example.org/zh/search?q=<a>&b="c"&d='e'\u0001`;

function url(index: number): SitemapUrl {
  return {
    loc: `https://example.org/zh/companies/${String(index).padStart(18, "0")}`,
    lastModified: "2026-11-23T08:15:00Z",
    alternates: [
      { hreflang: "zh-CN", href: `https://example.org/zh/companies/${index}` },
      { hreflang: "ug", href: `https://example.org/ug/companies/${index}` },
    ],
  };
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("renderSitemapUrl", () => {
  it("escapes the address, the alternates and the date, and drops characters XML forbids", () => {
    const xml = renderSitemapUrl({ loc: HOSTILE, lastModified: "<2026>", alternates: [{ hreflang: `x"y`, href: HOSTILE }] });
    expect(xml).toBe(
      "<url><loc>https://example.org/zh/search?q=&lt;a&gt;&amp;b=&quot;c&quot;&amp;d=&apos;e&apos;</loc><lastmod>&lt;2026&gt;</lastmod>" +
        '<xhtml:link rel="alternate" hreflang="x&quot;y" href="https://example.org/zh/search?q=&lt;a&gt;&amp;b=&quot;c&quot;&amp;d=&apos;e&apos;"/></url>\n',
    );
  });

  it("leaves out what a url does not have", () => {
    expect(renderSitemapUrl({ loc: "https://example.org/zh" })).toBe("<url><loc>https://example.org/zh</loc></url>\n");
  });
});

describe("url sets", () => {
  it("declares both namespaces and closes what it opens", () => {
    const xml = renderUrlset([url(1), url(2)]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n')).toBe(true);
    expect(xml.endsWith("</urlset>\n")).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.match(/<\/url>/g)).toHaveLength(2);
    expect(xml.match(/<xhtml:link /g)).toHaveLength(4);
  });

  it("streams the same text as it renders whole, in pieces, whatever the piece size", async () => {
    const urls = Array.from({ length: 2_501 }, (_, index) => url(index + 1));
    const whole = renderUrlset(urls);
    for (const piece of [1, 7, 1000, 5000]) {
      expect(await text(urlsetStream(urls, (item) => item, piece))).toBe(whole);
    }
    expect(await text(urlsetStream([], (item: SitemapUrl) => item))).toBe(renderUrlset([]));
  });

  it("asks for rows as the reader reads: one piece at a time", async () => {
    let converted = 0;
    const stream = urlsetStream(Array.from({ length: 3_000 }, (_, index) => index), (index) => {
      converted += 1;
      return url(index);
    }, 1000);
    const reader = stream.getReader();
    await reader.read(); // the declaration and <urlset>
    await reader.read(); // the first 1,000
    expect(converted).toBeLessThanOrEqual(2000);
    await reader.cancel();
  });

  it("refuses more addresses than one file may hold", () => {
    expect(() => urlsetStream(new Array(SITEMAP_MAX_URLS + 1).fill(0), () => url(1))).toThrow(RangeError);
  });

  it("keeps a full file of the largest entries under the protocol's 50 MB", async () => {
    // A chunk of 10,000 companies (lib/seo/sitemaps.ts) with a 200-character origin and every
    // locale's alternate plus x-default, each a 46-character annual-report path.
    const origin = `https://${"x".repeat(192)}`;
    const path = "/companies/91650102MA7XXXXXXX/annual-reports/2025";
    const big: SitemapUrl = {
      loc: `${origin}/zh${path}`,
      lastModified: "2026-11-23T08:15:00Z",
      alternates: ["zh-CN", "ug", "en", "x-default"].map((hreflang) => ({ hreflang, href: `${origin}/zh${path}` })),
    };
    const bytes = new TextEncoder().encode(renderSitemapUrl(big)).length * 10_000 + 200;
    expect(bytes).toBeLessThan(SITEMAP_MAX_BYTES);
  });
});

describe("renderSitemapIndex", () => {
  it("lists the files, escaped", () => {
    expect(renderSitemapIndex([{ loc: "https://example.org/sitemaps/pages.xml" }, { loc: "https://example.org/s?a=1&b=2", lastModified: "2026-11-23" }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "<sitemap><loc>https://example.org/sitemaps/pages.xml</loc></sitemap>\n" +
        "<sitemap><loc>https://example.org/s?a=1&amp;b=2</loc><lastmod>2026-11-23</lastmod></sitemap>\n" +
        "</sitemapindex>\n",
    );
  });
});
