// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next's page cache with the cache tags that revalidateTag expires shared by every server
  // process through PostgreSQL (npm run serve runs one worker per core).
  cacheHandler: require.resolve("./lib/page-cache/cache-handler.js"),
  // Compression belongs to the reverse proxy in front (nginx, Caddy: TLS, gzip/brotli, static
  // caching); gzipping a large company page in Node costs more than rendering it from cache.
  compress: false,
  // forbidden() answers 403 with app/[locale]/regulator/forbidden.tsx when a regulator's role does
  // not allow a page (lib/auth/session.ts regulatorAccess).
  experimental: { authInterrupts: true },
  // The Uyghur web font's file names carry its version (components/layout/uyghur-web-font.ts).
  async headers() {
    return [{ source: "/fonts/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] }];
  },
  // The credit report's fonts are read from node_modules at run time (lib/report/fonts.ts):
  // include them when the server is traced for deployment.
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf",
      "./node_modules/@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf",
    ],
  },
};

module.exports = withNextIntl(nextConfig);
