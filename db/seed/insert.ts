// Writes the built rows in foreign-key order with multi-row inserts (a few statements per
// table instead of one per row, which is what keeps the seed fast on PGlite).
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { DEMO_TABLES, type DemoRows } from "./context";

export type DemoCounts = Record<keyof DemoRows, number>;

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters for any table here. */
const CHUNK = 500;

async function insertAll<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.insert(table).values(rows.slice(start, start + CHUNK));
  }
}

/**
 * Parents before children. Self-references (departments, bodies) go in one statement:
 * PostgreSQL checks foreign keys at the end of the statement, so a row may name a parent
 * that comes later in the same insert.
 */
export async function insertDemoRows(db: Db, rows: DemoRows): Promise<DemoCounts> {
  for (const name of DEMO_TABLES) {
    await insertAll(db, schema[name] as PgTable, rows[name] as PgInsertValue<PgTable>[]);
  }
  return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])) as DemoCounts;
}
