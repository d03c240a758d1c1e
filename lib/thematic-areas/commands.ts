import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, bodies, networks, networkThematicAreas, thematicAreas } from "@/db/schema";
import { command, conflict, notFound } from "../command";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, ResultError, type Failure, type Success } from "../result";
import { focalPointClashes, networksLinkedToBoth } from "./queries";
import { thematicAreaInputSchema, thematicAreaMergeSchema, thematicAreaRenameSchema } from "./schema";
import { versionedUpdate } from "../record-writes";

/** Field error of a name another area already has (compared without case). */
const duplicateName = () => fail("VALIDATION", { name: ["duplicateAreaName"] });

async function assertNameFree(tx: Db, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: thematicAreas.id })
    .from(thematicAreas)
    .where(sql`lower(${thematicAreas.name}) = lower(${name})`)
    .limit(1);
  if (clash && clash.id !== exceptId) throw new ResultError(duplicateName());
}

/** A concurrent insert of the same name slips past the check inside the transaction. */
const nameClash = (constraint: string, code: string) =>
  code === UNIQUE_VIOLATION && constraint === "thematic_areas_name_uq" ? duplicateName() : undefined;

export const createThematicArea = command({
  action: "thematic_area.manage",
  schema: thematicAreaInputSchema,
  onConstraint: nameClash,
  run: async ({ tx, audit }, { name }) => {
    await assertNameFree(tx, name);
    const [created] = await tx
      .insert(thematicAreas)
      .values({ name })
      .returning({ id: thematicAreas.id, version: thematicAreas.version });
    if (!created) throw new Error("insert returned no row");
    await audit({
      action: "thematic_area.create",
      entityType: "thematic_area",
      entityId: created.id,
      after: { name, version: created.version },
    });
    return { id: created.id };
  },
});

export const renameThematicArea = command({
  action: "thematic_area.manage",
  schema: thematicAreaRenameSchema,
  onConstraint: nameClash,
  // The same name, to the letter: nothing to record.
  mayChangeNothing: true,
  run: async ({ tx, audit }, { name, version }, id: string) => {
    const [current] = await tx.select().from(thematicAreas).where(eq(thematicAreas.id, id)).limit(1);
    if (!current) throw notFound();
    if (current.version !== version) throw conflict();
    if (current.name === name) return { id, version: current.version };
    await assertNameFree(tx, name, id);
    // Zero rows: someone saved a newer version since this form was opened.
    const updated = await versionedUpdate(tx, thematicAreas, id, version, { name });
    await audit({
      action: "thematic_area.rename",
      entityType: "thematic_area",
      entityId: id,
      before: { name: current.name, version: current.version },
      after: { name, version: updated.version },
    });
    return updated;
  },
});

export interface MergeOutcome {
  /** The area that stays. */
  targetId: string;
  targetVersion: number;
  moved: { networks: number; bodies: number; assignments: number };
  /** Networks that listed both areas and keep a single link. */
  alreadyLinked: number;
}

/** A refused merge; `clashes` names the networks that would get two active focal points. */
export type MergeFailure = Failure & { clashes?: string[] };
export type MergeResult = Success<MergeOutcome> | MergeFailure;

const focalClash = (clashes: string[]): MergeFailure => ({
  ...fail("VALIDATION", { targetId: ["focalPointClash"] }),
  clashes,
});

const mergeCommand = command({
  action: "thematic_area.manage",
  schema: thematicAreaMergeSchema,
  onConstraint: (constraint, code) =>
    code === UNIQUE_VIOLATION && constraint === "assignments_one_area_focal_point_uq"
      ? focalClash([])
      : undefined,
  run: async ({ tx, audit }, { sourceId, targetId, sourceVersion, targetVersion }): Promise<MergeOutcome> => {
    // Locks both rows: a concurrent rename or merge of either waits for this one.
    const areas = await tx
      .select()
      .from(thematicAreas)
      .where(inArray(thematicAreas.id, [sourceId, targetId]))
      .for("update");
    const source = areas.find((a) => a.id === sourceId);
    const target = areas.find((a) => a.id === targetId);
    if (!source || !target) throw notFound();
    if (source.version !== sourceVersion || target.version !== targetVersion) throw conflict();

    const clashes = await focalPointClashes(tx, sourceId, targetId);
    if (clashes.length) throw new ResultError(focalClash(clashes));

    const alreadyLinked = await networksLinkedToBoth(tx, sourceId, targetId);
    const links = await tx
      .select({ networkId: networkThematicAreas.networkId })
      .from(networkThematicAreas)
      .where(eq(networkThematicAreas.thematicAreaId, sourceId));
    const networkIds = links.map((l) => l.networkId);
    if (networkIds.length) {
      // A network that already lists the target keeps its one link (no duplicate key).
      await tx
        .insert(networkThematicAreas)
        .values(networkIds.map((networkId) => ({ networkId, thematicAreaId: targetId })))
        .onConflictDoNothing();
      await tx.delete(networkThematicAreas).where(eq(networkThematicAreas.thematicAreaId, sourceId));
      // Their list of areas changed: a form opened before the merge must not overwrite it.
      await tx
        .update(networks)
        .set({ version: sql`${networks.version} + 1`, updatedAt: new Date() })
        .where(inArray(networks.id, networkIds));
    }
    const movedBodies = await tx
      .update(bodies)
      .set({ thematicAreaId: targetId, version: sql`${bodies.version} + 1`, updatedAt: new Date() })
      .where(eq(bodies.thematicAreaId, sourceId))
      .returning({ id: bodies.id });
    const movedAssignments = await tx
      .update(assignments)
      .set({ thematicAreaId: targetId, version: sql`${assignments.version} + 1`, updatedAt: new Date() })
      .where(eq(assignments.thematicAreaId, sourceId))
      .returning({ id: assignments.id });

    await tx.delete(thematicAreas).where(eq(thematicAreas.id, sourceId));
    const [updated] = await tx
      .update(thematicAreas)
      .set({ version: sql`${thematicAreas.version} + 1`, updatedAt: new Date() })
      .where(eq(thematicAreas.id, targetId))
      .returning({ version: thematicAreas.version });
    if (!updated) throw new Error("merge target vanished");

    const moved = {
      networks: networkIds.length - alreadyLinked,
      bodies: movedBodies.length,
      assignments: movedAssignments.length,
    };
    await audit({
      action: "thematic_area.merge",
      entityType: "thematic_area",
      entityId: targetId,
      before: { name: target.name, version: target.version },
      after: { name: target.name, version: updated.version },
      metadata: { merged: source.name, mergedId: source.id, moved, alreadyLinked },
    });
    return { targetId, targetVersion: updated.version, moved, alreadyLinked };
  },
});

/**
 * Merges one thematic area (source) into another (target): every network link, body and
 * assignment of the source moves to the target, then the source is deleted — one
 * transaction, one audit event on the target. Refused, writing nothing, when a network has an
 * active focal point in both areas (the target would end up with two).
 */
export const mergeThematicAreas = mergeCommand as (
  ...args: Parameters<typeof mergeCommand>
) => Promise<MergeResult>;
