import net from "node:net";
import { Client } from "pg";
import { getDatabaseUrl, getEnv, isEmbeddedDatabase, embeddedDatabaseUrl } from "@/lib/env";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";

/** A free TCP port on localhost. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

export type DatabaseHandle = { url: string; embedded: EmbeddedServer | null; close: () => Promise<void> };

/**
 * The database a script works on: DATABASE_URL when set; otherwise the embedded server — reused
 * when `npm run db:server` (or the running site) already serves it, started in this process if not.
 */
export async function openDatabase(): Promise<DatabaseHandle> {
  if (!isEmbeddedDatabase()) return { url: getDatabaseUrl(), embedded: null, close: async () => {} };
  const { EMBEDDED_DB_PORT, EMBEDDED_DB_DIR } = getEnv();
  if (await isListening(EMBEDDED_DB_PORT)) {
    return { url: embeddedDatabaseUrl(EMBEDDED_DB_PORT), embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedServer({ dataDir: EMBEDDED_DB_DIR, port: EMBEDDED_DB_PORT });
  return { url: embeddedDatabaseUrl(EMBEDDED_DB_PORT), embedded, close: () => embedded.stop() };
}

export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}
