import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freePort, nextBin } from "./servers";
import { baseURL } from "./support";

/** Names and modification times of every file in the data directory. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(`${path}:${statSync(path).mtimeMs}:${statSync(path).size}`);
    }
  };
  walk(dir);
  return out.sort();
}

describe("one process per embedded database", () => {
  it("a second server on the same PGlite directory stops with a clear message and writes nothing", async () => {
    const pgliteDir = inject("pgliteDir");
    const before = snapshot(pgliteDir);
    const port = await freePort();
    const second = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PGLITE_DIR: pgliteDir,
        DATABASE_URL: "",
        AUTH_SECRET: inject("authSecret"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    second.stdout.on("data", (c) => (output += c));
    second.stderr.on("data", (c) => (output += c));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        second.kill("SIGKILL");
        resolve(null);
      }, 45_000);
      second.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(1);
    expect(output).toContain("Redes cannot start");
    expect(output).toContain(pgliteDir);
    expect(output).toMatch(/already open in another process \(pid \d+\)/);
    expect(snapshot(pgliteDir)).toEqual(before);

    // The first server is unaffected.
    const health = await fetch(`${baseURL()}/api/health`);
    expect(health.status).toBe(200);
  });
});
