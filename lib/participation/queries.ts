import "server-only";
import { and, asc, count, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  assignments,
  bodies,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  participationUpdates,
  people,
  thematicAreas,
  users,
} from "@/db/schema";
import type {
  AssignmentRole,
  AssignmentStatus,
  AttendanceStatus,
  DelegationRole,
  MeetingMode,
  MeetingStatus,
  ParticipationKind,
} from "@/db/schema/values";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/authorize";
import { can } from "../auth/policy";
import { fromCommitments } from "../commitments/joins";
import type { CommitmentDetail } from "../commitments/record";
import { daysLeft, isOverdue, PENDING_STATUSES } from "../commitments/queries";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { ref } from "../refs";
import { assignmentOwner, selectAssignmentRows } from "./assignment-rows";

export { participationLog } from "./log";

// "Mi participación": what the signed-in user's own person has — active assignments with their
// latest updates, upcoming meetings where they are in the delegation, commitments they own.
// Every query here is scoped by the actor's personId; nothing of anyone else's is read.

/** Latest updates shown under each assignment on /mi-participacion. */
export const LATEST_UPDATES = 3;
/** At most this many upcoming meetings (the calendar's «solo mías» has them all). */
export const MY_MEETINGS_MAX = 20;
/** At most this many pending commitments (/compromisos filtered by owner has them all). */
export const MY_COMMITMENTS_MAX = 50;
/** Meeting statuses one can still answer for: not held, not cancelled. */
const UPCOMING_STATUSES = ["tentative", "confirmed", "postponed"] as const satisfies readonly MeetingStatus[];

export interface ParticipationUpdateRow {
  id: string;
  occurredOn: string;
  kind: ParticipationKind;
  text: string;
  /** Who wrote it (their user name); null when the account was removed. */
  author: string | null;
  createdAt: Date;
}

export interface MyAssignment {
  id: string;
  network: { id: string; name: string };
  body: { id: string; name: string } | null;
  /** The assignment's thematic area, else its body's. */
  thematicArea: string | null;
  role: AssignmentRole;
  status: AssignmentStatus;
  startsOn: string;
  lastUpdatedAt: Date | null;
  /**
   * No news for more than STALE_AFTER_DAYS days: counted from the last update, or from the
   * start when there has been none (a new assignment is not "without news for 90 days").
   */
  stale: boolean;
  /** The latest LATEST_UPDATES updates, newest first, and how many there are in all. */
  latestUpdates: ParticipationUpdateRow[];
  updateCount: number;
  /** Whether the actor may write an update here (the policy, not just "it is mine"). */
  canPost: boolean;
}

export interface MyMeeting {
  /** The actor's row in the delegation. */
  memberId: string;
  memberVersion: number;
  role: DelegationRole;
  attendance: AttendanceStatus;
  meeting: {
    id: string;
    title: string;
    startsAt: Date;
    timeZone: string;
    status: MeetingStatus;
    mode: MeetingMode;
    city: string | null;
    country: string | null;
  };
  network: { id: string; name: string };
  body: string | null;
  /** Whether the actor may confirm or decline here. */
  canAnswer: boolean;
}

/** A commitment of the user's as Mi participación lists it: its record's facts, the meeting by title. */
export interface MyCommitment extends Pick<
  CommitmentDetail,
  | "id"
  | "title"
  | "status"
  | "dueOn"
  | "completedOn"
  | "notes"
  | "version"
  | "network"
  | "overdue"
  | "daysLeft"
> {
  meeting: { id: string; title: string } | null;
  /** Whether the actor may change its status and notes. */
  canProgress: boolean;
}

export interface MyParticipation {
  person: { id: string; name: string; department: string | null };
  assignments: MyAssignment[];
  meetings: MyMeeting[];
  /** Pending (open, in progress): overdue first, then by due date, undated last. */
  commitments: MyCommitment[];
  /** Pending commitments in all (the list shows at most MY_COMMITMENTS_MAX). */
  commitmentTotal: number;
}

/**
 * The latest `perAssignment` updates of each of the given assignments and each one's total, in
 * one query (a window over the assignment's updates; no query per assignment).
 */
export async function latestUpdates(
  db: Db,
  assignmentIds: string[],
  perAssignment: number = LATEST_UPDATES,
): Promise<Map<string, { rows: ParticipationUpdateRow[]; total: number }>> {
  const out = new Map<string, { rows: ParticipationUpdateRow[]; total: number }>();
  if (assignmentIds.length === 0) return out;
  const ranked = db
    .select({
      id: participationUpdates.id,
      assignmentId: participationUpdates.assignmentId,
      occurredOn: participationUpdates.occurredOn,
      kind: participationUpdates.kind,
      text: participationUpdates.text,
      author: users.name,
      createdAt: participationUpdates.createdAt,
      rank: sql<number>`row_number() over (partition by ${participationUpdates.assignmentId} order by ${participationUpdates.occurredOn} desc, ${participationUpdates.createdAt} desc, ${participationUpdates.id} desc)`.as(
        "rank",
      ),
      total: sql<number>`count(*) over (partition by ${participationUpdates.assignmentId})`.as("total"),
    })
    .from(participationUpdates)
    .leftJoin(users, eq(users.id, participationUpdates.authorUserId))
    .where(inArray(participationUpdates.assignmentId, assignmentIds))
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, perAssignment))
    .orderBy(asc(ranked.assignmentId), asc(ranked.rank));
  for (const r of rows) {
    const entry = out.get(r.assignmentId) ?? { rows: [], total: Number(r.total) };
    entry.rows.push({
      id: r.id,
      occurredOn: r.occurredOn,
      kind: r.kind,
      text: r.text,
      author: r.author,
      createdAt: r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt),
    });
    out.set(r.assignmentId, entry);
  }
  return out;
}

async function myAssignments(db: Db, actor: Actor, personId: string): Promise<MyAssignment[]> {
  const rows = await selectAssignmentRows(db)
    .where(and(eq(assignments.personId, personId), eq(assignments.status, "active")))
    .orderBy(
      asc(sql`case ${assignments.role} when 'focal_point' then 0 when 'member' then 1 else 2 end`),
      asc(sql`lower(${networks.name})`),
      asc(sql`coalesce(${bodies.name}, ${thematicAreas.name})`),
      asc(assignments.id),
    );
  const updates = await latestUpdates(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    network: { id: r.networkId, name: r.networkName },
    body: ref(r.bodyId, r.bodyName),
    thematicArea: r.area,
    role: r.role,
    status: r.status,
    startsOn: r.startsOn,
    lastUpdatedAt: r.lastUpdatedAt,
    stale: Boolean(r.stale),
    latestUpdates: updates.get(r.id)?.rows ?? [],
    updateCount: updates.get(r.id)?.total ?? 0,
    canPost: can(actor, "participation.create", assignmentOwner(r.personId, r.departmentId)),
  }));
}

async function myMeetings(db: Db, actor: Actor, personId: string, now: Date): Promise<MyMeeting[]> {
  const rows = await db
    .select({
      memberId: delegationMembers.id,
      memberVersion: delegationMembers.version,
      role: delegationMembers.role,
      attendance: delegationMembers.attendance,
      meetingId: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      timeZone: meetings.timeZone,
      status: meetings.status,
      mode: meetings.mode,
      city: meetings.city,
      country: meetings.country,
      networkId: networks.id,
      networkName: networks.name,
      body: bodies.name,
    })
    .from(delegationMembers)
    .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(
      and(
        eq(delegationMembers.personId, personId),
        gte(meetings.endsAt, now),
        inArray(meetings.status, [...UPCOMING_STATUSES]),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(MY_MEETINGS_MAX);
  return rows.map((r) => ({
    memberId: r.memberId,
    memberVersion: r.memberVersion,
    role: r.role,
    attendance: r.attendance,
    meeting: {
      id: r.meetingId,
      title: r.title,
      startsAt: r.startsAt,
      timeZone: r.timeZone,
      status: r.status,
      mode: r.mode,
      city: r.city,
      country: r.country,
    },
    network: { id: r.networkId, name: r.networkName },
    body: r.body,
    canAnswer: can(actor, "meeting.attendance.own", { personId }),
  }));
}

async function myCommitments(db: Db, actor: Actor, personId: string, today: string) {
  const mine = and(
    eq(commitments.ownerPersonId, personId),
    inArray(commitments.status, [...PENDING_STATUSES]),
  );
  const rows = await fromCommitments(db, {
    id: commitments.id,
    title: commitments.title,
    status: commitments.status,
    dueOn: commitments.dueOn,
    completedOn: commitments.completedOn,
    notes: commitments.notes,
    version: commitments.version,
    networkId: networks.id,
    networkName: networks.name,
    meetingId: meetings.id,
    meetingTitle: meetings.title,
  })
    .where(mine)
    .orderBy(
      // Overdue first (due before today in Buenos Aires), then by due date, undated last.
      asc(sql`case when ${commitments.dueOn} < ${today} then 0 else 1 end`),
      asc(sql`${commitments.dueOn} is null`),
      asc(commitments.dueOn),
      asc(sql`lower(${commitments.title})`),
      asc(commitments.id),
    )
    .limit(MY_COMMITMENTS_MAX);
  const [totals] = await db.select({ total: count() }).from(commitments).where(mine);
  const list: MyCommitment[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    dueOn: r.dueOn,
    completedOn: r.completedOn,
    notes: r.notes,
    version: r.version,
    network: { id: r.networkId, name: r.networkName },
    meeting: r.meetingId && r.meetingTitle ? { id: r.meetingId, title: r.meetingTitle } : null,
    overdue: isOverdue(r.status, r.dueOn, today),
    daysLeft: daysLeft(r.status, r.dueOn, today),
    canProgress: can(actor, "commitment.progress", { personId }),
  }));
  return { list, total: Number(totals?.total ?? 0) };
}

/**
 * Everything /mi-participacion shows, for the actor's own person; null when the account is
 * not linked to a person. One transaction, a fixed number of queries (no query per row).
 */
export async function myParticipation(
  ctx: Ctx,
  today: string = todayInBuenosAires(),
  now: Date = new Date(),
): Promise<MyParticipation | null> {
  assertCan(ctx.actor, "assignment.read");
  const personId = ctx.actor.personId;
  if (!personId) return null;
  return ctx.db.transaction(async (tx) => {
    const [person] = await tx
      .select({
        id: people.id,
        name: people.fullName,
        department: departments.name,
      })
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .where(eq(people.id, personId))
      .limit(1);
    if (!person) return null;
    const own = await myAssignments(tx, ctx.actor, personId);
    const upcoming = await myMeetings(tx, ctx.actor, personId, now);
    const pending = await myCommitments(tx, ctx.actor, personId, today);
    return {
      person,
      assignments: own,
      meetings: upcoming,
      commitments: pending.list,
      commitmentTotal: pending.total,
    };
  });
}
