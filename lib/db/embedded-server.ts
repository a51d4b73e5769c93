import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedServer = { port: number; stop: () => Promise<void> };

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served on localhost over the Postgres protocol, so
 * the app, the migrations and the seeder connect exactly as they would to a real PostgreSQL.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function startEmbeddedServer({
  dataDir,
  port,
  host = "127.0.0.1",
}: {
  dataDir?: string;
  port: number;
  host?: string;
}): Promise<EmbeddedServer> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 100 });
  keepExtendedQueriesWhole(server, db);
  await server.start();
  return {
    port,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** The internals of pglite-socket's query queue this module replaces (0.2.x). */
type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  onData: (chunk: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

/** Extended-protocol messages after which the connection's sequence goes on until its Sync. */
const IN_SEQUENCE = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));

/**
 * The socket server runs every connection's messages on PGlite's single session one message at a
 * time, keeping a connection to itself only inside a transaction. A driver's extended query
 * (Parse, Bind, Execute, Sync) outside a transaction could then be cut by another connection's
 * Parse, and the Bind met the wrong unnamed statement ("bind message supplies 10621 parameters,
 * but prepared statement "" requires 3"), as seen with Prisma running queries side by side. The
 * queue below keeps a connection that started an extended query until its Sync, and inside a
 * transaction until it ends. (The original also stopped for good after an exception.)
 */
function keepExtendedQueriesWhole(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let owner: number | null = null;
  queue.processQueue = async () => {
    if (queue.processing) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const keep = owner ?? (db.isInTransaction() ? queue.lastHandlerId : null);
        const index = keep === null ? 0 : queue.queue.findIndex((item) => item.handlerId === keep);
        if (index === -1) break; // the rest of that connection's sequence has not arrived yet
        const [item] = queue.queue.splice(index, 1);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (chunk: Uint8Array) => {
                bytes += chunk.length;
                item.onData(chunk);
              },
            }),
          );
        } catch (error) {
          if (owner === item.handlerId) owner = null;
          item.reject(error);
          continue;
        }
        if (IN_SEQUENCE.has(item.message[0])) owner = item.handlerId;
        else if (owner === item.handlerId) owner = null; // Sync (or a simple Query) ends the sequence
        queue.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    if (owner === handlerId) {
      owner = null;
      void queue.processQueue();
    }
  };
}
