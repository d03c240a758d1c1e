import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { bodies, networks, thematicAreas } from "@/db/schema";
import type { BodyKind } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { listThematicAreas } from "../thematic-areas/queries";
import { isUuid } from "../validation/fields";
import { subtreeIds, treeOrder } from "./tree";
import { ref } from "../refs";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { firstRow } from "../record-reads";

/** One body of a network's tree, in tree order with its depth (0 = a top-level body). */
export interface BodyTreeRow {
  id: string;
  name: string;
  kind: BodyKind;
  parentId: string | null;
  depth: number;
  cadenceMonths: number | null;
  cadenceNote: string | null;
  usualMonth: number | null;
  thematicArea: { id: string; name: string } | null;
  archived: boolean;
}

/**
 * A network's bodies as a flat list in tree order (each body followed by its dependents),
 * read in one query and arranged here. Archived bodies are left out unless asked for.
 */
export async function listNetworkBodies(
  ctx: Ctx,
  networkId: string,
  { includeArchived = false }: { includeArchived?: boolean } = {},
): Promise<BodyTreeRow[]> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(networkId)) return [];
  const rows = await ctx.db
    .select({
      id: bodies.id,
      name: bodies.name,
      kind: bodies.kind,
      parentId: bodies.parentId,
      cadenceMonths: bodies.cadenceMonths,
      cadenceNote: bodies.cadenceNote,
      usualMonth: bodies.usualMonth,
      archivedAt: bodies.archivedAt,
      areaId: thematicAreas.id,
      areaName: thematicAreas.name,
    })
    .from(bodies)
    .leftJoin(thematicAreas, eq(thematicAreas.id, bodies.thematicAreaId))
    .where(and(eq(bodies.networkId, networkId), includeArchived ? undefined : isNull(bodies.archivedAt)));
  return treeOrder(
    rows.map(({ archivedAt, areaId, areaName, ...row }) => ({
      ...row,
      thematicArea: ref(areaId, areaName),
      archived: archivedAt !== null,
    })),
  );
}

export interface BodyLink {
  id: string;
  name: string;
}

export interface BodyDetail {
  id: string;
  name: string;
  kind: BodyKind;
  network: { id: string; name: string; acronym: string | null; archived: boolean };
  parent: (BodyLink & { archived: boolean }) | null;
  /** The bodies above this one, from the top of the tree down to its parent. */
  ancestors: (BodyLink & { archived: boolean })[];
  children: (BodyLink & { kind: BodyKind; archived: boolean })[];
  thematicArea: BodyLink | null;
  cadenceMonths: number | null;
  cadenceNote: string | null;
  usualMonth: number | null;
  description: string | null;
  archived: boolean;
  version: number;
  updatedAt: Date;
}

const parentBody = alias(bodies, "parent_body");

/**
 * One body with the names of its network, parent and thematic area: its page and its audit
 * snapshot.
 */
export function readBody(db: Db, id: string) {
  return firstRow(
    db
      .select({
        body: bodies,
        networkName: networks.name,
        networkAcronym: networks.acronym,
        networkArchivedAt: networks.archivedAt,
        parentName: parentBody.name,
        areaName: thematicAreas.name,
      })
      .from(bodies)
      .innerJoin(networks, eq(networks.id, bodies.networkId))
      .leftJoin(parentBody, eq(parentBody.id, bodies.parentId))
      .leftJoin(thematicAreas, eq(thematicAreas.id, bodies.thematicAreaId))
      .where(eq(bodies.id, id)),
  );
}

/** What a body's page and its audit snapshot both show of its own row, as they show it. */
export function bodyFacts(b: typeof bodies.$inferSelect) {
  return {
    cadenceMonths: b.cadenceMonths,
    cadenceNote: b.cadenceNote,
    usualMonth: b.usualMonth,
    description: b.description,
    archived: b.archivedAt !== null,
    version: b.version,
  };
}

export async function getBody(ctx: Ctx, id: string): Promise<BodyDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  const row = await readBody(ctx.db, id);
  if (!row) return null;
  const b = row.body;
  // The rest of the network's tree (a few dozen rows at most) gives parent, ancestors and
  // children in one more query.
  const network = await ctx.db
    .select({
      id: bodies.id,
      name: bodies.name,
      kind: bodies.kind,
      parentId: bodies.parentId,
      archivedAt: bodies.archivedAt,
    })
    .from(bodies)
    .where(eq(bodies.networkId, b.networkId));
  const byId = new Map(network.map((n) => [n.id, n]));
  const ancestors: BodyDetail["ancestors"] = [];
  for (let up = b.parentId ? byId.get(b.parentId) : undefined; up && up.id !== b.id;) {
    if (ancestors.some((a) => a.id === up?.id)) break; // a cycle in old data
    ancestors.unshift({ id: up.id, name: up.name, archived: up.archivedAt !== null });
    up = up.parentId ? byId.get(up.parentId) : undefined;
  }
  const children = treeOrder(network.filter((n) => n.parentId === b.id)).map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    archived: c.archivedAt !== null,
  }));
  return {
    id: b.id,
    name: b.name,
    kind: b.kind,
    network: {
      id: b.networkId,
      name: row.networkName,
      acronym: row.networkAcronym,
      archived: row.networkArchivedAt !== null,
    },
    parent: ancestors.at(-1) ?? null,
    ancestors,
    children,
    thematicArea: ref(b.thematicAreaId, row.areaName),
    ...bodyFacts(b),
    updatedAt: b.updatedAt,
  };
}

export interface BodyParentOption {
  id: string;
  name: string;
  kind: BodyKind;
  depth: number;
  archived: boolean;
}

/**
 * Options for the body form's pickers: the bodies that may be its parent (same network, not
 * archived, and — when editing — neither the body itself nor one of its descendants, which
 * would close a cycle) and the city's thematic areas. An archived body that already hangs
 * under an archived parent keeps that parent in the list, so editing it does not move it.
 */
export async function bodyFormOptions(
  ctx: Ctx,
  networkId: string,
  excludeSubtreeOf?: string,
): Promise<{ parents: BodyParentOption[]; thematicAreas: BodyLink[] }> {
  assertCan(ctx.actor, "network.read");
  const [all, areas] = await Promise.all([
    listNetworkBodies(ctx, networkId, { includeArchived: true }),
    listThematicAreas(ctx),
  ]);
  const excluded = excludeSubtreeOf ? subtreeIds(all, excludeSubtreeOf) : new Set<string>();
  const currentParent = excludeSubtreeOf ? all.find((b) => b.id === excludeSubtreeOf)?.parentId : null;
  const parents = all
    .filter((b) => !excluded.has(b.id) && (!b.archived || b.id === currentParent))
    .map(({ id, name, kind, depth, archived }) => ({ id, name, kind, depth, archived }));
  return { parents, thematicAreas: areas };
}
