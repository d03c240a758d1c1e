import type { JoinNullability } from "drizzle-orm/query-builders/select.types";
import type { PgSelectBase, SelectedFields } from "drizzle-orm/pg-core";

/**
 * A select over a fixed set of joins with the fields a caller picks, still open for its where,
 * order and limit: the type of `db.select(fields).from(table).innerJoin(…).leftJoin(…)` for a
 * generic `fields`. Drizzle cannot follow a chain of joins over a generic selection, so a
 * shared join helper builds the chain over plain `SelectedFields` and states its result with
 * this type: `Joins` names each joined table (by its SQL name) and whether a left join can
 * leave it null, which is what makes that table's fields nullable in the rows.
 */
export type JoinedSelect<
  From extends string,
  Fields extends SelectedFields,
  Joins extends Record<string, JoinNullability>,
> = PgSelectBase<From, Fields, "partial", Joins, true>;
