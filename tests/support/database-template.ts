import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dump of a freshly migrated PGlite's data directory (databases.ts starts each from it). */
    pgliteTemplate: string;
    /** A freshly migrated PostgreSQL database that each test database is created from; "" without a server. */
    postgresTemplate: string;
  }
}

// The unit and database tests' global setup: one migrated database per driver, made once, that
// every suite's fresh database is copied from (tests/support/databases.ts). A new PGlite would
// otherwise run initdb and every migration for each of the many suites, the costliest part of
// most of them; a PostgreSQL database would run the migrations again. The copies are exactly
// what the migrations make: the migrations themselves are tested in tests/integration/schema.test.ts.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "redes-test-template-"));
  const pglite = await openPglite();
  await runMigrations(pglite);
  const client = (pglite.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await pglite.close();
  const dumpPath = join(dir, "migrated.tar");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", dumpPath);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let template = "";
  if (serverUrl) {
    template = `redes_template_${randomBytes(6).toString("hex")}`;
    await onServer(serverUrl, (db) => db.execute(sql.raw(`CREATE DATABASE ${template}`)));
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const database = openPostgres(url.toString(), { max: 1 });
    await runMigrations(database);
    // A template copies only while nobody is connected to it.
    await database.close();
  }
  project.provide("postgresTemplate", template);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (serverUrl && template) {
      await onServer(serverUrl, (db) =>
        db.execute(sql.raw(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)),
      );
    }
  };
}

async function onServer(
  serverUrl: string,
  run: (db: ReturnType<typeof openPostgres>["db"]) => Promise<unknown>,
) {
  const admin = openPostgres(serverUrl, { max: 1 });
  try {
    await run(admin.db);
  } finally {
    await admin.close();
  }
}
