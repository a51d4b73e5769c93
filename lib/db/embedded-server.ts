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
  await server.start();
  return {
    port,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
