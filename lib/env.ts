import "server-only";
import { z } from "zod";

/**
 * The server's settings, read from the environment once per process and validated here: the
 * one place that reads process.env (besides next.config.ts and instrumentation.ts, which Next.js
 * evaluates before the app). Values stay strings: what each one means, its default and how a bad
 * value is treated belong to the module that uses it (docs/operations.md lists them), so
 * validating here does not change behaviour. Unknown variables are ignored.
 */
const setting = z.string().optional();
const envSchema = z.object({
  NODE_ENV: setting,
  // Database
  DATABASE_URL: setting,
  PGLITE_DIR: setting,
  REDES_MIGRATE_ON_START: setting,
  REDES_SEED_DEMO: setting,
  REDES_SQL_RECORD: setting,
  REDES_SQL_RECORD_IN_PRODUCTION: setting,
  // Auth.js
  AUTH_SECRET: setting,
  AUTH_SECRET_FILE: setting,
  AUTH_URL: setting,
  NEXTAUTH_URL: setting,
  // Sessions and second factors
  REDES_SESSION_IDLE_MINUTES: setting,
  REDES_SESSION_MAX_HOURS: setting,
  REDES_MFA_REQUIRED_ROLES: setting,
  REDES_STEP_UP_MINUTES: setting,
  REDES_WEBAUTHN_ORIGIN: setting,
  REDES_WEBAUTHN_RP_ID: setting,
  REDES_TRUSTED_PROXIES: setting,
  // Single sign-on
  REDES_OIDC_ISSUER: setting,
  REDES_OIDC_CLIENT_ID: setting,
  REDES_OIDC_CLIENT_SECRET: setting,
  REDES_OIDC_NAME: setting,
  REDES_SSO_MFA_ACR: setting,
  REDES_SSO_TRUST_MFA: setting,
});

export type ServerEnv = z.infer<typeof envSchema>;

let current: ServerEnv | undefined;

/** The server's settings (read and validated on first use, then kept for the process). */
export function serverEnv(): ServerEnv {
  current ??= envSchema.parse(process.env);
  return current;
}

/**
 * Forgets the settings read, so the next serverEnv() reads process.env again. For tests that
 * change the environment in-process (tests/support/env.ts calls it before each test and after
 * vi.stubEnv); a server reads its environment once.
 */
export function resetEnvForTests(): void {
  current = undefined;
}
