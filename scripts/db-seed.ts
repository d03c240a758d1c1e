// npm run db:seed — migrates the configured database (DATABASE_URL, or the embedded PGlite
// directory) and loads the demo data if, and only if, it is empty.
import { describeConfiguredDatabase, openConfiguredDatabase } from "@/db/open-configured";
import { runMigrations } from "@/db/migrate";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { printDemoAccounts } from "@/db/seed/accounts";
import { seedDemo } from "@/db/seed/demo";

async function main(): Promise<void> {
  const database = await openConfiguredDatabase();
  try {
    await runMigrations(database);
    const result = await seedDemo(database.db);
    console.log(`${result.message} (${describeConfiguredDatabase()})`);
    if (result.seeded) printDemoAccounts();
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseLockedError ? `✖ ${error.message}` : error);
  process.exitCode = 1;
});
