import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

// Shared column groups. `version` backs optimistic concurrency: every update of an
// editable record is `UPDATE … WHERE id = $1 AND version = $2` and bumps it.
export const id = () => uuid("id").primaryKey().defaultRandom();

export const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/**
 * The form searched text is compared in: lower case, accents removed (f_unaccent, migration
 * 0016: unaccent() declared IMMUTABLE so an index may use it). Queries search through
 * lib/search/like.ts, which uses this same expression, so the indexes below serve them.
 */
export function searchKey(value: AnyColumn | SQL | SQL.Aliased): SQL {
  return sql`f_unaccent(lower(${value}))`;
}

/** A GIN trigram index's key: searchKey of the column, so that LIKE '%…%' on it is indexed. */
export const trigramKey = (column: AnyColumn) => sql`${searchKey(column)} gin_trgm_ops`;
