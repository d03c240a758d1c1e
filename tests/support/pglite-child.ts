/**
 * A second process for tests/integration/pglite-lock.test.ts, run as
 * `node --conditions=react-server --import tsx tests/support/pglite-child.ts <mode>` with PGLITE_DIR set (and no DATABASE_URL):
 *
 * - `start`: the server's own startup path (open with the directory lock, migrate), then prints
 *   `RESULT {"networks": n}` and closes cleanly. A locked directory makes it exit 1 before writing.
 * - `commit-then-hang`: opens and migrates, commits one network named by NETWORK_NAME, then leaves
 *   a second insert (IN_FLIGHT_NAME) in an open transaction, prints `committed` and waits to be
 *   killed (SIGKILL from the test).
 */
import { count } from "drizzle-orm";
import { closeDatabase, getDatabase, openPglite } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { startDatabase } from "@/db/startup";
import { networks } from "@/db/schema";

const mode = process.argv[2];
const dir = process.env.PGLITE_DIR;
if (!dir || process.env.DATABASE_URL) throw new Error("run with PGLITE_DIR set and no DATABASE_URL");

if (mode === "start") {
  await startDatabase(); // exits 1 with a message when the directory is locked
  const { db } = await getDatabase();
  const [row] = await db.select({ n: count() }).from(networks);
  console.log(`RESULT ${JSON.stringify({ networks: Number(row!.n) })}`);
  await closeDatabase();
  process.exit(0);
} else if (mode === "commit-then-hang") {
  const database = await openPglite(dir);
  await runMigrations(database);
  await database.db.transaction(async (tx) => {
    await tx.insert(networks).values({ name: process.env.NETWORK_NAME!, kind: "global" });
  });
  void database.db.transaction(async (tx) => {
    await tx.insert(networks).values({ name: process.env.IN_FLIGHT_NAME!, kind: "global" });
    console.log("committed");
    await new Promise(() => {}); // never commits
  });
  setInterval(() => {}, 60_000);
} else {
  throw new Error(`unknown mode ${mode}`);
}
