import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser suite: one production server (started by the global setup on a fresh PGlite
// with the demo data), files run one after another against it.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // lib/ modules that read the database import "server-only", which throws outside React's
      // server environment; the tests are server code.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    setupFiles: ["tests/support/env.ts"],
    include: ["tests/e2e/**/*.test.ts"],
    // The directory-lock test concerns the embedded database only.
    exclude: process.env.E2E_DATABASE_URL ? ["tests/e2e/pglite-lock.test.ts"] : [],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
