import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { delegationMembers, meetings, people } from "@/db/schema";
import type { AttendanceStatus } from "@/db/schema/values";
import { command, conflict, invalid, notFound, type Raw } from "../../command";
import type { Ctx } from "../../context";
import type { FieldErrors } from "../../result";
import { minutesHtmlToMarkup, minutesMarkupToHtml } from "../minutes";
import { closeMeetingSchema } from "../schema";
import { lockMeeting } from "./meeting-lock";

/** The delegation's attendance by outcome, as names (for the closing's audit event). */
async function attendanceByOutcome(tx: Db, meetingId: string) {
  const rows = await tx
    .select({ person: people.fullName, attendance: delegationMembers.attendance })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.meetingId, meetingId))
    .orderBy(asc(people.fullName));
  const names = (wanted: AttendanceStatus[]) =>
    rows.filter((r) => wanted.includes(r.attendance)).map((r) => r.person);
  return {
    attended: names(["attended"]),
    absent: names(["absent"]),
    pending: names(["invited", "confirmed"]),
  };
}

/** The closing command as of `now` (a test's clock, or the request's). */
const closeMeetingAt = (now: Date) =>
  command({
    action: "meeting.manage",
    schema: closeMeetingSchema,
    arrayFields: ["members"],
    run: async ({ tx, audit }, input, meetingId: string) => {
      const html = minutesMarkupToHtml(input.minutes);
      const meeting = await lockMeeting(tx, meetingId);
      if (meeting.version !== input.version) throw conflict();
      if (meeting.status === "held") throw invalid({ status: ["alreadyHeld"] });
      const fieldErrors: FieldErrors = {};
      if (meeting.startsAt > now) fieldErrors.startsAt = ["heldInFuture"];
      if (!html) fieldErrors.minutes = ["required"];
      const members = await tx
        .select({ id: delegationMembers.id, attendance: delegationMembers.attendance })
        .from(delegationMembers)
        .where(eq(delegationMembers.meetingId, meetingId));
      if (members.some((m) => !(m.id in input.attendance)))
        fieldErrors.members = ["markHeldDelegationChanged"];
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);

      const before = {
        title: meeting.title,
        status: meeting.status,
        minutes: minutesHtmlToMarkup(meeting.minutes),
        ...(await attendanceByOutcome(tx, meetingId)),
      };
      for (const member of members) {
        const answer = input.attendance[member.id]!;
        if (member.attendance === answer) continue;
        await tx
          .update(delegationMembers)
          .set({ attendance: answer, version: sql`${delegationMembers.version} + 1`, updatedAt: new Date() })
          .where(eq(delegationMembers.id, member.id));
      }
      const [updated] = await tx
        .update(meetings)
        .set({
          status: "held",
          minutes: html,
          fromCadence: false,
          // The status is something calendar subscribers see.
          icalSequence: sql`${meetings.icalSequence} + 1`,
          version: sql`${meetings.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(meetings.id, meetingId))
        .returning({ id: meetings.id, version: meetings.version });
      if (!updated) throw notFound();
      await audit({
        action: "meeting.close",
        entityType: "meeting",
        entityId: meetingId,
        before,
        after: {
          title: meeting.title,
          status: "held",
          minutes: minutesHtmlToMarkup(html),
          ...(await attendanceByOutcome(tx, meetingId)),
        },
      });
      return updated;
    },
  });

/**
 * Closes a meeting: its minutes and every delegation member's attendance (attended or
 * absent), status → held, in one transaction with one audit event. Refused for a meeting that
 * has not started yet or is already held; a delegation that changed since the form was shown
 * is refused too (the form must show everyone).
 */
export function closeMeeting(ctx: Ctx, meetingId: string, raw: Raw, now: Date = new Date()) {
  return closeMeetingAt(now)(ctx, meetingId, raw);
}
