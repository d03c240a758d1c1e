import { authSecret } from "@/lib/auth/secret";
import { ssoConfigProblem } from "@/lib/auth/sso-config";
import { closeDatabase, getDatabase, sqlRecordRefusal } from "./client";
import { runMigrations } from "./migrate";
import { DatabaseLockedError } from "./pglite-lock";
import { serverEnv } from "@/lib/env";

/**
 * Runs once when the server process starts (instrumentation.ts): opens the database (taking
 * the PGlite directory lock), applies migrations and, in development or when asked with
 * REDES_SEED_DEMO=1, loads the demo data into an empty database. A second process on the same
 * PGlite directory stops here, before it writes anything.
 */
export async function startDatabase(): Promise<void> {
  // Fail at start, not on the first request, when the settings are unsafe: production without
  // an AUTH_SECRET of 32 bytes or more, a secret file others may read, an http: SSO issuer, or
  // the SQL recorder (which writes every parameter to a file) outside the project's own runs.
  try {
    authSecret();
    const problem = ssoConfigProblem() ?? sqlRecordRefusal();
    if (problem) throw new Error(problem);
  } catch (error) {
    console.error(`\n✖ Redes cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  let database;
  try {
    database = await getDatabase();
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n✖ Redes cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // A server whose app role may not change the schema migrates with `npm run db:migrate` as
  // the owner and starts with REDES_MIGRATE_ON_START=0.
  if (serverEnv().REDES_MIGRATE_ON_START !== "0") await runMigrations(database);

  const wantsDemo =
    serverEnv().REDES_SEED_DEMO === "1" ||
    (serverEnv().NODE_ENV !== "production" && serverEnv().REDES_SEED_DEMO !== "0");
  if (wantsDemo) {
    const { seedDemo } = await import("./seed/demo");
    const { printDemoAccounts } = await import("./seed/accounts");
    const result = await seedDemo(database.db);
    console.log(`[redes] ${result.message}`);
    if (result.seeded) printDemoAccounts();
  }
  console.log(`[redes] database ready (${database.driver})`);

  // Close PGlite cleanly on stop so the directory is consistent and the lock is released.
  const stop = (signal: NodeJS.Signals) => {
    closeDatabase()
      .catch((error) => console.error("[redes] error closing the database:", error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
