import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import testsConfig from "./vitest.config";

// The browser suite: one production server (started by the global setup on a fresh PGlite
// with the demo data), files run one after another against it.
/**
 * The files this run takes. E2E_SHARE=even or odd takes every other file by name order (CI runs
 * the suite on both database drivers side by side and gives each driver half the files: the
 * database tests already run everything on both, so a flow is run once, against a production
 * server on one driver or the other). The embedded database's directory lock is a PGlite matter
 * and stays on it.
 */
function suiteFiles(): string[] {
  const dir = fileURLToPath(new URL("./tests/e2e/", import.meta.url));
  const all = readdirSync(dir)
    .filter((name) => name.endsWith(".test.ts"))
    .sort();
  const onPostgres = Boolean(process.env.E2E_DATABASE_URL);
  const pgliteOnly = (name: string) => name === "pglite-lock.test.ts";
  const share = process.env.E2E_SHARE;
  const shared = all.filter((name) => !pgliteOnly(name));
  const taken =
    share === "even" || share === "odd"
      ? shared.filter((_, index) => index % 2 === (share === "even" ? 0 : 1))
      : shared;
  return [...taken, ...(onPostgres ? [] : all.filter(pgliteOnly))].map((name) => `tests/e2e/${name}`);
}

export default defineConfig({
  // The same module aliases as the other tests ("@", and "server-only" made harmless).
  resolve: testsConfig.resolve,
  test: {
    setupFiles: ["tests/support/env.ts"],
    include: suiteFiles(),
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
