import { SITEMAP_CACHE_CONTROL, sitemapIndexEntries } from "@/lib/seo/sitemaps";
import { renderSitemapIndex, SITEMAP_CONTENT_TYPE } from "@/lib/seo/sitemap-xml";

// Read per request (two max(id) lookups), never at build time: the build has no database.
export const dynamic = "force-dynamic";

/** /sitemap.xml — the sitemap index (lib/seo/sitemaps.ts), linked from robots.txt. */
export async function GET(): Promise<Response> {
  return new Response(renderSitemapIndex(await sitemapIndexEntries()), {
    headers: { "Content-Type": SITEMAP_CONTENT_TYPE, "Cache-Control": SITEMAP_CACHE_CONTROL },
  });
}
