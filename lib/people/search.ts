import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { departments, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { SEARCH_LIMIT, searchWords, type SearchChoice } from "../search/choices";

/**
 * The people a list filter offers (the owner filter of /compromisos), searched as the user
 * types: at most SEARCH_LIMIT matches, every word of the query contained in the name
 * (case-insensitive), in name order. The order walks people_name_idx (lower(full_name)) and
 * stops at the limit, so a common text reads a few rows and a rare one at worst the
 * directory once, never a sort of all of it. Who may search: whoever may read the list.
 */
export async function searchPeople(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "commitment.read");
  const conditions: SQL[] = searchWords(query).map(
    (pattern) => sql`lower(${people.fullName}) LIKE ${pattern}`,
  );
  return ctx.db
    .select({ id: people.id, label: people.fullName, detail: sql<string | null>`${departments.shortName}` })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(sql`lower(${people.fullName})`), asc(people.id))
    .limit(SEARCH_LIMIT);
}

/** The one person a filter is set to (its name on the page), or null for an unknown id. */
export async function personChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  assertCan(ctx.actor, "commitment.read");
  if (!id || !isUuid(id)) return null;
  const [row] = await ctx.db
    .select({ id: people.id, label: people.fullName, detail: sql<string | null>`${departments.shortName}` })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(eq(people.id, id))
    .limit(1);
  return row ?? null;
}
