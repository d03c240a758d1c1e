import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { SEARCH_LIMIT, everyWordIn, type SearchChoice } from "../search/choices";

const choiceColumns = {
  id: people.id,
  label: people.fullName,
  detail: sql<string | null>`${departments.shortName}`,
};

/**
 * People matching a searched field's text, as choices (name, department's short name): at most
 * SEARCH_LIMIT, every word of the query contained in the name (case- and accent-insensitive:
 * "julian" finds "Julián"), in name
 * order, among those `among` allows (all when undefined). The order walks people_name_idx
 * (lower(full_name)) and stops at the limit, so a common text reads a few rows and a rare one
 * at worst the directory once, never a sort of all of it. The caller checks the policy.
 */
export async function peopleMatching(db: Db, query: string, among?: SQL): Promise<SearchChoice[]> {
  return db
    .select(choiceColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(everyWordIn(query, people.fullName), among))
    .orderBy(asc(sql`lower(${people.fullName})`), asc(people.id))
    .limit(SEARCH_LIMIT);
}

/** One person as a choice (a field's current value), or null for an unknown id or one `among` excludes. */
export async function personAsChoice(
  db: Db,
  id: string | undefined,
  among?: SQL,
): Promise<SearchChoice | null> {
  if (!id || !isUuid(id)) return null;
  const [row] = await db
    .select(choiceColumns)
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(among ? and(eq(people.id, id), among) : eq(people.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * The people a list filter or a form offers (the owner filter of /compromisos, a commitment's
 * owner, a seat term's holder), searched as the user types. Who may search: whoever may read
 * commitments (every signed-in role).
 */
export async function searchPeople(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "commitment.read");
  return peopleMatching(ctx.db, query);
}

/** The one person a filter is set to (its name on the page), or null for an unknown id. */
export async function personChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  assertCan(ctx.actor, "commitment.read");
  return personAsChoice(ctx.db, id);
}
