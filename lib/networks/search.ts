import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { networks } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { SEARCH_LIMIT, everyWordIn, type SearchChoice } from "../search/choices";

/**
 * The networks the network filters offer (the calendar, /compromisos, /cobertura), searched
 * as the user types: at most
 * SEARCH_LIMIT active (not archived) networks, every word of the query in the name or the
 * acronym (case- and accent-insensitive), in name order. The order walks networks_active_name_idx
 * (lower(name) of active networks) and stops at the limit. Who may search: whoever may read
 * the calendar (every role, as for the lists that offer the same filter).
 */
export async function searchNetworks(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "meeting.read");
  return ctx.db
    .select({ id: networks.id, label: networks.name, detail: networks.acronym })
    .from(networks)
    .where(and(isNull(networks.archivedAt), everyWordIn(query, networks.name, networks.acronym)))
    .orderBy(asc(sql`lower(${networks.name})`), asc(networks.id))
    .limit(SEARCH_LIMIT);
}

/**
 * The one network the calendar is filtered to (its name on the page), or null for an unknown
 * id. An archived network is still returned: an old link keeps showing what it filters by.
 */
export async function networkChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  assertCan(ctx.actor, "meeting.read");
  if (!id || !isUuid(id)) return null;
  const [row] = await ctx.db
    .select({ id: networks.id, label: networks.name, detail: networks.acronym })
    .from(networks)
    .where(eq(networks.id, id))
    .limit(1);
  return row ?? null;
}
