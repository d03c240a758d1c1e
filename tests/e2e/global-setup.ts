import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import {
  startOidcProvider,
  TEST_SSO_CLIENT,
  TEST_SSO_NAME,
  type RunningProvider,
} from "../support/oidc-provider";
import type { BrowserServer } from "playwright-core";
import { freePort, startBrowser, startServer, type RunningServer } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    pgliteDir: string;
    authSecret: string;
    driver: "pglite" | "postgres";
    ssoIssuer: string;
    /** Every statement the server ran, one JSON line each (REDES_SQL_RECORD, db/client.ts). */
    sqlLog: string;
    /** Where the suite's Chromium listens (support.ts launchBrowser connects to it). */
    browserEndpoint: string;
  }
}

let server: RunningServer | undefined;
let sso: RunningProvider | undefined;
let browser: BrowserServer | undefined;

// The suite's server: the production build with the demo data, on the suite's database driver
// (E2E_DATABASE_URL runs the same suite on PostgreSQL), single sign-on on against a real
// OpenID Connect provider on a free local port.
export default async function setup(project: TestProject) {
  const port = await freePort();
  const authSecret = randomBytes(32).toString("base64url");
  sso = await startOidcProvider({ redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/oidc`] });
  const issuer = sso.issuer;
  server = await startServer({
    name: "suite",
    port,
    env: (dataDir) => ({
      AUTH_SECRET: authSecret,
      // WebAuthn refuses an IP address as relying party: passkey tests open this server as localhost.
      REDES_WEBAUTHN_RP_ID: "localhost",
      REDES_WEBAUTHN_ORIGIN: `http://localhost:${port}`,
      // The suite signs in as the demo administrator everywhere; with the default ("admin") every
      // such sign-in would first be sent to enrol a second factor. tests/e2e/second-factor.test.ts
      // runs a server of its own with the default to test that enrolment.
      REDES_MFA_REQUIRED_ROLES: "none",
      REDES_OIDC_ISSUER: issuer,
      REDES_OIDC_CLIENT_ID: TEST_SSO_CLIENT.clientId,
      REDES_OIDC_CLIENT_SECRET: TEST_SSO_CLIENT.clientSecret,
      REDES_OIDC_NAME: TEST_SSO_NAME,
      REDES_SQL_RECORD: join(dataDir, "statements.jsonl"),
      // A production server refuses the recorder (it writes every parameter) without this consent.
      REDES_SQL_RECORD_IN_PRODUCTION: "acepto-registrar-parametros",
    }),
    onOutput: (chunk, stream) => {
      if (stream === "stderr") process.stderr.write(`[server] ${chunk}`);
      else if (process.env.E2E_VERBOSE) process.stdout.write(`[server] ${chunk}`);
    },
  });
  project.provide("baseURL", server.baseURL);
  project.provide("pgliteDir", join(server.dataDir, "pglite"));
  project.provide("authSecret", authSecret);
  project.provide("driver", server.driver);
  project.provide("ssoIssuer", issuer);
  project.provide("sqlLog", join(server.dataDir, "statements.jsonl"));
  browser = await startBrowser();
  project.provide("browserEndpoint", browser.wsEndpoint());

  return async () => {
    await browser?.close();
    await server?.stop();
    await sso?.close();
  };
}
