import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { delegationMembers, meetings, people } from "@/db/schema";
import type { AttendanceStatus } from "@/db/schema/values";
import { recordAudit } from "../../audit";
import { denied } from "../../auth/authorize";
import { scopeFor } from "../../auth/policy";
import { command, conflict, invalid, notFound, type Raw } from "../../command";
import type { Ctx } from "../../context";
import { UNIQUE_VIOLATION } from "../../db-errors";
import { fail, ResultError, type Result } from "../../result";
import { isUuid } from "../../validation/fields";
import { formDataToObject, toFieldErrors } from "../../validation/form-data";
import { runWrite } from "../../write";
import {
  delegationMemberInputSchema,
  delegationMemberUpdateSchema,
  deleteSchema,
  ownAttendanceSchema,
} from "../schema";
import { lockMeeting } from "./meeting-lock";

// A meeting's delegation: who goes, in which role, and whether they attended.

/** Attendance a held meeting's delegation may have: the meeting has happened. */
const FINAL_ATTENDANCE: readonly AttendanceStatus[] = ["attended", "absent"];

async function memberSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ member: delegationMembers, meeting: meetings.title, person: people.fullName })
    .from(delegationMembers)
    .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(eq(delegationMembers.id, id));
  if (!row) return null;
  return {
    meeting: row.meeting,
    person: row.person,
    role: row.member.role,
    attendance: row.member.attendance,
    notes: row.member.notes,
    version: row.member.version,
  };
}

/** A race on "one person once" that the check inside the transaction could not see. */
const onDuplicateMember = (constraint: string, code: string) =>
  code === UNIQUE_VIOLATION && constraint === "delegation_members_meeting_person_uq"
    ? fail("VALIDATION", { personId: ["alreadyInDelegation"] })
    : undefined;

/** A held meeting's delegation records what happened: attended or absent, nothing pending. */
function checkHeldAttendance(status: string, attendance: AttendanceStatus) {
  if (status === "held" && !FINAL_ATTENDANCE.includes(attendance)) {
    throw invalid({ attendance: ["heldNeedsFinalAttendance"] });
  }
}

const ofMember = (meetingId: string, memberId: string, version: number) =>
  and(
    eq(delegationMembers.id, memberId),
    eq(delegationMembers.meetingId, meetingId),
    eq(delegationMembers.version, version),
  );

/** `(ctx, meetingId, raw)`: a person joins the delegation (once). */
export const addDelegationMember = command({
  action: "meeting.manage",
  schema: delegationMemberInputSchema,
  onConstraint: onDuplicateMember,
  run: async ({ tx, audit }, input, meetingId: string) => {
    const meeting = await lockMeeting(tx, meetingId);
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
    if (!person) throw invalid({ personId: ["unknownPerson"] });
    const [already] = await tx
      .select({ id: delegationMembers.id })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.meetingId, meetingId), eq(delegationMembers.personId, input.personId)));
    if (already) throw invalid({ personId: ["alreadyInDelegation"] });
    checkHeldAttendance(meeting.status, input.attendance);
    const [created] = await tx
      .insert(delegationMembers)
      .values({
        meetingId,
        personId: input.personId,
        role: input.role,
        attendance: input.attendance,
        notes: input.notes ?? null,
      })
      .returning({ id: delegationMembers.id });
    if (!created) throw new Error("insert returned no row");
    await audit({
      action: "delegation_member.create",
      entityType: "delegation_member",
      entityId: created.id,
      after: await memberSnapshot(tx, created.id),
      metadata: { meetingId },
    });
    return created;
  },
});

/** `(ctx, meetingId, memberId, raw)`: role, attendance and notes. */
export const updateDelegationMember = command({
  action: "meeting.manage",
  schema: delegationMemberUpdateSchema,
  run: async ({ tx, audit }, input, meetingId: string, memberId: string) => {
    const meeting = await lockMeeting(tx, meetingId);
    const before = await memberSnapshot(tx, memberId);
    checkHeldAttendance(meeting.status, input.attendance);
    const [updated] = await tx
      .update(delegationMembers)
      .set({
        role: input.role,
        attendance: input.attendance,
        notes: input.notes ?? null,
        version: sql`${delegationMembers.version} + 1`,
        updatedAt: new Date(),
      })
      .where(ofMember(meetingId, memberId, input.version))
      .returning({ id: delegationMembers.id, version: delegationMembers.version });
    if (!updated) throw before ? conflict() : notFound();
    await audit({
      action: "delegation_member.update",
      entityType: "delegation_member",
      entityId: memberId,
      before,
      after: await memberSnapshot(tx, memberId),
      metadata: { meetingId },
    });
    return updated;
  },
});

/** `(ctx, meetingId, memberId, raw)` */
export const removeDelegationMember = command({
  action: "meeting.manage",
  schema: deleteSchema,
  run: async ({ tx, audit }, { version }, meetingId: string, memberId: string) => {
    await lockMeeting(tx, meetingId);
    const before = await memberSnapshot(tx, memberId);
    const [deleted] = await tx
      .delete(delegationMembers)
      .where(ofMember(meetingId, memberId, version))
      .returning({ id: delegationMembers.id });
    if (!deleted) throw before ? conflict() : notFound();
    await audit({
      action: "delegation_member.delete",
      entityType: "delegation_member",
      entityId: memberId,
      before,
      metadata: { meetingId },
    });
    return deleted;
  },
});

/**
 * A delegation member answers for themself before the meeting: confirmed, or not going
 * (absent). Technical staff may answer only on their own row (the row's person is theirs);
 * coordinators and admins on any. Closed meetings (held, cancelled) take no answers.
 */
// Not on command(): the policy check needs the row's person, read inside the transaction
// before the input is validated (someone else's row is FORBIDDEN whatever was sent).
export async function setOwnAttendance(
  ctx: Ctx,
  meetingId: string,
  memberId: string,
  raw: Raw,
): Promise<Result<{ id: string; attendance: AttendanceStatus }>> {
  // Roles without the action at all are refused (and the refusal audited) before anything is read.
  if (!ctx.actor) return fail("UNAUTHENTICATED");
  if (!scopeFor(ctx.actor.role, "meeting.attendance.own")) {
    return denied(ctx.actor, "meeting.attendance.own") ?? fail("FORBIDDEN");
  }
  if (!isUuid(meetingId) || !isUuid(memberId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    const [row] = await tx
      .select({ personId: delegationMembers.personId })
      .from(delegationMembers)
      .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.meetingId, meetingId)));
    if (!row) throw notFound();
    const refusal = denied(ctx.actor, "meeting.attendance.own", { personId: row.personId });
    if (refusal) throw new ResultError(refusal);
    const parsed = ownAttendanceSchema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
    if (!parsed.success) throw invalid(toFieldErrors(parsed.error));
    if (meeting.status === "held" || meeting.status === "cancelled") {
      throw invalid({ attendance: ["meetingClosed"] });
    }
    const before = await memberSnapshot(tx, memberId);
    const [updated] = await tx
      .update(delegationMembers)
      .set({
        attendance: parsed.data.attendance,
        version: sql`${delegationMembers.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(delegationMembers.id, memberId), eq(delegationMembers.version, parsed.data.version)))
      .returning({ id: delegationMembers.id, attendance: delegationMembers.attendance });
    if (!updated) throw conflict();
    await recordAudit(tx, ctx.actor, {
      action: "delegation_member.attendance",
      entityType: "delegation_member",
      entityId: memberId,
      before,
      after: await memberSnapshot(tx, memberId),
      metadata: { meetingId },
    });
    return updated;
  });
}
