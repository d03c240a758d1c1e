import { or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { searchKey } from "@/db/schema/columns";

/** What a search looks in: a column, a subquery's column, or an expression. */
export type Searched = AnyColumn | SQL | SQL.Aliased;

/**
 * A LIKE pattern that matches `text` anywhere in a value, its own wildcards (`%`, `_`) and
 * backslashes escaped so they match themselves.
 */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The one search predicate of the app: `value` contains `text`, whatever the case and accents
 * of either ("julian" finds "Julián", "RAMÓN" finds "Ramón"). The text is folded by the same
 * SQL function as the value, so both sides agree to the letter (unaccent's rules, not
 * JavaScript's); a constant folded at planning, the trigram index still applies. searchKey is
 * the expression the trigram indexes are built on (db/schema), so these searches are indexed.
 */
export function containsText(value: Searched, text: string): SQL {
  return sql`${searchKey(value)} LIKE ${searchKey(sql`${containsPattern(text)}::text`)}`;
}

/** `text` contained in any of `values` (containsText): a list's one search box over several columns. */
export function containsTextInAny(text: string, ...values: Searched[]): SQL {
  return or(...values.map((value) => containsText(value, text)))!;
}
