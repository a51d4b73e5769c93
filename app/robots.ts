import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

// Per request, so it names this server's SITE_URL (a build has no say in where it is served).
export const dynamic = "force-dynamic";

/**
 * /robots.txt — crawl the public register; keep out of the private pages (filing, regulator;
 * they are noindex as well), out of the API (but its OpenAPI description), of search result
 * pages (noindex, endless combinations: the sitemaps list every company instead), of generated
 * PDFs and of batch print jobs, which cost the server and are nobody else's.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/openapi.json"],
      disallow: ["/*/filing", "/*/regulator", "/api/", "/*/search?", "/*/report.pdf", "/*/reports/batch/"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
