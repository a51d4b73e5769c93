/**
 * npm run db:generate — writes the Prisma client to lib/generated/prisma (git-ignored).
 * The Prisma CLI wants its native schema engine even though the client generator does not use it,
 * and downloads it from Prisma's binary host (unreachable offline). Pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at a stand-in that is never run lets `prisma generate` work from
 * the npm registry alone. Runs after every `npm install` (postinstall).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const folder = mkdtempSync(path.join(os.tmpdir(), "prisma-engine-"));
const standIn = path.join(folder, "schema-engine");
writeFileSync(standIn, "#!/bin/sh\necho 'schema engine not available: use the npm db:* scripts' >&2\nexit 1\n");
chmodSync(standIn, 0o755);
const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: standIn, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
rmSync(folder, { recursive: true, force: true });
process.exit(result.status ?? 1);
