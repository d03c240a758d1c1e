import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Timings recorded in docs/performance.md that are not tests: run by hand (npm run bench:import),
// never by the test suite, on PGlite and on PostgreSQL like the database tests.
export default mergeConfig(
  base,
  defineConfig({
    test: { include: ["tests/bench/**/*.test.ts"], testTimeout: 600_000 },
  }),
);
