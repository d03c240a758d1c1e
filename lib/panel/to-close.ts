import "server-only";
import { and, count, desc, eq, lte, sql, type SQL } from "drizzle-orm";
import type { MeetingStatus } from "@/db/schema/values";
import { delegationMembers, meetings, networks, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { assertPanelScope, type PanelView } from "./scope";

// "Reuniones por cerrar": meetings that have started and still wait for someone to record them
// as held ("Marcar como realizada": the minutes and the delegation's attendance), or that are
// marked held without minutes. Until a meeting starts there is nothing to close, so the meeting
// page offers the action only from then on; this list is where the ones left behind show.

export interface MeetingToClose {
  id: string;
  title: string;
  startsAt: Date;
  status: MeetingStatus;
  network: { id: string; name: string; acronym: string | null };
  /** Held, but its minutes were never written. */
  missingMinutes: boolean;
}

/** How many meetings the panel's card shows; the total says how many there are. */
export const TO_CLOSE_ROWS = 10;

/**
 * Not held (cancelled ones are closed), or held without minutes: written as the predicate of
 * meetings_to_close_idx (db/schema/meetings.ts), constants included, so the planner proves the
 * partial index applies instead of walking every held meeting.
 */
const waitingToClose = sql`(${meetings.status} in ('tentative', 'confirmed') or (${meetings.status} = 'held' and coalesce(btrim(${meetings.minutes}), '') = ''))`;

/** Started, and waiting to be closed. */
function toClose(now: Date): SQL {
  return and(lte(meetings.startsAt, now), waitingToClose)!;
}

/** With a department: meetings with someone of it in the delegation (as the panel's other cards). */
const ofDepartment = (view: Pick<PanelView, "departmentId">): SQL | undefined =>
  view.departmentId
    ? sql`exists (select 1 from ${delegationMembers} dm join ${people} p on p.id = dm.person_id where dm.meeting_id = ${meetings.id} and p.department_id = ${view.departmentId})`
    : undefined;

/**
 * The panel's meetings to close within its scope, the latest first (those just held are the
 * ones whose minutes are fresh), and how many there are. Two reads in one transaction; both
 * walk meetings_to_close_idx.
 */
export async function meetingsToClose(
  ctx: Ctx,
  view: PanelView,
  now: Date = new Date(),
  limit = TO_CLOSE_ROWS,
): Promise<{ meetings: MeetingToClose[]; total: number }> {
  assertPanelScope(ctx.actor, view);
  assertCan(ctx.actor, "meeting.read");
  const where = and(toClose(now), ofDepartment(view));
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: meetings.id,
        title: meetings.title,
        startsAt: meetings.startsAt,
        status: meetings.status,
        networkId: networks.id,
        networkName: networks.name,
        networkAcronym: networks.acronym,
        missingMinutes: sql<boolean>`(${meetings.status} = 'held')`,
      })
      .from(meetings)
      .innerJoin(networks, eq(networks.id, meetings.networkId))
      .where(where)
      .orderBy(desc(meetings.startsAt), desc(meetings.id))
      .limit(limit);
    const [total] = await tx.select({ total: count() }).from(meetings).where(where);
    return {
      meetings: rows.map(({ networkId, networkName, networkAcronym, missingMinutes, ...m }) => ({
        ...m,
        network: { id: networkId, name: networkName, acronym: networkAcronym },
        missingMinutes: Boolean(missingMinutes),
      })),
      total: Number(total?.total ?? 0),
    };
  });
}
