import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { getDatabaseUrl, getEnv, isEmbeddedDatabase } from "@/lib/env";

/**
 * The one Prisma client. Only lib/records (and lib/search) import it. Over the pg driver adapter
 * it talks to a real PostgreSQL (DATABASE_URL) or to the embedded PGlite server the project's
 * scripts start; both speak the same protocol.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

/**
 * Session settings for a web application's short queries on PostgreSQL: no JIT compilation (it
 * spent 80 ms compiling searches that run in 10) and no parallel workers (their start-up costs more
 * than they save on these queries, and other requests need the cores). PGlite has neither.
 */
const SESSION_OPTIONS = "-c jit=off -c max_parallel_workers_per_gather=0";

function createPool(): pg.Pool {
  return new pg.Pool({
    connectionString: getDatabaseUrl(),
    max: getEnv().DATABASE_POOL_SIZE,
    ...(isEmbeddedDatabase() ? {} : { options: SESSION_OPTIONS }),
  });
}

/** The connections Prisma uses, shared with sqlRows. */
const pool: pg.Pool = globalForPrisma.pool ?? createPool();

export const db: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
// Next's dev server reloads modules; keep one pool per process.
globalForPrisma.prisma = db;
globalForPrisma.pool = pool;

/**
 * Runs one statement built with Prisma.sql straight on the pool, for the search statement run on
 * every keystroke and page: Prisma's raw-query path adds half a millisecond to a 3 ms search.
 * Columns arrive as pg parses them (json parsed, int4 as numbers, bigint and numeric as strings).
 */
export async function sqlRows<Row>(statement: Prisma.Sql): Promise<Row[]> {
  const result = await pool.query(statement.text, statement.values);
  return result.rows as Row[];
}

/**
 * The pool itself, for the lib modules that write in plain SQL transactions over a pg connection
 * (lib/annual-cycle, lib/records/removal-applications.ts): the same connections Prisma uses.
 */
export function getPool(): pg.Pool {
  return pool;
}
