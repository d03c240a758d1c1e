import { and, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { notNullOrder, nullsLast } from "../order";
import type { Cursor } from "./types";

/**
 * Keyset ("seek") pagination over any sort: the export reads a list in batches by asking for
 * the rows strictly after the last one in the list's own order, never with OFFSET, so every
 * batch costs the same however deep it is. A key is an expression and a direction; nulls sort
 * last in both directions (as the list pages do). The last row's keys travel as text
 * (`expr::text`), which PostgreSQL reads back as the expression's own type when comparing —
 * so instants keep their microseconds and enums their declared order.
 */
export interface SortKey {
  expr: SQL | AnyColumn;
  dir: "asc" | "desc";
  /** The expression is never null (a primary key, a NOT NULL column): skips the null branch. */
  notNull?: boolean;
}

/**
 * The keys' ORDER BY. A key that is never null gets a plain ASC/DESC: the same order, and one an
 * index serves in both directions (`id DESC NULLS LAST` would make PostgreSQL sort the whole
 * match instead of walking the primary key backwards).
 */
export function keyOrder(keys: readonly SortKey[]): SQL[] {
  return keys.map((k) => (k.notNull ? notNullOrder(k.expr, k.dir) : nullsLast(k.expr, k.dir)));
}

/** The keys as text columns k0, k1, … to select beside a row. */
export function keyFields(keys: readonly SortKey[]): Record<string, SQL.Aliased<string | null>> {
  return Object.fromEntries(keys.map((k, i) => [`k${i}`, sql<string | null>`(${k.expr})::text`.as(`k${i}`)]));
}

/** The cursor of a row that carries keyFields. */
export function cursorOf(row: Record<string, unknown>, keys: readonly SortKey[]): Cursor {
  return keys.map((_, i) => {
    const value = row[`k${i}`];
    return value === null || value === undefined ? null : String(value);
  });
}

const same = (k: SortKey, value: string | null): SQL =>
  value === null ? sql`${k.expr} is null` : sql`${k.expr} = ${value}`;

/** Strictly after `value` on this key alone (nulls last: nothing comes after a null). */
function beyond(k: SortKey, value: string | null): SQL {
  if (value === null) return sql`false`;
  const compare = k.dir === "desc" ? sql`${k.expr} < ${value}` : sql`${k.expr} > ${value}`;
  return k.notNull ? compare : sql`(${compare} or ${k.expr} is null)`;
}

/**
 * Rows strictly after the cursor in the keys' order: (k0 after) or (k0 same and k1 after) or …
 * The last key must make rows unique (an id).
 */
export function afterCursor(keys: readonly SortKey[], cursor: Cursor): SQL {
  const branches = keys.map((k, i) =>
    and(...keys.slice(0, i).map((prev, j) => same(prev, cursor[j] ?? null)), beyond(k, cursor[i] ?? null)),
  );
  return or(...branches)!;
}

/** A batch from rows fetched with limit + 1: the rows to write and the cursor after them. */
export function batchOf<Row extends Record<string, unknown>>(
  fetched: Row[],
  limit: number,
  keys: readonly SortKey[],
): { rows: Row[]; next: Cursor | null } {
  const rows = fetched.slice(0, limit);
  const last = rows.at(-1);
  return { rows, next: fetched.length > limit && last ? cursorOf(last, keys) : null };
}

/** A list's select (its fields with keyFields, its joins) that still takes where/order/limit. */
interface Seekable {
  where(where: SQL | undefined): {
    orderBy(...order: SQL[]): { limit(limit: number): PromiseLike<unknown[]> };
  };
}

/**
 * One batch of a list's export: the rows of `select` that pass the list's filters and come after
 * the cursor, in the keys' order, read with limit + 1 to know whether another batch follows.
 */
export async function readBatch<Row extends Record<string, unknown>>(
  select: Seekable,
  keys: readonly SortKey[],
  filters: SQL | undefined,
  after: Cursor | null,
  limit: number,
): Promise<{ rows: Row[]; next: Cursor | null }> {
  const fetched = await select
    .where(and(filters, after ? afterCursor(keys, after) : undefined))
    .orderBy(...keyOrder(keys))
    .limit(limit + 1);
  return batchOf(fetched as Row[], limit, keys);
}
