import { z } from "zod";

/**
 * The process environment, read and validated once. Nothing else reads process.env.
 * With no DATABASE_URL the app talks to the embedded PGlite server the project's scripts start
 * (scripts/db-server.ts) on EMBEDDED_DB_PORT.
 */
/** An on/off setting: true/false, on/off, yes/no, 1/0. */
function flag(fallback: boolean) {
  return z
    .enum(["true", "false", "on", "off", "yes", "no", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "on", "yes", "1"].includes(value)));
}

/** `https://host[:port]`, with nothing after it but an optional "/". */
function isWebOrigin(value: string): boolean {
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "";
}

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * The site's public origin (scheme, host, port; no path), e.g. https://gsxt.xinjiang.example:
   * canonical and hreflang links, the sitemaps, robots.txt, feeds, report QR codes. Pages
   * prerendered at build time (the start pages) take it from the build's environment: build with
   * the same value the server runs with (npm run serve warns when they differ).
   */
  SITE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().url().refine(isWebOrigin, "SITE_URL must be an http(s) origin without a path, e.g. https://example.org").transform((value) => new URL(value).origin).default("http://localhost:3000"),
  ),
  /** The site's port and listening address (npm run demo / serve). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().optional(),
  /** Worker processes of `npm run serve`; default one per CPU core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Meilisearch (optional): when MEILI_URL is set, search goes to it, fed by the outbox. */
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** The live index's uid (a reindex swaps a fresh one in under this name). */
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default("companies"),
  /** Where batch-printing ZIPs are written (kept for a day). */
  REPORT_BATCH_DIR: z.string().default(".data/report-batches"),
  /**
   * The yearly abnormal-list cycle (lib/annual-cycle): run daily by the `npm run serve` primary
   * (off for throw-away registers such as the test suite's), and whether it approves pending
   * applications for removal whose ground is cured without waiting for a regulator.
   */
  ANNUAL_CYCLE_DAILY: flag(true),
  ANNUAL_CYCLE_AUTO_REMOVAL: flag(false),
  /**
   * Bulk data (lib/open-data): where `npm run data:export` writes its daily snapshots (one folder
   * per day, served by /api/v1/bulk and listed on /{locale}/data), how many it keeps, and whether
   * the `npm run serve` primary makes one a day itself. Several servers: a shared volume.
   */
  EXPORT_DIR: z.string().default(".data/exports"),
  EXPORT_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  EXPORT_DAILY: flag(true),
  /**
   * The public API's rate limits (lib/api/rate-limit.ts), counted in Redis when REDIS_URL is set
   * (shared by every instance), in each process's memory otherwise: requests per minute per client
   * address on the read endpoints, and per department key on the ingestion endpoints.
   */
  REDIS_URL: z.string().url().optional(),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** The connection string everything uses: DATABASE_URL, or the embedded server. */
export function getDatabaseUrl(): string {
  const env = getEnv();
  return env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DB_PORT);
}

export function isEmbeddedDatabase(): boolean {
  return getEnv().DATABASE_URL === undefined;
}
