import net from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { applyMigrations } from "@/lib/db/migrations";
import { embeddedDatabaseUrl } from "@/lib/env";
import { seedRegister } from "@/prisma/seed/seed-register";
import { requireDatabaseUrl } from "./database";

/**
 * A register of its own for tests that sweep the whole register (the yearly cycle), so they
 * cannot disturb the database the other test files share. On PostgreSQL it is a fresh schema in
 * the test database (first on every connection's search_path; pg_trgm comes from public); on
 * PGlite, whose connections all share one session, a second in-memory PGlite. Migrated and seeded
 * like the shared one; `close()` drops it.
 */
export type IsolatedRegister = {
  pool: pg.Pool;
  /** Opens a client on the same register (the caller ends it). */
  connect: () => Promise<pg.Client>;
  kind: "postgresql-schema" | "pglite";
  close: () => Promise<void>;
};

async function freePort(): Promise<number> {
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

async function isPglite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0].version.includes("PGlite");
  } finally {
    await client.end();
  }
}

export async function openIsolatedRegister({
  name,
  count = 400,
  seed = "test",
  asOf = "2026-11-23",
}: {
  name: string;
  count?: number;
  seed?: string;
  asOf?: string;
}): Promise<IsolatedRegister> {
  const shared = requireDatabaseUrl();
  let config: pg.ClientConfig;
  let embedded: EmbeddedServer | null = null;
  let dropSchema: (() => Promise<void>) | null = null;
  if (await isPglite(shared)) {
    const port = await freePort();
    embedded = await startEmbeddedServer({ port });
    config = { connectionString: embeddedDatabaseUrl(port) };
  } else {
    const schema = `${name.replace(/[^a-z0-9_]/g, "_")}_${process.pid}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: shared });
    await admin.connect();
    try {
      await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await admin.query(`CREATE SCHEMA "${schema}"`);
    } finally {
      await admin.end();
    }
    config = { connectionString: shared, options: `-c search_path="${schema}",public` };
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: shared });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    };
  }

  const connect = async () => {
    const client = new pg.Client(config);
    await client.connect();
    return client;
  };
  const setup = await connect();
  try {
    await applyMigrations(setup);
    await seedRegister(setup, { count, seed, asOf });
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ ...config, max: 4 });
  return {
    pool,
    connect,
    kind: embedded ? "pglite" : "postgresql-schema",
    close: async () => {
      await pool.end();
      await dropSchema?.();
      await embedded?.stop();
    },
  };
}
