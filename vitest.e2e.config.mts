import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser journeys against a running site (E2E_BASE_URL), driven by scripts/test.ts.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
