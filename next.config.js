// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Compression belongs to the reverse proxy in front (nginx, Caddy: TLS, gzip/brotli, static
  // caching); gzipping a large company page in Node costs more than rendering it from cache.
  compress: false,
};

module.exports = withNextIntl(nextConfig);
