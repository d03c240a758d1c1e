import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * `expr dir NULLS LAST`: the same order as the lists' `expr IS NULL, expr dir`, written so that
 * an index on `expr` serves it (ascending: a btree's own order). Lists sort nulls last in both
 * directions.
 */
export function nullsLast(expr: SQL | AnyColumn, dir: "asc" | "desc"): SQL {
  return dir === "desc" ? sql`${expr} desc nulls last` : sql`${expr} asc nulls last`;
}

/**
 * The order of a sort key that is never null (a NOT NULL column, lower() of one): plain
 * ASC/DESC, which its index serves in both directions (DESC NULLS LAST would not).
 */
export function notNullOrder(expr: SQL | AnyColumn, dir: "asc" | "desc"): SQL {
  return dir === "desc" ? sql`${expr} desc` : sql`${expr} asc`;
}
