import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDatabaseUrl, getEnv } from "@/lib/env";

/**
 * The one Prisma client. Only lib/records (and lib/search) import it. Over the pg driver adapter
 * it talks to a real PostgreSQL (DATABASE_URL) or to the embedded PGlite server the project's
 * scripts start; both speak the same protocol.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getDatabaseUrl(), max: getEnv().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
// Next's dev server reloads modules; keep one pool per process.
globalForPrisma.prisma = db;
