import "server-only";
import { asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import {
  bodies,
  commitments,
  delegationMembers,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
} from "@/db/schema";
import type { AttendanceStatus, CommitmentStatus, DelegationRole, MeetingStatus } from "@/db/schema/values";
import { termState, termStateSql, type TermState } from "../seats/term-state";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { isUuid } from "../validation/fields";

// What a person (or a department's people) holds, takes part in and owes: the sections of the
// person and department pages. One query each.

type Of = { personId: string } | { departmentId: string };
const idOf = (of: Of) => ("personId" in of ? of.personId : of.departmentId);

export interface HeldTerm {
  id: string;
  seat: { id: string; title: string; archived: boolean };
  network: { id: string; name: string };
  body: string | null;
  holder: { id: string; name: string };
  startsOn: string;
  endsOn: string | null;
  /** Its state today (Vigente, Próximo, Finalizado, Candidatura). */
  status: TermState;
}

/** Seat terms held by a person or by a department's people: current first, then to come, latest first. */
export async function seatTermsOf(
  ctx: Ctx,
  of: Of,
  today: string = todayInBuenosAires(),
): Promise<HeldTerm[]> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(idOf(of))) return [];
  const rows = await ctx.db
    .select({
      id: seatTerms.id,
      seatId: seats.id,
      seatTitle: seats.title,
      seatArchivedAt: seats.archivedAt,
      networkId: networks.id,
      networkName: networks.name,
      body: bodies.name,
      holderId: people.id,
      holderName: people.fullName,
      startsOn: seatTerms.startsOn,
      endsOn: seatTerms.endsOn,
      status: seatTerms.status,
    })
    .from(seatTerms)
    .innerJoin(seats, eq(seats.id, seatTerms.seatId))
    .innerJoin(networks, eq(networks.id, seats.networkId))
    .leftJoin(bodies, eq(bodies.id, seats.bodyId))
    .innerJoin(people, eq(people.id, seatTerms.holderPersonId))
    .where(
      "personId" in of ? eq(seatTerms.holderPersonId, of.personId) : eq(people.departmentId, of.departmentId),
    )
    .orderBy(
      asc(
        sql`case ${termStateSql(seatTerms, today)} when 'current' then 0 when 'upcoming' then 1 when 'candidate' then 2 else 3 end`,
      ),
      desc(seatTerms.startsOn),
      asc(seatTerms.id),
    );
  return rows.map((r) => ({
    id: r.id,
    seat: { id: r.seatId, title: r.seatTitle, archived: r.seatArchivedAt !== null },
    network: { id: r.networkId, name: r.networkName },
    body: r.body,
    holder: { id: r.holderId, name: r.holderName },
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: termState(r, today),
  }));
}

export interface DelegationEntry {
  id: string;
  meeting: { id: string; title: string; startsAt: Date; status: MeetingStatus };
  network: { id: string; name: string };
  role: DelegationRole;
  attendance: AttendanceStatus;
}

/** The meetings a person was (or is) in the delegation of, latest first. */
export async function delegationsOf(ctx: Ctx, personId: string, limit = 50): Promise<DelegationEntry[]> {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(personId)) return [];
  const rows = await ctx.db
    .select({
      id: delegationMembers.id,
      meetingId: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      status: meetings.status,
      networkId: networks.id,
      networkName: networks.name,
      role: delegationMembers.role,
      attendance: delegationMembers.attendance,
    })
    .from(delegationMembers)
    .innerJoin(meetings, eq(meetings.id, delegationMembers.meetingId))
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .where(eq(delegationMembers.personId, personId))
    .orderBy(desc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    meeting: { id: r.meetingId, title: r.title, startsAt: r.startsAt, status: r.status },
    network: { id: r.networkId, name: r.networkName },
    role: r.role,
    attendance: r.attendance,
  }));
}

export interface OwnedCommitment {
  id: string;
  title: string;
  network: { id: string; name: string };
  owner: { id: string; name: string };
  dueOn: string | null;
  status: CommitmentStatus;
  overdue: boolean;
}

/**
 * Commitments owned by a person, or those of a department (recorded for it, or owned by one
 * of its people): pending first, overdue on top, then by due date.
 */
export async function commitmentsOf(
  ctx: Ctx,
  of: Of,
  today = todayInBuenosAires(),
): Promise<OwnedCommitment[]> {
  assertCan(ctx.actor, "commitment.read");
  if (!isUuid(idOf(of))) return [];
  const ownerIds =
    "departmentId" in of
      ? (
          await ctx.db.select({ id: people.id }).from(people).where(eq(people.departmentId, of.departmentId))
        ).map((person) => person.id)
      : [];
  const rows = await ctx.db
    .select({
      id: commitments.id,
      title: commitments.title,
      networkId: networks.id,
      networkName: networks.name,
      ownerId: people.id,
      ownerName: people.fullName,
      dueOn: commitments.dueOn,
      status: commitments.status,
    })
    .from(commitments)
    .innerJoin(networks, eq(networks.id, commitments.networkId))
    .innerJoin(people, eq(people.id, commitments.ownerPersonId))
    .where(
      "personId" in of
        ? eq(commitments.ownerPersonId, of.personId)
        : // Both arms on commitments (the department's, or owned by its people, whose ids are
          // read first), so each is an index lookup: an OR across the two tables, or with an IN
          // subquery, makes PostgreSQL read every commitment.
          or(
            eq(commitments.departmentId, of.departmentId),
            ownerIds.length ? inArray(commitments.ownerPersonId, ownerIds) : undefined,
          ),
    )
    .orderBy(
      asc(sql`case when ${commitments.status} in ('open', 'in_progress') then 0 else 1 end`),
      sql`${commitments.dueOn} IS NULL`,
      asc(commitments.dueOn),
      asc(commitments.title),
    );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    network: { id: r.networkId, name: r.networkName },
    owner: { id: r.ownerId, name: r.ownerName },
    dueOn: r.dueOn,
    status: r.status,
    overdue: (r.status === "open" || r.status === "in_progress") && r.dueOn !== null && r.dueOn < today,
  }));
}
