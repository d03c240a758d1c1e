import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, decisions, delegationMembers, meetings, people } from "@/db/schema";
import type { AttendanceStatus } from "@/db/schema/values";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import { scopeFor } from "../auth/policy";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, ResultError, type FieldErrors, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";
import { minutesHtmlToMarkup, minutesMarkupToHtml } from "./minutes";
import {
  agendaItemInputSchema,
  agendaItemUpdateSchema,
  closeMeetingSchema,
  decisionInputSchema,
  decisionUpdateSchema,
  delegationMemberInputSchema,
  delegationMemberUpdateSchema,
  deleteSchema,
  minutesUpdateSchema,
  moveSchema,
  ownAttendanceSchema,
  type AgendaItemInput,
} from "./schema";

// The meeting log: agenda items, delegation, decisions, minutes and closing. Every write locks
// the meeting row first (SELECT … FOR UPDATE), so that writes to one meeting's lists run one
// after the other: positions stay 1..n without gaps or duplicates, and the closing rules see a
// delegation nobody is changing at the same time. Child records' audit events carry
// metadata.meetingId, which folds them into the meeting's history.

type Raw = FormData | Record<string, unknown>;

const parseForm = (raw: Raw, arrayFields: readonly string[] = []) =>
  raw instanceof FormData ? formDataToObject(raw, arrayFields) : raw;

const invalid = (fieldErrors: FieldErrors) => new ResultError(fail("VALIDATION", fieldErrors));
const notFound = () => new ResultError(fail("NOT_FOUND"));
const conflict = () => new ResultError(fail("CONFLICT"));

/** Attendance a held meeting's delegation may have: the meeting has happened. */
const FINAL_ATTENDANCE: readonly AttendanceStatus[] = ["attended", "absent"];

async function lockMeeting(tx: Db, meetingId: string) {
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
  if (!minutes || minutes.trim() === "") problems.push("heldNeedsMinutes");
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
    if (open) problems.push("heldNeedsAttendance");
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Ordered lists (agenda items, decisions): positions 1..n per meeting.

type OrderedTable = typeof agendaItems | typeof decisions;

/** Renumbers a meeting's rows 1..n in their current order; rows whose position changes get a new version. */
async function renumber(tx: Db, table: OrderedTable, meetingId: string) {
  const rows = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .orderBy(asc(table.position), asc(table.createdAt), asc(table.id));
  for (const [index, row] of rows.entries()) {
    if (row.position === index + 1) continue;
    await tx
      .update(table)
      .set({ position: index + 1, version: sql`${table.version} + 1`, updatedAt: new Date() })
      .where(eq(table.id, row.id));
  }
}

async function nextPosition(tx: Db, table: OrderedTable, meetingId: string) {
  const [row] = await tx
    .select({ last: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId));
  return (row?.last ?? 0) + 1;
}

/**
 * Swaps a row with its neighbour above or below. The moved row's version must be the one the
 * reader saw; both rows get a new version. At the top (or bottom) nothing changes.
 */
async function swapWithNeighbour(
  tx: Db,
  table: OrderedTable,
  meetingId: string,
  id: string,
  direction: "up" | "down",
  version: number,
): Promise<{ moved: boolean; position: number }> {
  const [row] = await tx
    .select({ position: table.position, version: table.version })
    .from(table)
    .where(and(eq(table.id, id), eq(table.meetingId, meetingId)));
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  const [neighbour] = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(
      and(
        eq(table.meetingId, meetingId),
        direction === "up" ? lt(table.position, row.position) : gt(table.position, row.position),
      ),
    )
    .orderBy(direction === "up" ? desc(table.position) : asc(table.position))
    .limit(1);
  if (!neighbour) return { moved: false, position: row.position };
  const bump = { version: sql`${table.version} + 1`, updatedAt: new Date() };
  await tx
    .update(table)
    .set({ position: neighbour.position, ...bump })
    .where(eq(table.id, id));
  await tx
    .update(table)
    .set({ position: row.position, ...bump })
    .where(eq(table.id, neighbour.id));
  return { moved: true, position: neighbour.position };
}

// ---------------------------------------------------------------------------------------------
// Agenda

async function agendaSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ item: agendaItems, meeting: meetings.title })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, id));
  if (!row) return null;
  return {
    meeting: row.meeting,
    position: row.item.position,
    title: row.item.title,
    durationMinutes: row.item.durationMinutes,
    presenter: row.item.presenter,
    notes: row.item.notes,
    version: row.item.version,
  };
}

const agendaColumns = (input: AgendaItemInput) => ({
  title: input.title,
  durationMinutes: input.durationMinutes ?? null,
  presenter: input.presenter ?? null,
  notes: input.notes ?? null,
});

export async function createAgendaItem(
  ctx: Ctx,
  meetingId: string,
  raw: Raw,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = agendaItemInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const position = await nextPosition(tx, agendaItems, meetingId);
    const [created] = await tx
      .insert(agendaItems)
      .values({ meetingId, position, ...agendaColumns(parsed.data) })
      .returning({ id: agendaItems.id });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, ctx.actor, {
      action: "agenda_item.create",
      entityType: "agenda_item",
      entityId: created.id,
      after: await agendaSnapshot(tx, created.id),
      metadata: { meetingId },
    });
    return created;
  });
}

export async function updateAgendaItem(
  ctx: Ctx,
  meetingId: string,
  itemId: string,
  raw: Raw,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = agendaItemUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(itemId)) return fail("NOT_FOUND");
  const { version, ...input } = parsed.data;
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await agendaSnapshot(tx, itemId);
    const [updated] = await tx
      .update(agendaItems)
      .set({ ...agendaColumns(input), version: sql`${agendaItems.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(agendaItems.id, itemId),
          eq(agendaItems.meetingId, meetingId),
          eq(agendaItems.version, version),
        ),
      )
      .returning({ id: agendaItems.id, version: agendaItems.version });
    if (!updated) throw before ? conflict() : notFound();
    await recordAudit(tx, ctx.actor, {
      action: "agenda_item.update",
      entityType: "agenda_item",
      entityId: itemId,
      before,
      after: await agendaSnapshot(tx, itemId),
      metadata: { meetingId },
    });
    return updated;
  });
}

export async function deleteAgendaItem(
  ctx: Ctx,
  meetingId: string,
  itemId: string,
  raw: Raw,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = deleteSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(itemId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await agendaSnapshot(tx, itemId);
    const [deleted] = await tx
      .delete(agendaItems)
      .where(
        and(
          eq(agendaItems.id, itemId),
          eq(agendaItems.meetingId, meetingId),
          eq(agendaItems.version, parsed.data.version),
        ),
      )
      .returning({ id: agendaItems.id });
    if (!deleted) throw before ? conflict() : notFound();
    await renumber(tx, agendaItems, meetingId);
    await recordAudit(tx, ctx.actor, {
      action: "agenda_item.delete",
      entityType: "agenda_item",
      entityId: itemId,
      before,
      metadata: { meetingId },
    });
    return deleted;
  });
}

export async function moveAgendaItem(
  ctx: Ctx,
  meetingId: string,
  itemId: string,
  raw: Raw,
): Promise<Result<{ moved: boolean; position: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = moveSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(itemId)) return fail("NOT_FOUND");
  const { direction, version } = parsed.data;
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await agendaSnapshot(tx, itemId);
    const result = await swapWithNeighbour(tx, agendaItems, meetingId, itemId, direction, version);
    if (result.moved) {
      await recordAudit(tx, ctx.actor, {
        action: "agenda_item.move",
        entityType: "agenda_item",
        entityId: itemId,
        before,
        after: await agendaSnapshot(tx, itemId),
        metadata: { meetingId, direction },
      });
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// Decisions

async function decisionSnapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ decision: decisions, meeting: meetings.title })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(eq(decisions.id, id));
  if (!row) return null;
  return {
    meeting: row.meeting,
    position: row.decision.position,
    text: row.decision.text,
    version: row.decision.version,
  };
}

export async function createDecision(ctx: Ctx, meetingId: string, raw: Raw): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = decisionInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const position = await nextPosition(tx, decisions, meetingId);
    const [created] = await tx
      .insert(decisions)
      .values({ meetingId, position, text: parsed.data.text })
      .returning({ id: decisions.id });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, ctx.actor, {
      action: "decision.create",
      entityType: "decision",
      entityId: created.id,
      after: await decisionSnapshot(tx, created.id),
      metadata: { meetingId },
    });
    return created;
  });
}

export async function updateDecision(
  ctx: Ctx,
  meetingId: string,
  decisionId: string,
  raw: Raw,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = decisionUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(decisionId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await decisionSnapshot(tx, decisionId);
    const [updated] = await tx
      .update(decisions)
      .set({ text: parsed.data.text, version: sql`${decisions.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(decisions.id, decisionId),
          eq(decisions.meetingId, meetingId),
          eq(decisions.version, parsed.data.version),
        ),
      )
      .returning({ id: decisions.id, version: decisions.version });
    if (!updated) throw before ? conflict() : notFound();
    await recordAudit(tx, ctx.actor, {
      action: "decision.update",
      entityType: "decision",
      entityId: decisionId,
      before,
      after: await decisionSnapshot(tx, decisionId),
      metadata: { meetingId },
    });
    return updated;
  });
}

export async function deleteDecision(
  ctx: Ctx,
  meetingId: string,
  decisionId: string,
  raw: Raw,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = deleteSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(decisionId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await decisionSnapshot(tx, decisionId);
    const [deleted] = await tx
      .delete(decisions)
      .where(
        and(
          eq(decisions.id, decisionId),
          eq(decisions.meetingId, meetingId),
          eq(decisions.version, parsed.data.version),
        ),
      )
      .returning({ id: decisions.id });
    if (!deleted) throw before ? conflict() : notFound();
    await renumber(tx, decisions, meetingId);
    await recordAudit(tx, ctx.actor, {
      action: "decision.delete",
      entityType: "decision",
      entityId: decisionId,
      before,
      metadata: { meetingId },
    });
    return deleted;
  });
}

export async function moveDecision(
  ctx: Ctx,
  meetingId: string,
  decisionId: string,
  raw: Raw,
): Promise<Result<{ moved: boolean; position: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = moveSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(decisionId)) return fail("NOT_FOUND");
  const { direction, version } = parsed.data;
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await decisionSnapshot(tx, decisionId);
    const result = await swapWithNeighbour(tx, decisions, meetingId, decisionId, direction, version);
    if (result.moved) {
      await recordAudit(tx, ctx.actor, {
        action: "decision.move",
        entityType: "decision",
        entityId: decisionId,
        before,
        after: await decisionSnapshot(tx, decisionId),
        metadata: { meetingId, direction },
      });
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// Delegation

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

export async function addDelegationMember(
  ctx: Ctx,
  meetingId: string,
  raw: Raw,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = delegationMemberInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId)) return fail("NOT_FOUND");
  const input = parsed.data;
  return runWrite(
    ctx,
    async (tx) => {
      const meeting = await lockMeeting(tx, meetingId);
      const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
      if (!person) throw invalid({ personId: ["unknownPerson"] });
      const [already] = await tx
        .select({ id: delegationMembers.id })
        .from(delegationMembers)
        .where(
          and(eq(delegationMembers.meetingId, meetingId), eq(delegationMembers.personId, input.personId)),
        );
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
      await recordAudit(tx, ctx.actor, {
        action: "delegation_member.create",
        entityType: "delegation_member",
        entityId: created.id,
        after: await memberSnapshot(tx, created.id),
        metadata: { meetingId },
      });
      return created;
    },
    onDuplicateMember,
  );
}

export async function updateDelegationMember(
  ctx: Ctx,
  meetingId: string,
  memberId: string,
  raw: Raw,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = delegationMemberUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(memberId)) return fail("NOT_FOUND");
  const input = parsed.data;
  return runWrite(ctx, async (tx) => {
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
      .where(
        and(
          eq(delegationMembers.id, memberId),
          eq(delegationMembers.meetingId, meetingId),
          eq(delegationMembers.version, input.version),
        ),
      )
      .returning({ id: delegationMembers.id, version: delegationMembers.version });
    if (!updated) throw before ? conflict() : notFound();
    await recordAudit(tx, ctx.actor, {
      action: "delegation_member.update",
      entityType: "delegation_member",
      entityId: memberId,
      before,
      after: await memberSnapshot(tx, memberId),
      metadata: { meetingId },
    });
    return updated;
  });
}

export async function removeDelegationMember(
  ctx: Ctx,
  meetingId: string,
  memberId: string,
  raw: Raw,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = deleteSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId) || !isUuid(memberId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    await lockMeeting(tx, meetingId);
    const before = await memberSnapshot(tx, memberId);
    const [deleted] = await tx
      .delete(delegationMembers)
      .where(
        and(
          eq(delegationMembers.id, memberId),
          eq(delegationMembers.meetingId, meetingId),
          eq(delegationMembers.version, parsed.data.version),
        ),
      )
      .returning({ id: delegationMembers.id });
    if (!deleted) throw before ? conflict() : notFound();
    await recordAudit(tx, ctx.actor, {
      action: "delegation_member.delete",
      entityType: "delegation_member",
      entityId: memberId,
      before,
      metadata: { meetingId },
    });
    return deleted;
  });
}

/**
 * A delegation member answers for themself before the meeting: confirmed, or not going
 * (absent). Technical staff may answer only on their own row (the row's person is theirs);
 * coordinators and admins on any. Closed meetings (held, cancelled) take no answers.
 */
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
    const parsed = ownAttendanceSchema.safeParse(parseForm(raw));
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

// ---------------------------------------------------------------------------------------------
// Minutes and closing

/** Edits the minutes (typed in the editor's markup, stored as sanitised HTML). */
export async function updateMinutes(
  ctx: Ctx,
  meetingId: string,
  raw: Raw,
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = minutesUpdateSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId)) return fail("NOT_FOUND");
  const html = parsed.data.minutes ? minutesMarkupToHtml(parsed.data.minutes) : "";
  return runWrite(ctx, async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (meeting.version !== parsed.data.version) throw conflict();
    if (meeting.status === "held" && !html) throw invalid({ minutes: ["minutesRequiredWhenHeld"] });
    const [updated] = await tx
      .update(meetings)
      .set({ minutes: html || null, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
      .where(eq(meetings.id, meetingId))
      .returning({ id: meetings.id, version: meetings.version });
    if (!updated) throw notFound();
    await recordAudit(tx, ctx.actor, {
      action: "meeting.minutes",
      entityType: "meeting",
      entityId: meetingId,
      before: { title: meeting.title, minutes: minutesHtmlToMarkup(meeting.minutes) },
      after: { title: meeting.title, minutes: minutesHtmlToMarkup(html) },
    });
    return updated;
  });
}

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

/**
 * Closes a meeting: its minutes and every delegation member's attendance (attended or
 * absent), status → held, in one transaction with one audit event. Refused for a meeting that
 * has not started yet or is already held; a delegation that changed since the form was shown
 * is refused too (the form must show everyone).
 */
export async function closeMeeting(
  ctx: Ctx,
  meetingId: string,
  raw: Raw,
  now: Date = new Date(),
): Promise<Result<{ id: string; version: number }>> {
  const refusal = denied(ctx.actor, "meeting.manage");
  if (refusal) return refusal;
  const parsed = closeMeetingSchema.safeParse(parseForm(raw, ["members"]));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  if (!isUuid(meetingId)) return fail("NOT_FOUND");
  const input = parsed.data;
  const html = minutesMarkupToHtml(input.minutes);
  return runWrite(ctx, async (tx) => {
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
    if (members.some((m) => !(m.id in input.attendance))) fieldErrors.members = ["delegationChanged"];
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
    await recordAudit(tx, ctx.actor, {
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
  });
}
