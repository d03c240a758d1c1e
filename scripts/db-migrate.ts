// npm run db:migrate — applies the committed migrations to the configured database
// (DATABASE_URL, or the embedded PGlite directory).
import { describeConfiguredDatabase, openConfiguredDatabase } from "@/db/open-configured";
import { runMigrations } from "@/db/migrate";
import { DatabaseLockedError } from "@/db/pglite-lock";

async function main(): Promise<void> {
  const database = await openConfiguredDatabase();
  try {
    await runMigrations(database);
    console.log(`Migraciones aplicadas (${describeConfiguredDatabase()}).`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseLockedError ? `✖ ${error.message}` : error);
  process.exitCode = 1;
});
