import "server-only";
import { eq, sql, type GetColumnData } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import type { FieldErrors } from "./result";

// The reads every record's queries and commands repeat: one row by its id (a record page, an
// audit snapshot, a command's check that a chosen reference exists).

/** The first row of a select (read with LIMIT 1), or null when there is none. */
export async function firstRow<Row>(query: {
  limit(limit: number): PromiseLike<Row[]>;
}): Promise<Row | null> {
  const [row] = await query.limit(1);
  return row ?? null;
}

type RecordTable = PgTable & { id: AnyPgColumn };
type Picked<F extends Record<string, AnyPgColumn>> = { [K in keyof F]: GetColumnData<F[K]> };

/** Some columns of the row of `table` with this id, or null when there is none. */
export async function rowById<F extends Record<string, AnyPgColumn>>(
  tx: Db,
  table: RecordTable,
  id: string,
  fields: F,
): Promise<Picked<F> | null> {
  const columns: Record<string, AnyPgColumn> = fields;
  const row = await firstRow(tx.select(columns).from(table).where(eq(table.id, id)));
  return row as Picked<F> | null;
}

/**
 * A reference a form chose (a network, a person, a department…): when it is given and no row of
 * `table` has that id, adds `error` to the field. Returns whether the reference is usable (not
 * given, or found), so later checks that build on it can skip.
 */
export async function checkReference(
  tx: Db,
  fieldErrors: FieldErrors,
  field: string,
  table: RecordTable,
  id: string | null | undefined,
  error: string,
): Promise<boolean> {
  if (!id) return true;
  if (await rowById(tx, table, id, { id: table.id })) return true;
  fieldErrors[field] = [error];
  return false;
}

/**
 * True when `candidateId` is the row `rootId` of a tree table (one with `parent_id`: bodies,
 * departments) or one below it: the check that keeps a move from making a cycle. A recursive
 * CTE (PostgreSQL 15+ and PGlite); false when `rootId` does not exist.
 */
export async function isInSubtree(
  tx: Db,
  table: RecordTable & { parentId: AnyPgColumn },
  rootId: string,
  candidateId: string,
): Promise<boolean> {
  const row = await firstRow(
    tx
      .select({
        found: sql<boolean>`exists (
          with recursive subtree(id) as (
            select t.id from ${table} t where t.id = ${rootId}
            union
            select t.id from ${table} t join subtree s on t.parent_id = s.id
          )
          select 1 from subtree where subtree.id = ${candidateId}
        )`,
      })
      .from(table)
      .where(eq(table.id, rootId)),
  );
  return row?.found === true;
}
