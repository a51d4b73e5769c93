import { escapeXml } from "@/lib/feeds/atom-document";

/**
 * Sitemaps (sitemaps.org protocol 0.9) as text: url sets with hreflang alternates
 * (`xhtml:link`, as Google reads them) and sitemap indexes. Every value is escaped here, once.
 * A url set is produced as a stream of small pieces, so a file of tens of thousands of addresses
 * is never held as one string.
 */

export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";
/** The protocol's limits for one file: 50,000 addresses and 50 MB (52,428,800 bytes) uncompressed. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 52_428_800;

export type SitemapAlternate = { hreflang: string; href: string };
export type SitemapUrl = {
  /** An absolute address. */
  loc: string;
  /** W3C Datetime: a day (2026-11-23) or a time with its zone (2026-11-23T08:15:00Z). */
  lastModified?: string;
  /** Every language version, this one included (Google asks for the full set on each url). */
  alternates?: SitemapAlternate[];
};
export type SitemapRef = { loc: string; lastModified?: string };

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = "</urlset>\n";

function lastmod(value: string | undefined): string {
  return value ? `<lastmod>${escapeXml(value)}</lastmod>` : "";
}

/** One `<url>` element and its line break. */
export function renderSitemapUrl(url: SitemapUrl): string {
  const links = (url.alternates ?? [])
    .map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`)
    .join("");
  return `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}${links}</url>\n`;
}

/** A whole url set as one string (small sets: the static pages; tests). */
export function renderUrlset(urls: readonly SitemapUrl[]): string {
  return XML_DECLARATION + URLSET_OPEN + urls.map(renderSitemapUrl).join("") + URLSET_CLOSE;
}

/**
 * A url set as a byte stream: `rows` turned into `<url>` elements by `toUrl`, `piece` rows at a
 * time as the reader asks for more. Throws if given more rows than one file may hold.
 */
export function urlsetStream<Row>(rows: readonly Row[], toUrl: (row: Row) => SitemapUrl, piece = 1000): ReadableStream<Uint8Array> {
  if (rows.length > SITEMAP_MAX_URLS) throw new RangeError(`A sitemap holds at most ${SITEMAP_MAX_URLS} addresses, not ${rows.length}`);
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(XML_DECLARATION + URLSET_OPEN));
    },
    pull(controller) {
      if (next >= rows.length) {
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
        return;
      }
      const end = Math.min(rows.length, next + piece);
      let text = "";
      for (let index = next; index < end; index += 1) text += renderSitemapUrl(toUrl(rows[index]));
      next = end;
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** A sitemap index: the addresses of the sitemap files. */
export function renderSitemapIndex(sitemaps: readonly SitemapRef[]): string {
  const entries = sitemaps.map((sitemap) => `<sitemap><loc>${escapeXml(sitemap.loc)}</loc>${lastmod(sitemap.lastModified)}</sitemap>\n`).join("");
  return `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
