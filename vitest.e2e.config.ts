import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser journeys against a running site (E2E_BASE_URL), driven by scripts/test.ts.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
