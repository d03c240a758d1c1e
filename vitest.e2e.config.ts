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
    // On PostgreSQL the suite leaves out what does not depend on the driver and would only run
    // again: the embedded database's directory lock, the start-up refusals (servers that stop
    // before opening any database), the response headers, the links' prefetching and the phone
    // layout (every route at 360 and 390 px: widths, not data, decide it).
    exclude: process.env.E2E_DATABASE_URL
      ? [
          "tests/e2e/pglite-lock.test.ts",
          "tests/e2e/startup-refusals.test.ts",
          "tests/e2e/security-headers.test.ts",
          "tests/e2e/navigation.test.ts",
          "tests/e2e/phone-layout.test.ts",
        ]
      : [],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    // One module graph for the whole suite: each file would otherwise import playwright, axe
    // and the shared helpers again, seconds between files. The files keep no state in shared
    // modules (each opens and closes its own browser contexts, servers and hooks).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
