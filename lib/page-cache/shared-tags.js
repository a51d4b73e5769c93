// @ts-check
/**
 * Cache tags expired by any server process, shared through PostgreSQL (`page_cache_tag`).
 *
 * Next keeps the tags that revalidateTag expired in the memory of the process that called it
 * (its "tags manifest"), and expires them only after the response has been sent. With several
 * processes (`npm run serve` runs one Next worker per core; a deployment may run several
 * servers) the others kept serving the old company page for up to five minutes: half the
 * requests, measured with two workers. Here:
 * - expireTags marks tags expired in this process and writes them to `page_cache_tag` before it
 *   returns, under a lock, so that rows become visible in the order of their `seq`: a write's
 *   answer goes out only once every process will see it;
 * - syncTags reads the rows added since this process last looked (one indexed query, shared by
 *   concurrent callers) into Next's tags manifest, which Next checks before answering from its
 *   page cache (./cache-handler.js calls it on every cache read).
 * If the database cannot be reached when reading, the page is served as Next would have, and the
 * reading is tried again on the next request.
 *
 * Plain JavaScript: Next loads the cache handler at run time (next.config.js `cacheHandler`).
 */
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");
const { Pool } = require("pg");

/** The advisory lock that orders writers of page_cache_tag (first key: this namespace). */
const PUBLISH_LOCK = 5_103;

/** The same database as the app (lib/env.ts getDatabaseUrl): DATABASE_URL or the embedded server. */
function databaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT || 5433}/postgres?sslmode=disable`;
}

/** @type {Pool | null} */
let pool = null;
function getPool() {
  if (pool === null) {
    pool = new Pool({ connectionString: databaseUrl(), max: 2, idleTimeoutMillis: 30_000 });
    pool.on("error", () => {
      // An idle connection dropped: the next query opens another.
    });
  }
  return pool;
}

let lastSeq = "0";
/** @type {Promise<void> | null} */
let running = null;
/** @type {Promise<void> | null} */
let queued = null;

async function readNewTags() {
  const { rows } = await getPool().query(
    "SELECT tag, stale_at, expired_at, seq::text AS seq FROM page_cache_tag WHERE seq > $1::bigint ORDER BY seq",
    [lastSeq],
  );
  for (const row of rows) {
    const entry = { ...(tagsManifest.get(row.tag) ?? {}) };
    if (row.stale_at !== null) entry.stale = Math.max(entry.stale ?? 0, row.stale_at);
    if (row.expired_at !== null) entry.expired = Math.max(entry.expired ?? 0, row.expired_at);
    tagsManifest.set(row.tag, entry);
    lastSeq = row.seq;
  }
}

/**
 * Brings the tag manifest up to date. A call made while a reading runs waits for the next one
 * (which starts after it), so it sees every tag committed before the call; calls made meanwhile
 * share that next reading.
 */
function syncTags() {
  if (!running) {
    running = readNewTags()
      .catch((error) => {
        console.error(`page cache: could not read expired cache tags (${error instanceof Error ? error.message : error})`);
      })
      .finally(() => {
        running = null;
      });
    return running;
  }
  queued ??= running.then(() => {
    queued = null;
    return syncTags();
  });
  return queued;
}

/**
 * Writes the tags, with their times as this process's manifest holds them, to page_cache_tag.
 * @param {string[]} tags
 */
async function publishTags(tags) {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [PUBLISH_LOCK]);
    await client.query(
      `INSERT INTO page_cache_tag (tag, stale_at, expired_at)
       SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[])
       ON CONFLICT (tag) DO UPDATE SET stale_at = EXCLUDED.stale_at, expired_at = EXCLUDED.expired_at,
         seq = nextval(pg_get_serial_sequence('page_cache_tag', 'seq'))`,
      [tags, tags.map((tag) => tagsManifest.get(tag)?.stale ?? null), tags.map((tag) => tagsManifest.get(tag)?.expired ?? null)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Expires the tags now, in every process: pages carrying one are rendered afresh on their next
 * request (`expire` seconds later for a grace period, as Next's revalidateTag profiles).
 * @param {Iterable<string>} tags
 * @param {{ expire?: number }} [durations]
 */
async function expireTags(tags, { expire = 0 } = {}) {
  const list = [...new Set(tags)];
  if (list.length === 0) return;
  const now = Date.now();
  for (const tag of list) tagsManifest.set(tag, { ...(tagsManifest.get(tag) ?? {}), stale: now, expired: now + expire * 1000 });
  await publishTags(list);
}

module.exports = { expireTags, publishTags, syncTags };
