import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, nextBin } from "./servers";

// The production build refuses unsafe settings when it starts, with the reason, instead of
// failing (or leaking) on the first request. Each server gets a database directory of its own,
// which a refusal must leave unopened.
const root = mkdtempSync(join(tmpdir(), "redes-refusals-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function start(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; dir: string }> {
  const dir = join(root, randomBytes(4).toString("hex"), "pglite");
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PGLITE_DIR: dir,
      DATABASE_URL: "",
      AUTH_SECRET: randomBytes(32).toString("base64"),
      REDES_OIDC_ISSUER: "",
      REDES_SQL_RECORD: "",
      REDES_SQL_RECORD_IN_PRODUCTION: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (c) => (output += c));
  server.stderr.on("data", (c) => (output += c));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 45_000);
    server.once("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output, dir };
}

describe("settings the production server refuses at start", () => {
  it("an AUTH_SECRET shorter than 32 bytes", async () => {
    const run = await start({ AUTH_SECRET: randomBytes(24).toString("base64") });
    expect(run.code).toBe(1);
    expect(run.output).toContain("Redes cannot start: AUTH_SECRET is too short: 24 bytes, at least 32");
    expect(existsSync(run.dir)).toBe(false);
  });

  it("an http: single sign-on issuer outside this machine", async () => {
    const run = await start({
      REDES_OIDC_ISSUER: "http://sso.buenosaires.test/realms/gcba",
      REDES_OIDC_CLIENT_ID: "redes",
      REDES_OIDC_CLIENT_SECRET: "s3cr3t",
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain("Redes cannot start: REDES_OIDC_ISSUER must be an https: URL in production");
    expect(existsSync(run.dir)).toBe(false);
  });

  it("the SQL recorder without the explicit consent", async () => {
    const log = join(root, "statements.jsonl");
    const run = await start({ REDES_SQL_RECORD: log });
    expect(run.code).toBe(1);
    expect(run.output).toContain("Redes cannot start: REDES_SQL_RECORD is set");
    expect(run.output).toContain("REDES_SQL_RECORD_IN_PRODUCTION=acepto-registrar-parametros");
    expect(existsSync(run.dir)).toBe(false);
    expect(existsSync(log)).toBe(false);
  });
});
