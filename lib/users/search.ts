import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { SEARCH_LIMIT, everyWordIn, type SearchChoice } from "../search/choices";

/**
 * The users the audit log's filter offers, searched as the administrator types: at most
 * SEARCH_LIMIT, every word of the query in the name or the e-mail (case- and accent-insensitive), in name
 * order (users_name_idx, stopping at the limit). Administrators only, like the log itself.
 */
export async function searchUsers(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "audit.read");
  return ctx.db
    .select({ id: users.id, label: users.name, detail: users.email })
    .from(users)
    .where(everyWordIn(query, users.name, users.email))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.email))
    .limit(SEARCH_LIMIT);
}

/** The one user the log is filtered to (its name on the page), or null for an unknown id. */
export async function userChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  assertCan(ctx.actor, "audit.read");
  if (!id || !isUuid(id)) return null;
  const [row] = await ctx.db
    .select({ id: users.id, label: users.name, detail: users.email })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}
