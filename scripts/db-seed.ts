// npm run db:seed — migrates the configured database (DATABASE_URL, or the embedded PGlite
// directory) and loads the demo data if, and only if, it is empty.
// npm run db:seed -- --scale large|ci — the demo data plus a large generated dataset
// (db/seed/large.ts), for measuring performance; also only into an empty database.
import { describeConfiguredDatabase, openConfiguredDatabase } from "@/db/open-configured";
import { runMigrations } from "@/db/migrate";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { printDemoAccounts } from "@/db/seed/accounts";
import { seedDemo } from "@/db/seed/demo";
import { isScaleName, seedLarge, SCALES } from "@/db/seed/large";

function scaleArgument(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === "--scale" || arg.startsWith("--scale="));
  if (index === -1) return undefined;
  const arg = argv[index]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv.slice(2));
  if (scale !== undefined && scale !== "demo" && !isScaleName(scale)) {
    console.error(`✖ --scale ${scale}: use ${["demo", ...Object.keys(SCALES)].join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const database = await openConfiguredDatabase();
  try {
    await runMigrations(database);
    const result =
      scale === undefined || scale === "demo"
        ? await seedDemo(database.db)
        : await seedLarge(database.db, scale, { log: (line) => console.log(line) });
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
