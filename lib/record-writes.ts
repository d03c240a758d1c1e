import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import type { AuditEntry } from "./audit";
import { conflict } from "./command";

// The two writes every record's commands repeat: insert a row and get its id, and update a row
// only if nobody saved a newer version since the form was read.

type RecordTable = PgTable & { id: AnyPgColumn };
type VersionedTable = RecordTable & { version: AnyPgColumn; updatedAt: AnyPgColumn };

/** Inserts one row and returns its id. */
export async function insertRecord<T extends RecordTable>(
  tx: Db,
  table: T,
  values: PgInsertValue<T>,
): Promise<string> {
  const [created] = (await tx.insert(table).values(values).returning({ id: table.id })) as { id: string }[];
  if (!created) throw new Error("insert returned no row");
  return created.id;
}

/**
 * Updates a row if its version is still `version`, bumping the version; zero rows means someone
 * saved a newer version since this form was opened (a CONFLICT).
 */
export async function versionedUpdate<T extends VersionedTable>(
  tx: Db,
  table: T,
  id: string,
  version: number,
  set: PgUpdateSetSource<T>,
): Promise<{ id: string; version: number }> {
  const [updated] = (await tx
    .update(table)
    .set({ ...set, version: sql`${table.version} + 1`, updatedAt: new Date() } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning({ id: table.id, version: table.version })) as { id: string; version: number }[];
  if (!updated) throw conflict();
  return updated;
}

/** The audit entry of a write to a record (create, update, archive…): `<type>.<verb>`, with its snapshots. */
export function recordEvent(
  entityType: string,
  verb: string,
  entityId: string,
  after: unknown,
  before?: unknown,
): AuditEntry {
  return { action: `${entityType}.${verb}`, entityType, entityId, before, after };
}
