#!/usr/bin/env node
// Runs the browser suite (tests/e2e) against the production build on a fresh PGlite.
// Chromium comes from the system (Debian's `chromium` package); nothing downloads a browser.
// Without Chromium the suite is skipped with instructions — except under CI=true, where a
// missing browser is a failure.
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

const chromium = findChromium();

if (!chromium) {
  const help =
    "Browser suite: Chromium not found. Install it with `sudo apt-get install chromium` " +
    "(or set CHROMIUM_PATH) and run `npm run test:e2e`.";
  if (process.env.CI === "true") {
    console.error(`✖ ${help}`);
    process.exit(1);
  }
  console.warn(`⚠ ${help} Skipping it.`);
  process.exit(0);
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== "1") {
  console.log("Building the production bundle for the browser suite…");
  run("npx", ["next", "build"]);
}
run("npx", ["vitest", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
  CHROMIUM_PATH: chromium,
});
