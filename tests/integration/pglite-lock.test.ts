import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { DatabaseLockedError, lockPathFor } from "@/db/pglite-lock";
import { networks } from "@/db/schema";

// PGlite only: these tests are about the embedded database's data directory, shared by processes.
const root = process.cwd();
const childScript = join(root, "tests", "support", "pglite-child.ts");
const migrateScript = join(root, "scripts", "db-migrate.ts");
const tsxCli = join(root, "node_modules", ".bin", "tsx");
const TIMEOUT = 90_000;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "redes-pglite-lock-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

let dirs = 0;
const freshDir = () => join(tmp, `case-${++dirs}`, "pglite");

function childEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: dir,
    REDES_SEED_DEMO: "0",
    AUTH_SECRET: "pglite-lock-test-secret", // so that the server start path writes no ./data/auth-secret
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

type Child = ChildProcess & { output: () => { stdout: string; stderr: string } };

function spawnCollecting(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { cwd: root, env });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/**
 * The test child script under `node --import tsx` (not the tsx CLI, which runs the script in a
 * grandchild process: a SIGKILL must reach the process that holds PGlite).
 */
const spawnChild = (mode: string, env: NodeJS.ProcessEnv) =>
  spawnCollecting(process.execPath, ["--conditions=react-server", "--import", "tsx", childScript, mode], env);

async function finished(child: Child) {
  const { code, signal } = await exited(child);
  return { code, signal, ...child.output() };
}

/** The server's startup path (db/startup.ts) in another process. */
const runServerStart = (env: NodeJS.ProcessEnv) => finished(spawnChild("start", env));
/** `npm run db:migrate` in another process. */
const runDbMigrate = (env: NodeJS.ProcessEnv) =>
  finished(spawnCollecting(tsxCli, ["--conditions=react-server", migrateScript], env));

/** Every file under a directory with its size and modification time. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        files[relative(dir, path)] = `${stat.size}:${stat.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return files;
}

/** A pid that certainly belonged to a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await exited(child);
  return child.pid!;
}

describe("PGlite data directory lock", () => {
  it(
    "a second process on a directory this process holds exits non-zero with a clear message and writes nothing",
    async () => {
      const dir = freshDir();
      const database = await openPglite(dir);
      try {
        await runMigrations(database);
        await database.db
          .insert(networks)
          .values({ name: "Red abierta por el primer proceso", kind: "global" });
        expect(readFileSync(lockPathFor(dir), "utf8").trim().split(" ")[0]).toBe(String(process.pid));
        const filesBefore = snapshot(dir);

        for (const [name, run] of [
          ["npm run db:migrate", runDbMigrate],
          ["server start", runServerStart],
        ] as const) {
          const result = await run(childEnv(dir));

          expect(result.code, `${name}: ${result.stderr}`).toBe(1);
          expect(result.stderr, name).toContain(dir);
          expect(result.stderr, name).toContain("another process");
          expect(result.stderr, name).toContain(`pid ${process.pid}`);
          expect(result.stdout, name).not.toMatch(/RESULT|Migraciones aplicadas/);
          // The child neither touched the data directory nor stole or removed the lock.
          expect(snapshot(dir), name).toEqual(filesBefore);
          expect(readFileSync(lockPathFor(dir), "utf8").trim().split(" ")[0], name).toBe(String(process.pid));
        }
        const [row] = await database.db.select({ n: count() }).from(networks);
        expect(Number(row!.n)).toBe(1);
      } finally {
        await database.close();
      }
    },
    TIMEOUT,
  );

  it(
    "close() removes the lock file and another process can then open the same data",
    async () => {
      const dir = freshDir();
      const database = await openPglite(dir);
      await runMigrations(database);
      await database.db.insert(networks).values([
        { name: "Red uno", kind: "global" },
        { name: "Red dos", kind: "regional" },
      ]);
      expect(existsSync(lockPathFor(dir))).toBe(true);
      await database.close();
      expect(existsSync(lockPathFor(dir))).toBe(false);

      const migrated = await runDbMigrate(childEnv(dir));
      expect(migrated.code, migrated.stderr).toBe(0);
      expect(migrated.stdout).toContain(`Migraciones aplicadas (PGlite en ${dir})`);
      expect(existsSync(lockPathFor(dir))).toBe(false); // the child released it too

      const result = await runServerStart(childEnv(dir));
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('RESULT {"networks":2}');
      expect(existsSync(lockPathFor(dir))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "a stale lock file left by a dead process is taken over",
    async () => {
      const dir = freshDir();
      const database = await openPglite(dir);
      await runMigrations(database);
      await database.close();
      const stalePid = await deadPid();
      writeFileSync(lockPathFor(dir), String(stalePid));

      const result = await runServerStart(childEnv(dir));

      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('RESULT {"networks":0}');
      expect(existsSync(lockPathFor(dir))).toBe(false);

      // And in this process too.
      writeFileSync(lockPathFor(dir), String(stalePid));
      const again = await openPglite(dir);
      try {
        expect(readFileSync(lockPathFor(dir), "utf8").trim().split(" ")[0]).toBe(String(process.pid));
      } finally {
        await again.close();
      }
      expect(existsSync(lockPathFor(dir))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "the same process cannot open one directory twice, and a pid reused by another process is not a holder",
    async () => {
      const dir = freshDir();
      const database = await openPglite(dir);
      try {
        await expect(openPglite(dir)).rejects.toThrow(DatabaseLockedError);
      } finally {
        await database.close();
      }
      expect(existsSync(lockPathFor(dir))).toBe(false);

      // pid 1 is alive, but its start time is not the one recorded: the lock is stale.
      writeFileSync(lockPathFor(dir), "1 999999999999");
      const reopened = await openPglite(dir);
      await reopened.close();
      expect(existsSync(lockPathFor(dir))).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "a hard kill (SIGKILL) loses no committed row and keeps no uncommitted one",
    async () => {
      const dir = freshDir();
      const committedName = "Red confirmada antes del corte";
      const inFlightName = "Red a medio escribir";
      const child = spawnChild(
        "commit-then-hang",
        childEnv(dir, { NETWORK_NAME: committedName, IN_FLIGHT_NAME: inFlightName }),
      );
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`child never committed: ${JSON.stringify(child.output())}`)),
            60_000,
          );
          const check = () => {
            if (child.output().stdout.includes("committed")) {
              clearTimeout(timer);
              resolve();
            }
          };
          child.stdout!.on("data", check);
          child.once("exit", () => {
            clearTimeout(timer);
            reject(new Error(`child exited early: ${JSON.stringify(child.output())}`));
          });
          check();
        });
        expect(readFileSync(lockPathFor(dir), "utf8").trim().split(" ")[0]).toBe(String(child.pid));
      } finally {
        child.kill("SIGKILL");
      }
      expect(await exited(child)).toEqual({ code: null, signal: "SIGKILL" });
      expect(existsSync(lockPathFor(dir))).toBe(true); // left behind by the killed process

      const database = await openPglite(dir);
      try {
        const committed = await database.db.select().from(networks).where(eq(networks.name, committedName));
        expect(committed).toHaveLength(1);
        const inFlight = await database.db.select().from(networks).where(eq(networks.name, inFlightName));
        expect(inFlight).toEqual([]);
        // The recovered database is writable.
        await database.db.insert(networks).values({ name: "Red después del corte", kind: "thematic" });
        const [row] = await database.db.select({ n: count() }).from(networks);
        expect(Number(row!.n)).toBe(2);
      } finally {
        await database.close();
      }
    },
    TIMEOUT,
  );
});
