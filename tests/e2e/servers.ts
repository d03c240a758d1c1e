import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import postgres from "postgres";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";

// Production servers of the browser suite: the suite's own (global-setup.ts) and those a test
// file starts with settings of its own (second factor required, a trusted proxy). Each runs on
// the suite's database driver: a fresh PostgreSQL database when E2E_DATABASE_URL names a
// server, else a PGlite directory of its own.

export const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function waitForHealth(baseURL: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${baseURL} did not become healthy`);
}

async function onPostgres<T>(serverUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

export interface RunningServer {
  baseURL: string;
  /** The server's own directory (its PGlite data, files the test asks it to write). */
  dataDir: string;
  driver: "pglite" | "postgres";
  process: ChildProcess;
  /** Stops the server and removes its directory and database. */
  stop: () => Promise<void>;
}

/**
 * Starts `next start` on a free port with the demo data and waits until it answers its health
 * check. `env` receives the server's directory, for settings that name files in it.
 */
export async function startServer(options: {
  name: string;
  env: (dataDir: string) => Record<string, string>;
  timeoutMs?: number;
  /** A port chosen beforehand (when another service must know the server's address first). */
  port?: number;
  /** Where the server's output goes (the suite's own server shows its errors). */
  onOutput?: (chunk: Buffer, stream: "stdout" | "stderr") => void;
}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `redes-e2e-${options.name}-`));
  const port = options.port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${port}`;
  const serverUrl = process.env.E2E_DATABASE_URL;
  let databaseUrl = "";
  if (serverUrl) {
    const name = `redes_e2e_${randomBytes(4).toString("hex")}`;
    await onPostgres(serverUrl, (sql) => sql.unsafe(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PGLITE_DIR: join(dataDir, "pglite"),
      DATABASE_URL: databaseUrl,
      REDES_SEED_DEMO: "1",
      ...options.env(dataDir),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => options.onOutput?.(chunk, "stdout"));
  child.stderr?.on("data", (chunk: Buffer) => options.onOutput?.(chunk, "stderr"));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl && databaseUrl) {
      const name = new URL(databaseUrl).pathname.slice(1);
      await onPostgres(serverUrl, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  };
  try {
    await waitForHealth(baseURL, child, options.timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, dataDir, driver: databaseUrl ? "postgres" : "pglite", process: child, stop };
}

/** The suite's Chromium (Debian's, or CHROMIUM_PATH), which the test files connect to. */
export function startBrowser(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
}
