import "server-only";
import { eq } from "drizzle-orm";
import { fromAssignments } from "../assignments/queries";
import type { Db } from "@/db/client";
import { assignments, bodies, networks, participationUpdates, people, thematicAreas } from "@/db/schema";
import { z } from "zod";
import { command, invalid, notFound, type Raw } from "../command";
import type { Ctx } from "../context";
import { toFieldErrors } from "../validation/form-data";
import { participationUpdateSchema } from "./schema";

/**
 * The assignment as the update's audit event names it: person, network, body and thematic
 * area by name (the history viewer shows labels, never ids). Locks the row, so that two
 * updates to one assignment stamp "last updated" one after the other.
 */
async function lockAssignment(tx: Db, id: string) {
  const [row] = await fromAssignments(tx, {
    personId: assignments.personId,
    departmentId: people.departmentId,
    status: assignments.status,
    lastUpdatedAt: assignments.lastUpdatedAt,
    person: people.fullName,
    network: networks.name,
    body: bodies.name,
    thematicArea: thematicAreas.name,
  })
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
const updateCommand = (today?: string) =>
  command({
    action: "participation.create",
    recordScoped: true,
    // The input is checked inside, after the owner check: nothing about someone else's
    // assignment (not even which fields would be wrong) is answered.
    schema: z.record(z.string(), z.unknown()),
    run: async ({ tx, ctx, audit, authorize }, raw, assignmentId: string) => {
      const assignment = await lockAssignment(tx, assignmentId);
      if (!assignment) throw notFound();
      authorize("participation.create", {
        personId: assignment.personId,
        departmentId: assignment.departmentId,
      });
      const parsed = participationUpdateSchema(today).safeParse(raw);
      if (!parsed.success) throw invalid(toFieldErrors(parsed.error));
      if (assignment.status === "ended") throw invalid({ text: ["assignmentEnded"] });
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

      await audit({
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
    },
  });

/** "Today" is Buenos Aires' calendar day unless given (as tests do). */
export const createParticipationUpdate = (ctx: Ctx, assignmentId: string, raw: Raw, today?: string) =>
  updateCommand(today)(ctx, assignmentId, raw);
