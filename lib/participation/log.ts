import "server-only";
import { desc, eq } from "drizzle-orm";
import { assignments, participationUpdates, users } from "@/db/schema";
import type { AssignmentRole, AssignmentStatus } from "@/db/schema/values";
import { denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { countRows, readPage } from "../paged-query";
import { firstRow } from "../record-reads";
import { ref } from "../refs";
import { fail, ok, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { assignmentOwner, selectAssignmentRows } from "./assignment-rows";
import type { ParticipationUpdateRow } from "./queries";

// /mi-participacion/asignaciones/[id]: one assignment's log, where updates are written

export interface ParticipationLog {
  assignment: {
    id: string;
    person: { id: string; name: string };
    department: string | null;
    network: { id: string; name: string };
    body: { id: string; name: string } | null;
    thematicArea: string | null;
    role: AssignmentRole;
    status: AssignmentStatus;
    startsOn: string;
    endsOn: string | null;
    lastUpdatedAt: Date | null;
    stale: boolean;
  };
  /** Whether the assignment is the actor's own (their person), to word the page. */
  own: boolean;
  updates: ParticipationUpdateRow[];
  total: number;
  page: number;
  size: number;
}

export const LOG_PAGE_SIZE = 20;

/**
 * One assignment's participation updates (newest first, one page) for the page where they are
 * written. Open only to whoever may write there (the "participation.create" policy on the
 * assignment's person and department): anyone else gets FORBIDDEN, and the refusal is audited.
 */
export async function participationLog(
  ctx: Ctx,
  assignmentId: string,
  page = 1,
  size = LOG_PAGE_SIZE,
): Promise<Result<ParticipationLog>> {
  if (!isUuid(assignmentId)) return fail("NOT_FOUND");
  const safePage = Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
  return ctx.db.transaction(async (tx) => {
    const row = await firstRow(selectAssignmentRows(tx).where(eq(assignments.id, assignmentId)));
    if (!row) return fail("NOT_FOUND");
    const refusal = denied(
      ctx.actor,
      "participation.create",
      assignmentOwner(row.personId, row.departmentId),
    );
    if (refusal) return refusal;
    const { rows: updates, total } = await readPage(
      tx,
      { page: safePage, size },
      {
        rows: (q) =>
          q
            .select({
              id: participationUpdates.id,
              occurredOn: participationUpdates.occurredOn,
              kind: participationUpdates.kind,
              text: participationUpdates.text,
              author: users.name,
              createdAt: participationUpdates.createdAt,
            })
            .from(participationUpdates)
            .leftJoin(users, eq(users.id, participationUpdates.authorUserId))
            .where(eq(participationUpdates.assignmentId, assignmentId))
            .orderBy(
              desc(participationUpdates.occurredOn),
              desc(participationUpdates.createdAt),
              desc(participationUpdates.id),
            ),
        total: (q) => countRows(q, participationUpdates, eq(participationUpdates.assignmentId, assignmentId)),
      },
    );
    return ok({
      assignment: {
        id: row.id,
        person: { id: row.personId, name: row.personName },
        department: row.department,
        network: { id: row.networkId, name: row.networkName },
        body: ref(row.bodyId, row.bodyName),
        thematicArea: row.area,
        role: row.role,
        status: row.status,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        lastUpdatedAt: row.lastUpdatedAt,
        stale: Boolean(row.stale),
      },
      own: !!ctx.actor.personId && ctx.actor.personId === row.personId,
      updates,
      total,
      page: safePage,
      size,
    });
  });
}
