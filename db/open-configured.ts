import { defaultPgliteDir, openPglite, openPostgres, type Database } from "./client";
import { serverEnv } from "@/lib/env";

/**
 * Opens the database the environment points at, for command-line tools: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded PGlite directory (PGLITE_DIR, default
 * ./data/pglite). Opening PGlite takes the directory lock and throws DatabaseLockedError
 * when another process (a running dev server) holds it. The server uses getDatabase(),
 * which opens the same way but keeps one handle per process.
 */
export async function openConfiguredDatabase(): Promise<Database> {
  const url = serverEnv().DATABASE_URL;
  return url ? openPostgres(url, { max: 1 }) : openPglite(defaultPgliteDir());
}

/** Where openConfiguredDatabase() connects, for log lines (never prints a password). */
export function describeConfiguredDatabase(): string {
  const url = serverEnv().DATABASE_URL;
  if (!url) return `PGlite en ${defaultPgliteDir()}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL en ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}
