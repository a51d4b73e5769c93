import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl, getEnv, isEmbeddedDatabase } from "@/lib/env";

/**
 * The one Prisma client. Only lib/records (and lib/search) import it. Over the pg driver adapter
 * it talks to a real PostgreSQL (DATABASE_URL) or to the embedded PGlite server the project's
 * scripts start; both speak the same protocol.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Session settings for a web application's short queries on PostgreSQL: no JIT compilation (it
 * spent 80 ms compiling searches that run in 10) and no parallel workers (their start-up costs more
 * than they save on these queries, and other requests need the cores). PGlite has neither.
 */
const SESSION_OPTIONS = "-c jit=off -c max_parallel_workers_per_gather=0";

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: getDatabaseUrl(),
    max: getEnv().DATABASE_POOL_SIZE,
    ...(isEmbeddedDatabase() ? {} : { options: SESSION_OPTIONS }),
  });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
// Next's dev server reloads modules; keep one pool per process.
globalForPrisma.prisma = db;
