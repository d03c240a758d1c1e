// Writes the built rows in foreign-key order with multi-row inserts (a few statements per
// table instead of one per row, which is what keeps the seed fast on PGlite).
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  agendaItems,
  assignments,
  bodies,
  commitments,
  decisions,
  delegationMembers,
  departments,
  meetings,
  networks,
  networkThematicAreas,
  participationUpdates,
  people,
  seats,
  seatTerms,
  thematicAreas,
  users,
} from "@/db/schema";
import type { DemoRows } from "./context";

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
  await insertAll(db, thematicAreas, rows.thematicAreas);
  await insertAll(db, departments, rows.departments);
  await insertAll(db, people, rows.people);
  await insertAll(db, users, rows.users);
  await insertAll(db, networks, rows.networks);
  await insertAll(db, networkThematicAreas, rows.networkThematicAreas);
  await insertAll(db, bodies, rows.bodies);
  await insertAll(db, seats, rows.seats);
  await insertAll(db, seatTerms, rows.seatTerms);
  await insertAll(db, meetings, rows.meetings);
  await insertAll(db, agendaItems, rows.agendaItems);
  await insertAll(db, delegationMembers, rows.delegationMembers);
  await insertAll(db, decisions, rows.decisions);
  await insertAll(db, commitments, rows.commitments);
  await insertAll(db, assignments, rows.assignments);
  await insertAll(db, participationUpdates, rows.participationUpdates);
  return Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])) as DemoCounts;
}
