import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import {
  startOidcProvider,
  TEST_SSO_CLIENT,
  TEST_SSO_NAME,
  type RunningProvider,
} from "../support/oidc-provider";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    pgliteDir: string;
    authSecret: string;
    driver: "pglite" | "postgres";
    ssoIssuer: string;
    /** Every statement the server ran, one JSON line each (REDES_SQL_RECORD, db/client.ts). */
    sqlLog: string;
  }
}

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
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${baseURL} did not become healthy`);
}

export const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function freshPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `redes_e2e_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the run's database once its server has stopped, so runs leave nothing behind. */
async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let sso: RunningProvider | undefined;

export default async function setup(project: TestProject) {
  dataDir = mkdtempSync(join(tmpdir(), "redes-e2e-"));
  const pgliteDir = join(dataDir, "pglite");
  const sqlLog = join(dataDir, "statements.jsonl");
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const authSecret = randomBytes(32).toString("base64url");
  // A real OpenID Connect provider on a free local port: the server runs with single sign-on on.
  sso = await startOidcProvider({
    redirectUris: [`${baseURL}/api/auth/callback/oidc`],
  });
  // E2E_DATABASE_URL runs the same suite on PostgreSQL: a fresh database on that server.
  const databaseUrl = process.env.E2E_DATABASE_URL
    ? await freshPostgresDatabase(process.env.E2E_DATABASE_URL)
    : "";
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PGLITE_DIR: pgliteDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      REDES_SEED_DEMO: "1",
      // WebAuthn refuses an IP address as relying party: passkey tests open this server as localhost.
      REDES_WEBAUTHN_RP_ID: "localhost",
      REDES_WEBAUTHN_ORIGIN: `http://localhost:${port}`,
      // The suite signs in as the demo administrator everywhere; with the default ("admin") every
      // such sign-in would first be sent to enrol a second factor. tests/e2e/second-factor.test.ts
      // runs a server of its own with the default to test that enrolment.
      REDES_MFA_REQUIRED_ROLES: "none",
      REDES_OIDC_ISSUER: sso.issuer,
      REDES_OIDC_CLIENT_ID: TEST_SSO_CLIENT.clientId,
      REDES_OIDC_CLIENT_SECRET: TEST_SSO_CLIENT.clientSecret,
      REDES_OIDC_NAME: TEST_SSO_NAME,
      REDES_SQL_RECORD: sqlLog,
      // A production server refuses the recorder (it writes every parameter) without this consent.
      REDES_SQL_RECORD_IN_PRODUCTION: "acepto-registrar-parametros",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => process.env.E2E_VERBOSE && process.stdout.write(`[server] ${chunk}`));
  server.stderr?.on("data", (chunk) => process.stderr.write(`[server] ${chunk}`));
  await waitForHealth(baseURL, server);
  project.provide("baseURL", baseURL);
  project.provide("pgliteDir", pgliteDir);
  project.provide("authSecret", authSecret);
  project.provide("driver", databaseUrl ? "postgres" : "pglite");
  project.provide("ssoIssuer", sso.issuer);
  project.provide("sqlLog", sqlLog);

  return async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    await sso?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl && process.env.E2E_DATABASE_URL)
      await dropDatabase(process.env.E2E_DATABASE_URL, databaseUrl);
  };
}
