import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. Migrations are applied by scripts/db-migrate.ts and the
// connection string comes from lib/env.ts (DATABASE_URL, or the embedded PGlite server).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5433/postgres" },
});
