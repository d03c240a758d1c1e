import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openPglite, openPostgres, type Database, type Db, type DriverName } from "@/db/client";

/**
 * Database suites run on a fresh, migrated PGlite in memory, and — when TEST_DATABASE_URL is
 * set — on a fresh database created on that PostgreSQL server (dropped afterwards). Both are
 * copies of the database the global setup migrated once (database-template.ts).
 */
export const testDrivers: DriverName[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export async function createTestDatabase(
  driver: DriverName,
  { postgresPool = 4 }: { postgresPool?: number } = {},
): Promise<Database> {
  if (driver === "pglite") {
    // A copy of the migrated database the global setup dumped (database-template.ts).
    return openPglite(undefined, { loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `redes_test_${randomBytes(6).toString("hex")}`;
  const admin = openPostgres(serverUrl, { max: 1 });
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`));
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), { max: postgresPool });
  return {
    ...database,
    async close() {
      await database.close();
      const again = openPostgres(serverUrl, { max: 1 });
      await again.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await again.close();
    },
  };
}

/**
 * Declares a suite once per test database. `getDb()` is valid inside tests; each suite
 * gets its own fresh database. `postgresPool` sizes the PostgreSQL connection pool, for suites
 * that need queries to really run at the same time (PGlite runs one query at a time anyway).
 */
export function describeDatabases(
  title: string,
  body: (getDb: () => Db, driver: DriverName) => void,
  options: { postgresPool?: number } = {},
): void {
  describe.each(testDrivers)(`${title} [%s]`, (driver) => {
    let database: Database | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(driver, options);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
    });
    body(() => {
      if (!database) throw new Error("test database not ready");
      return database.db;
    }, driver);
  });
}
