// @ts-check
/**
 * Next's file-system page cache (ISR), with the cache tags expired by any server process shared
 * through PostgreSQL (./shared-tags.js): before answering from the cache, a process reads the
 * tags expired since it last looked; tags expired through Next's revalidateTag are written for
 * the other processes too. Plain JavaScript: Next loads it at run time (next.config.js
 * `cacheHandler`).
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { publishTags, syncTags } = require("./shared-tags");

class SharedTagsCache extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    await syncTags();
    return super.get(...args);
  }

  /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = [...new Set(typeof tags === "string" ? [tags] : tags)];
    if (list.length > 0) await publishTags(list);
  }
}

module.exports = SharedTagsCache;
