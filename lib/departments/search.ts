import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { departments } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { SEARCH_LIMIT, everyWordIn, type SearchChoice } from "../search/choices";

/**
 * The departments the department filters offer (the calendar, /compromisos, /cobertura),
 * searched as the user types: at
 * most SEARCH_LIMIT, every word of the query in the name or the short name (case- and
 * accent-insensitive),
 * in name order (departments_name_uq, lower(name), stopping at the limit). Who may search:
 * whoever may read the calendar (every role, as for the lists that offer the same filter).
 */
export async function searchDepartments(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "meeting.read");
  return ctx.db
    .select({ id: departments.id, label: departments.name, detail: departments.shortName })
    .from(departments)
    .where(everyWordIn(query, departments.name, departments.shortName))
    .orderBy(asc(sql`lower(${departments.name})`), asc(departments.id))
    .limit(SEARCH_LIMIT);
}

/** The one department the calendar is filtered to (its name on the page), or null for an unknown id. */
export async function departmentChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  assertCan(ctx.actor, "meeting.read");
  if (!id || !isUuid(id)) return null;
  const [row] = await ctx.db
    .select({ id: departments.id, label: departments.name, detail: departments.shortName })
    .from(departments)
    .where(eq(departments.id, id))
    .limit(1);
  return row ?? null;
}
