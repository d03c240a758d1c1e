import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, bodies, networks, participationUpdates, people, thematicAreas } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import { scopeFor } from "../auth/policy";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { fail, ResultError, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";
import { participationUpdateSchema } from "./schema";

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

/**
 * The assignment as the update's audit event names it: person, network, body and thematic
 * area by name (the history viewer shows labels, never ids). Locks the row, so that two
 * updates to one assignment stamp "last updated" one after the other.
 */
async function lockAssignment(tx: Db, id: string) {
  const [row] = await tx
    .select({
      personId: assignments.personId,
      departmentId: people.departmentId,
      status: assignments.status,
      lastUpdatedAt: assignments.lastUpdatedAt,
      person: people.fullName,
      network: networks.name,
      body: bodies.name,
      thematicArea: thematicAreas.name,
    })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .innerJoin(networks, eq(networks.id, assignments.networkId))
    .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
    .leftJoin(
      thematicAreas,
      eq(thematicAreas.id, sql`coalesce(${assignments.thematicAreaId}, ${bodies.thematicAreaId})`),
    )
    .where(eq(assignments.id, id))
    .for("update", { of: assignments });
  return row ?? null;
}

/**
 * "Registrar una novedad": one participation update (date, kind, text) on an assignment,
 * written by the signed-in user. In the same transaction it stamps the assignment's
 * `last_updated_at` and records one audit event on the assignment
 * ("participation_update.create"), so the update shows in the assignment's history.
 *
 * Who: technical staff on their own assignments (the assignment's person is theirs), a head on
 * those of their department's people, coordinators and admins on any. The assignment's owner
 * is read inside the transaction, so a form posted for someone else's assignment — or a
 * replayed request with another assignment's id — is refused and writes nothing. An ended
 * assignment takes no new updates.
 */
export async function createParticipationUpdate(
  ctx: Ctx,
  assignmentId: string,
  raw: FormData | Record<string, unknown>,
  today: string = todayInBuenosAires(),
): Promise<Result<{ id: string; assignmentId: string; lastUpdatedAt: Date }>> {
  // Roles that may never do it are refused (and the refusal audited) before anything is read.
  if (!ctx.actor) return fail("UNAUTHENTICATED");
  if (!scopeFor(ctx.actor.role, "participation.create")) {
    return denied(ctx.actor, "participation.create") ?? fail("FORBIDDEN");
  }
  if (!isUuid(assignmentId)) return fail("NOT_FOUND");
  const parsed = participationUpdateSchema(today).safeParse(parseForm(raw));

  return runWrite(ctx, async (tx) => {
    const assignment = await lockAssignment(tx, assignmentId);
    if (!assignment) throw new ResultError(fail("NOT_FOUND"));
    // The owner check comes before validation, so that nothing about someone else's
    // assignment (not even which fields would be wrong) is answered.
    const refusal = denied(ctx.actor, "participation.create", {
      personId: assignment.personId,
      departmentId: assignment.departmentId,
    });
    if (refusal) throw new ResultError(refusal);
    if (!parsed.success) throw new ResultError(fail("VALIDATION", toFieldErrors(parsed.error)));
    if (assignment.status === "ended") {
      throw new ResultError(fail("VALIDATION", { text: ["assignmentEnded"] }));
    }
    const input = parsed.data;

    const [created] = await tx
      .insert(participationUpdates)
      .values({
        assignmentId,
        occurredOn: input.occurredOn,
        kind: input.kind,
        text: input.text,
        authorUserId: ctx.actor.userId,
      })
      .returning({ id: participationUpdates.id, createdAt: participationUpdates.createdAt });
    if (!created) throw new Error("insert returned no row");
    // Stamped with the update's own creation time (the transaction's clock). Not a change of
    // the assignment's editable fields: its version stays, so nobody's open edit form conflicts.
    const [stamped] = await tx
      .update(assignments)
      .set({ lastUpdatedAt: created.createdAt })
      .where(eq(assignments.id, assignmentId))
      .returning({ lastUpdatedAt: assignments.lastUpdatedAt });
    const lastUpdatedAt = stamped?.lastUpdatedAt ?? created.createdAt;

    await recordAudit(tx, ctx.actor, {
      action: "participation_update.create",
      entityType: "assignment",
      entityId: assignmentId,
      // A new entry in the assignment's log: what was written, with the assignment's labels.
      after: {
        person: assignment.person,
        network: assignment.network,
        body: assignment.body ?? null,
        thematicArea: assignment.thematicArea ?? null,
        occurredOn: input.occurredOn,
        updateKind: input.kind,
        updateText: input.text,
        lastUpdatedAt: lastUpdatedAt.toISOString(),
      },
      metadata: {
        participationUpdateId: created.id,
        previousLastUpdatedAt: assignment.lastUpdatedAt?.toISOString() ?? null,
      },
    });
    return { id: created.id, assignmentId, lastUpdatedAt };
  });
}
