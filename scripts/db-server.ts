/**
 * npm run db:server — serves the embedded database (PGlite, data in EMBEDDED_DB_DIR, default
 * .data/pglite) on 127.0.0.1:EMBEDDED_DB_PORT (default 5433) until stopped with Ctrl-C.
 * Only one process may open the data folder; everything else connects over the socket.
 */
import { getEnv } from "@/lib/env";
import { startEmbeddedServer } from "@/lib/db/embedded-server";

async function main() {
  const { EMBEDDED_DB_DIR, EMBEDDED_DB_PORT } = getEnv();
  const started = Date.now();
  const server = await startEmbeddedServer({ dataDir: EMBEDDED_DB_DIR, port: EMBEDDED_DB_PORT });
  console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${EMBEDDED_DB_PORT}, data in ${EMBEDDED_DB_DIR} (ready in ${Date.now() - started} ms)`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
