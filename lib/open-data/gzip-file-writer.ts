import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip, type Gzip } from "node:zlib";

/**
 * One gzip file being written: text in, compressed bytes to disk, with the SHA-256 and size of
 * the bytes on disk counted on the way (no second read). Writes wait when zlib is behind, so
 * memory stays bounded however large the file grows. The file is flushed to disk (fsync) before
 * `close` resolves.
 */
export type GzipFileWriter = {
  write: (text: string) => Promise<void>;
  close: () => Promise<{ bytes: number; sha256: string }>;
  /** Stops writing after a failure (the caller removes the file). */
  destroy: () => void;
};

export function openGzipFile(filePath: string): GzipFileWriter {
  const gzip: Gzip = createGzip({ level: 6 });
  const hash = createHash("sha256");
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  const done = pipeline(gzip, counter, createWriteStream(filePath, { flush: true }));
  // Surfaces a failure through write/close; this keeps it from being an unhandled rejection.
  done.catch(() => {});

  return {
    async write(text) {
      if (!gzip.write(text)) await Promise.race([once(gzip, "drain"), done]);
    },
    async close() {
      gzip.end();
      await done;
      return { bytes, sha256: hash.digest("hex") };
    },
    destroy() {
      gzip.destroy();
    },
  };
}
