import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { PgTable } from "drizzle-orm/pg-core";

/** A well-formed id that no row has: for lookups and references that must find nothing. */
export const UNKNOWN = "00000000-0000-4000-8000-000000000000";

/**
 * Inserts one row of any table with the given values and returns it as stored (defaults and
 * generated ids filled in): the building block of a test's own records.
 */
export async function insertRow<T extends PgTable>(
  db: Db,
  table: T,
  values: T["$inferInsert"],
): Promise<T["$inferSelect"]> {
  const [row] = (await db.insert(table).values(values).returning()) as T["$inferSelect"][];
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** How many rows a table has. */
export async function rowCount(db: Db, table: PgTable) {
  const [row] = await db.select({ c: count() }).from(table);
  return Number(row!.c);
}
