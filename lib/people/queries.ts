import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import {
  bodies,
  commitments,
  delegationMembers,
  departments,
  meetings,
  networks,
  people,
  seats,
  seatTerms,
  users,
} from "@/db/schema";
import type {
  AppRole,
  AttendanceStatus,
  CommitmentStatus,
  DelegationRole,
  MeetingStatus,
  TermStatus,
} from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { notNullOrder, nullsLast } from "../order";
import { todayInBuenosAires } from "../dates";
import { isUuid } from "../validation/fields";
import type { PersonListParams } from "./list-params";
import { containsPattern } from "../search/like";
import { pagedQuery } from "../paged-query";
import { firstRow } from "../record-reads";
import type { Db } from "@/db/client";
import { ref } from "../refs";

export interface PersonRow {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  department: { id: string; name: string; shortName: string | null } | null;
  /** Active technical assignments. */
  activeAssignments: number;
  /** Seats held now: active terms of seats not archived. */
  seatsHeld: number;
  /** Linked to a user account. */
  hasUser: boolean;
}

export interface PersonList {
  rows: PersonRow[];
  total: number;
}

// Correlated subqueries on "people"."id" (qualified by hand: inside a select list drizzle
// renders bare column names). Each is an index lookup: assignments_person_idx,
// seat_terms_holder_idx, users_person_uq. Also read by the export (lib/export).
/** A person's active assignments, seats held now, and whether a user account is linked. */
export const personCounts = {
  activeAssignments:
    sql<number>`(select count(*) from assignments a where a.person_id = "people"."id" and a.status = 'active')`.mapWith(
      Number,
    ),
  seatsHeld:
    sql<number>`(select count(*) from seat_terms st join seats s on s.id = st.seat_id where st.holder_person_id = "people"."id" and st.status = 'active' and s.archived_at is null)`.mapWith(
      Number,
    ),
  hasUser: sql<boolean>`exists (select 1 from users u where u.person_id = "people"."id")`,
};

/** The sort keys as SQL (also read by the export, lib/export). */
export const SORT_COLUMNS = {
  name: sql`lower(${people.fullName})`,
  department: sql`lower(${departments.name})`,
  position: sql`lower(${people.position})`,
} satisfies Record<PersonListParams["sort"], SQL>;

/** The directory's filters as SQL (also used by the export, lib/export). */
export function listFilters(params: PersonListParams): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.department ? eq(people.departmentId, params.department) : undefined,
  ];
  if (params.assigned) {
    const assigned = sql`exists (select 1 from assignments a where a.person_id = "people"."id" and a.status = 'active')`;
    filters.push(params.assigned === "1" ? assigned : sql`not ${assigned}`);
  }
  if (params.seat) {
    const holds = sql`exists (select 1 from seat_terms st join seats s on s.id = st.seat_id where st.holder_person_id = "people"."id" and st.status = 'active' and s.archived_at is null)`;
    filters.push(params.seat === "1" ? holds : sql`not ${holds}`);
  }
  if (params.q) {
    const pattern = containsPattern(params.q);
    filters.push(
      or(ilike(people.fullName, pattern), ilike(people.email, pattern), ilike(people.position, pattern)),
    );
  }
  return and(...filters);
}

/** One page of the people directory and the total behind it, filtered and sorted in SQL. */
export async function listPeople(ctx: Ctx, params: PersonListParams): Promise<PersonList> {
  assertCan(ctx.actor, "network.read");
  const where = listFilters(params);
  const sortColumn = SORT_COLUMNS[params.sort];
  // Nulls last in both directions (a name is never null), in forms the indexes serve.
  const order =
    params.sort === "name" ? notNullOrder(sortColumn, params.dir) : nullsLast(sortColumn, params.dir);
  const orderBy = [order, asc(sql`lower(${people.fullName})`), asc(people.id)];
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      tx
        .select({
          id: people.id,
          fullName: people.fullName,
          email: people.email,
          phone: people.phone,
          position: people.position,
          departmentId: departments.id,
          departmentName: departments.name,
          departmentShort: departments.shortName,
          ...personCounts,
        })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(where)
        .orderBy(...orderBy),
    total: (tx) =>
      tx
        .select({ total: count() })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(where),
  });
  return {
    ...page,
    rows: page.rows.map(({ departmentId, departmentName, departmentShort, ...r }) => ({
      ...r,
      hasUser: Boolean(r.hasUser),
      department:
        departmentId && departmentName
          ? { id: departmentId, name: departmentName, shortName: departmentShort }
          : null,
    })),
  };
}

export interface LinkedUser {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  active: boolean;
}

export interface PersonDetail {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  notes: string | null;
  department: { id: string; name: string } | null;
  user: LinkedUser | null;
  version: number;
  updatedAt: Date;
}

/** One person with their department's name and linked user: their page and their audit snapshot. */
export function readPerson(db: Db, id: string) {
  return firstRow(
    db
      .select({
        person: people,
        departmentName: departments.name,
        userId: users.id,
        userEmail: users.email,
        userName: users.name,
        userRole: users.role,
        userActive: users.active,
      })
      .from(people)
      .leftJoin(departments, eq(departments.id, people.departmentId))
      .leftJoin(users, eq(users.personId, people.id))
      .where(eq(people.id, id)),
  );
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  const row = await readPerson(ctx.db, id);
  if (!row) return null;
  const p = row.person;
  return {
    id: p.id,
    fullName: p.fullName,
    email: p.email,
    phone: p.phone,
    position: p.position,
    notes: p.notes,
    department: ref(p.departmentId, row.departmentName),
    user:
      row.userId && row.userEmail && row.userName && row.userRole
        ? {
            id: row.userId,
            email: row.userEmail,
            name: row.userName,
            role: row.userRole,
            active: row.userActive ?? false,
          }
        : null,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}

/** Departments for the person form's picker and the directory's filter. */
export async function departmentChoices(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "network.read");
  return ctx.db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(sql`lower(${departments.name})`));
}

/** User accounts an administrator may link to this person: those without a person, and its own. */
export async function linkableUsers(ctx: Ctx, personId: string): Promise<LinkedUser[]> {
  assertCan(ctx.actor, "person.link_user");
  if (!isUuid(personId)) return [];
  return ctx.db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(or(isNull(users.personId), eq(users.personId, personId)))
    .orderBy(asc(sql`lower(${users.email})`));
}

// ---------------------------------------------------------------------------------------------
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
  status: TermStatus;
}

/** Seat terms held by a person or by a department's people: active first, latest first. */
export async function seatTermsOf(ctx: Ctx, of: Of): Promise<HeldTerm[]> {
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
      asc(sql`case ${seatTerms.status} when 'active' then 0 when 'candidate' then 1 else 2 end`),
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
    status: r.status,
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
