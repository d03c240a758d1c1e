import "server-only";
import { asc, count, desc, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

// The one shape of a paged list's read: the page's rows (limit/offset on the caller's sorted,
// filtered select) and the total behind them (count(*) over the same from/where), both in one
// transaction so that the total describes the rows shown. Two statements, whatever the list.

/** One page of a list and how many rows the whole list has. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}

/** Which page and how many rows a page holds (a list's parsed `page` and `size`). */
export interface PageParams {
  page: number;
  size: number;
}

/** A sorted, filtered select that still takes its limit and offset (drizzle's builder). */
interface Pageable<Row> {
  limit(limit: number): { offset(offset: number): PromiseLike<Row[]> };
}

interface PageQuery<Row> {
  /** The rows: the select with its joins, where and order by; the page is applied here. */
  rows: (tx: Db) => Pageable<Row>;
  /** The total: a `count()` select over the same from and where (see `countRows`). */
  total: (tx: Db) => PromiseLike<{ total: number }[]>;
}

/** Reads one page and its total with `tx` (already inside the caller's transaction). */
export async function readPage<Row>(
  tx: Db,
  { page, size }: PageParams,
  query: PageQuery<Row>,
): Promise<Page<Row>> {
  const rows = await query
    .rows(tx)
    .limit(size)
    .offset((page - 1) * size);
  const [totals] = await query.total(tx);
  return { rows, total: Number(totals?.total ?? 0) };
}

/** Reads one page and its total in one transaction. */
export function pagedQuery<Row>(db: Db, params: PageParams, query: PageQuery<Row>): Promise<Page<Row>> {
  return db.transaction((tx) => readPage(tx, params, query));
}

/** `select count(*) from table where …`: the total of a list whose filters need no join. */
export function countRows(tx: Db, table: PgTable, where: SQL | undefined) {
  return tx.select({ total: count() }).from(table).where(where);
}

/**
 * `column IS NULL, column dir, …ties`: a list's order with rows that lack the sort value last
 * in both directions, then the ties that keep pages stable.
 */
export function nullsLastOrder(column: SQL | AnyColumn, dir: "asc" | "desc", ...ties: SQL[]): SQL[] {
  return [sql`${column} IS NULL`, dir === "desc" ? desc(column) : asc(column), ...ties];
}
