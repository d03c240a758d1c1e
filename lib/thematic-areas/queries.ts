import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { assignments, networks, networkThematicAreas, thematicAreas } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";

/** The city's thematic areas, for filters and pickers. */
export async function listThematicAreas(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "network.read");
  return ctx.db
    .select({ id: thematicAreas.id, name: thematicAreas.name })
    .from(thematicAreas)
    .orderBy(asc(thematicAreas.name));
}

export interface ThematicAreaUsage {
  id: string;
  name: string;
  version: number;
  /** Networks that list the area. */
  networks: number;
  /** Bodies (forums) dedicated to the area. */
  bodies: number;
  /** Technical assignments to the area (of any status). */
  assignments: number;
}

/**
 * Every area with how many networks, bodies and assignments use it. Each count is an
 * index-backed subquery on the area's id (network_thematic_areas_area_idx, bodies_area_idx,
 * assignments_area_idx).
 */
export async function listThematicAreasWithUsage(ctx: Ctx): Promise<ThematicAreaUsage[]> {
  assertCan(ctx.actor, "network.read");
  const rows = await ctx.db
    .select({
      id: thematicAreas.id,
      name: thematicAreas.name,
      version: thematicAreas.version,
      // Qualified by hand: drizzle renders bare column names inside a select list.
      networks: sql<number>`(select count(*) from network_thematic_areas nta where nta.thematic_area_id = "thematic_areas"."id")`,
      bodies: sql<number>`(select count(*) from bodies b where b.thematic_area_id = "thematic_areas"."id")`,
      assignments: sql<number>`(select count(*) from assignments a where a.thematic_area_id = "thematic_areas"."id")`,
    })
    .from(thematicAreas)
    .orderBy(asc(sql`lower(${thematicAreas.name})`));
  return rows.map((r) => ({
    ...r,
    networks: Number(r.networks),
    bodies: Number(r.bodies),
    assignments: Number(r.assignments),
  }));
}

export async function getThematicArea(ctx: Ctx, id: string): Promise<ThematicAreaUsage | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  const all = await listThematicAreasWithUsage(ctx);
  return all.find((a) => a.id === id) ?? null;
}

/**
 * Networks where both areas have an active focal point without a body: merging would give
 * them two focal points for one area, which assignments_one_area_focal_point_uq forbids.
 */
export async function focalPointClashes(db: Db, sourceId: string, targetId: string): Promise<string[]> {
  const other = alias(assignments, "other");
  const activeFocal = (t: { role: AnyPgColumn; status: AnyPgColumn; bodyId: AnyPgColumn }) =>
    and(eq(t.role, "focal_point"), eq(t.status, "active"), isNull(t.bodyId));
  const rows = await db
    .selectDistinct({ name: networks.name })
    .from(assignments)
    .innerJoin(
      other,
      and(eq(other.networkId, assignments.networkId), eq(other.thematicAreaId, targetId), activeFocal(other)),
    )
    .innerJoin(networks, eq(networks.id, assignments.networkId))
    .where(and(eq(assignments.thematicAreaId, sourceId), activeFocal(assignments)))
    .orderBy(asc(networks.name));
  return rows.map((r) => r.name);
}

export interface MergePreview {
  source: ThematicAreaUsage;
  target: ThematicAreaUsage;
  /** Networks linked to both areas (they keep one link). */
  alreadyLinked: number;
  /** Networks that would end up with two active focal points for the target area. */
  clashes: string[];
}

/** What merging `sourceId` into `targetId` would do, for the confirmation step. */
export async function mergePreview(
  ctx: Ctx,
  sourceId: string,
  targetId: string,
): Promise<MergePreview | null> {
  assertCan(ctx.actor, "thematic_area.manage");
  if (!isUuid(sourceId) || !isUuid(targetId) || sourceId === targetId) return null;
  const all = await listThematicAreasWithUsage(ctx);
  const source = all.find((a) => a.id === sourceId);
  const target = all.find((a) => a.id === targetId);
  if (!source || !target) return null;
  return {
    source,
    target,
    alreadyLinked: await networksLinkedToBoth(ctx.db, sourceId, targetId),
    clashes: await focalPointClashes(ctx.db, sourceId, targetId),
  };
}

/** Networks that list both areas. */
export async function networksLinkedToBoth(db: Db, sourceId: string, targetId: string): Promise<number> {
  const target = alias(networkThematicAreas, "target_link");
  const [row] = await db
    .select({ n: count() })
    .from(networkThematicAreas)
    .innerJoin(
      target,
      and(eq(target.networkId, networkThematicAreas.networkId), eq(target.thematicAreaId, targetId)),
    )
    .where(eq(networkThematicAreas.thematicAreaId, sourceId));
  return Number(row?.n ?? 0);
}
