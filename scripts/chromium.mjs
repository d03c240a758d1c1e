// The system Chromium that the browser suite, the benchmark and the screenshots drive
// (Debian's `chromium` package, or CHROMIUM_PATH; nothing downloads a browser), and the flags
// it runs with: headless and sandboxed on a machine without outside network access.
import { existsSync } from "node:fs";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The Chromium executable: CHROMIUM_PATH, else Debian's; undefined when none is installed. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
    .filter(Boolean)
    .find((path) => existsSync(path));
}
