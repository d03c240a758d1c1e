import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { delegationMembers, meetings } from "@/db/schema";
import { notFound } from "../../command";

// The meeting log: agenda items, delegation, decisions, minutes and closing. Every write locks
// the meeting row first (SELECT … FOR UPDATE), so that writes to one meeting's lists run one
// after the other: positions stay 1..n without gaps or duplicates, and the closing rules see a
// delegation nobody is changing at the same time. Child records' audit events carry
// metadata.meetingId, which folds them into the meeting's history.

/** Locks the meeting row for the rest of the transaction and returns what the log's rules need. */
export async function lockMeeting(tx: Db, meetingId: string) {
  const [meeting] = await tx
    .select({
      id: meetings.id,
      title: meetings.title,
      status: meetings.status,
      startsAt: meetings.startsAt,
      minutes: meetings.minutes,
      version: meetings.version,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .for("update");
  if (!meeting) throw notFound();
  return meeting;
}

/**
 * Why a meeting may not be (or stay) "held": no minutes, delegation attendance still open
 * (invited/confirmed), or it has not started yet. Message keys for the status field.
 */
export async function heldProblems(
  tx: Db,
  meetingId: string | null,
  { startsAt, minutes }: { startsAt: Date; minutes: string | null },
  now: Date = new Date(),
): Promise<string[]> {
  const problems: string[] = [];
  if (startsAt > now) problems.push("heldInFuture");
  if (!minutes || minutes.trim() === "") problems.push("markHeldNeedsMinutes");
  if (meetingId) {
    const [open] = await tx
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(
        and(
          eq(delegationMembers.meetingId, meetingId),
          inArray(delegationMembers.attendance, ["invited", "confirmed"]),
        ),
      )
      .limit(1);
    if (open) problems.push("markHeldNeedsAttendance");
  }
  return problems;
}
