import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, bodies, networks, networkThematicAreas, thematicAreas } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, ResultError, type Failure, type Result, type Success } from "../result";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { isUuid } from "../validation/fields";
import { runWrite } from "../write";
import { focalPointClashes, networksLinkedToBoth } from "./queries";
import { thematicAreaInputSchema, thematicAreaMergeSchema, thematicAreaRenameSchema } from "./schema";

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

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

export async function createThematicArea(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "thematic_area.manage");
  if (refusal) return refusal;
  const parsed = thematicAreaInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const { name } = parsed.data;

  return runWrite(
    ctx,
    async (tx) => {
      await assertNameFree(tx, name);
      const [created] = await tx
        .insert(thematicAreas)
        .values({ name })
        .returning({ id: thematicAreas.id, version: thematicAreas.version });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, ctx.actor, {
        action: "thematic_area.create",
        entityType: "thematic_area",
        entityId: created.id,
        after: { name, version: created.version },
      });
      return { id: created.id };
    },
    nameClash,
  );
}

export async function renameThematicArea(
  ctx: Ctx,
  id: string,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "thematic_area.manage");
  if (refusal) return refusal;
  const parsed = thematicAreaRenameSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(id)) return fail("NOT_FOUND");
  const { name, version } = parsed.data;

  return runWrite(
    ctx,
    async (tx) => {
      const [current] = await tx.select().from(thematicAreas).where(eq(thematicAreas.id, id)).limit(1);
      if (!current) throw new ResultError(fail("NOT_FOUND"));
      if (current.version !== version) throw new ResultError(fail("CONFLICT"));
      // The same name, to the letter: nothing to record.
      if (current.name === name) return { id, version: current.version };
      await assertNameFree(tx, name, id);
      const [updated] = await tx
        .update(thematicAreas)
        .set({ name, version: sql`${thematicAreas.version} + 1`, updatedAt: new Date() })
        .where(and(eq(thematicAreas.id, id), eq(thematicAreas.version, version)))
        .returning({ id: thematicAreas.id, version: thematicAreas.version });
      // Zero rows: someone saved a newer version since this form was opened.
      if (!updated) throw new ResultError(fail("CONFLICT"));
      await recordAudit(tx, ctx.actor, {
        action: "thematic_area.rename",
        entityType: "thematic_area",
        entityId: id,
        before: { name: current.name, version: current.version },
        after: { name, version: updated.version },
      });
      return updated;
    },
    nameClash,
  );
}

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

/**
 * Merges one thematic area (source) into another (target): every network link, body and
 * assignment of the source moves to the target, then the source is deleted — one
 * transaction, one audit event on the target. Refused, writing nothing, when a network has an
 * active focal point in both areas (the target would end up with two).
 */
export async function mergeThematicAreas(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
): Promise<MergeResult> {
  const refusal = denied(ctx.actor, "thematic_area.manage");
  if (refusal) return refusal;
  const parsed = thematicAreaMergeSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const { sourceId, targetId, sourceVersion, targetVersion } = parsed.data;

  return runWrite(
    ctx,
    async (tx): Promise<MergeOutcome> => {
      // Locks both rows: a concurrent rename or merge of either waits for this one.
      const areas = await tx
        .select()
        .from(thematicAreas)
        .where(inArray(thematicAreas.id, [sourceId, targetId]))
        .for("update");
      const source = areas.find((a) => a.id === sourceId);
      const target = areas.find((a) => a.id === targetId);
      if (!source || !target) throw new ResultError(fail("NOT_FOUND"));
      if (source.version !== sourceVersion || target.version !== targetVersion) {
        throw new ResultError(fail("CONFLICT"));
      }

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
      await recordAudit(tx, ctx.actor, {
        action: "thematic_area.merge",
        entityType: "thematic_area",
        entityId: targetId,
        before: { name: target.name, version: target.version },
        after: { name: target.name, version: updated.version },
        metadata: { merged: source.name, mergedId: source.id, moved, alreadyLinked },
      });
      return { targetId, targetVersion: updated.version, moved, alreadyLinked };
    },
    (constraint, code) =>
      code === UNIQUE_VIOLATION && constraint === "assignments_one_area_focal_point_uq"
        ? focalClash([])
        : undefined,
  );
}
