import { parseSitemapFileName, readSitemapFile, SITEMAP_CACHE_CONTROL } from "@/lib/seo/sitemaps";
import { SITEMAP_CONTENT_TYPE } from "@/lib/seo/sitemap-xml";

// Streamed from the database per request (one indexed range query per file) and cached by
// crawlers and the reverse proxy for an hour; not kept in Next's page cache (files of megabytes).
export const dynamic = "force-dynamic";

/** /sitemaps/pages.xml, /sitemaps/companies-<n>.xml, /sitemaps/annual-reports-<n>.xml. */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">): Promise<Response> {
  const file = parseSitemapFileName((await params).file);
  const body = file ? await readSitemapFile(file) : null;
  if (body === null) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "Content-Type": SITEMAP_CONTENT_TYPE, "Cache-Control": SITEMAP_CACHE_CONTROL } });
}
