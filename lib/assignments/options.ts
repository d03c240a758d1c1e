import "server-only";
import { and, asc, eq, exists, isNull, or, sql } from "drizzle-orm";
import { assignments, bodies, networks, thematicAreas } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import { networkChoices } from "../networks/references";

// The pickers of the assignment form and the options of the /asignaciones filters.

/** The bodies of one network the assignment form offers (with their thematic area). */
export interface AssignmentNetworkOptions {
  bodies: { id: string; name: string; thematicAreaId: string | null }[];
}

export interface AssignmentFormOptions extends AssignmentNetworkOptions {
  networks: { id: string; name: string }[];
  thematicAreas: { id: string; name: string }[];
}

/**
 * Options for the assignment form: networks not archived (plus the edited assignment's), the
 * thematic areas, and the bodies of the assignment's network only — the form asks for another
 * network's when its network changes (assignmentNetworkOptions through /api/asignaciones/opciones).
 * The person is a searched field (lib/assignments/search.ts: the people the actor may assign).
 */
export async function assignmentFormOptions(
  ctx: Ctx,
  current: { networkId?: string; bodyId?: string | null } = {},
): Promise<AssignmentFormOptions> {
  assertCan(ctx.actor, "assignment.read");
  const networkId = current.networkId && isUuid(current.networkId) ? current.networkId : null;
  const [networkRows, areas, networkOptions] = await Promise.all([
    networkChoices(ctx.db, networkId),
    ctx.db
      .select({ id: thematicAreas.id, name: thematicAreas.name })
      .from(thematicAreas)
      .orderBy(asc(thematicAreas.name)),
    networkId
      ? assignmentNetworkOptions(ctx, networkId, current.bodyId ?? undefined)
      : Promise.resolve({ bodies: [] }),
  ]);
  return { networks: networkRows, thematicAreas: areas, ...networkOptions };
}

/**
 * The bodies of one network not archived (plus `keepBodyId`, the edited assignment's), by
 * name, with their thematic area; none when the network itself is archived, but the kept one.
 * The read walks bodies_network_idx.
 */
export async function assignmentNetworkOptions(
  ctx: Ctx,
  networkId: string,
  keepBodyId?: string,
): Promise<AssignmentNetworkOptions> {
  assertCan(ctx.actor, "assignment.read");
  if (!isUuid(networkId)) return { bodies: [] };
  const offered = and(isNull(bodies.archivedAt), isNull(networks.archivedAt));
  const rows = await ctx.db
    .select({ id: bodies.id, name: bodies.name, thematicAreaId: bodies.thematicAreaId })
    .from(bodies)
    .innerJoin(networks, eq(networks.id, bodies.networkId))
    .where(
      and(
        eq(bodies.networkId, networkId),
        keepBodyId && isUuid(keepBodyId) ? or(offered, eq(bodies.id, keepBodyId)) : offered,
      ),
    )
    .orderBy(asc(sql`lower(${bodies.name})`));
  return { bodies: rows };
}

export interface AssignmentFilterOptions {
  /** The bodies of the chosen network that have (or had) someone assigned, and the chosen body. */
  bodies: { id: string; name: string; networkId: string; network: string }[];
  thematicAreas: { id: string; name: string }[];
}

/**
 * Options for the filters of /asignaciones that are short lists: the thematic areas, and the
 * bodies of the network the list is filtered to (a network has a handful; the city, thousands).
 * The network and the department are searched fields, read by id on the page.
 */
export async function assignmentFilterOptions(
  ctx: Ctx,
  chosen: { network?: string; body?: string } = {},
): Promise<AssignmentFilterOptions> {
  assertCan(ctx.actor, "assignment.read");
  const ofNetwork =
    chosen.network && isUuid(chosen.network)
      ? and(
          eq(bodies.networkId, chosen.network),
          exists(
            ctx.db
              .select({ one: sql`1` })
              .from(assignments)
              .where(eq(assignments.bodyId, bodies.id)),
          ),
        )
      : undefined;
  const theBody = chosen.body && isUuid(chosen.body) ? eq(bodies.id, chosen.body) : undefined;
  return ctx.db.transaction(async (tx) => {
    const bodyRows =
      ofNetwork || theBody
        ? await tx
            .select({ id: bodies.id, name: bodies.name, networkId: bodies.networkId, network: networks.name })
            .from(bodies)
            .innerJoin(networks, eq(networks.id, bodies.networkId))
            .where(or(ofNetwork, theBody))
            .orderBy(asc(sql`lower(${networks.name})`), asc(sql`lower(${bodies.name})`))
        : [];
    const areas = await tx
      .select({ id: thematicAreas.id, name: thematicAreas.name })
      .from(thematicAreas)
      .orderBy(asc(thematicAreas.name));
    return { bodies: bodyRows, thematicAreas: areas };
  });
}
