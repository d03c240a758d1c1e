import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase, type DriverName } from "@/db/client";
import { serverEnv } from "@/lib/env";

export type Health = { status: "ok"; database: DriverName } | { status: "error"; database: DriverName };

/** Answers whether the database responds to a trivial query. */
export async function databaseHealth(): Promise<Health> {
  // Reported even when opening the database fails, so it is derived from the configuration.
  const driver: DriverName = serverEnv().DATABASE_URL ? "postgres" : "pglite";
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1`);
    return { status: "ok", database: database.driver };
  } catch (error) {
    console.error("[health] database check failed:", error);
    return { status: "error", database: driver };
  }
}
