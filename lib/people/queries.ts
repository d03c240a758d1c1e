import "server-only";
import { and, asc, count, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { departments, people, users } from "@/db/schema";
import type { AppRole } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { notNullOrder, nullsLast } from "../order";
import { isUuid } from "../validation/fields";
import type { PersonListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { todayInBuenosAires } from "../dates";
import { heldOnAliasSql } from "../seats/term-state";
import { STALE_AFTER_DAYS } from "../assignments/queries";
import { pagedQuery } from "../paged-query";
import { firstRow } from "../record-reads";
import type { Db } from "@/db/client";

export {
  seatTermsOf,
  delegationsOf,
  commitmentsOf,
  type HeldTerm,
  type DelegationEntry,
  type OwnedCommitment,
} from "./sections";
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
  /** Seats held today (lib/seats/term-state.ts) of seats not archived. */
  seatsHeld: number;
  /** Active assignments with no participation update in STALE_AFTER_DAYS days (staleAssignment). */
  staleAssignments: number;
  /** Commitments the person owns, open or in progress, due before today (Buenos Aires). */
  overdueCommitments: number;
  /** Linked to a user account. */
  hasUser: boolean;
}

export interface PersonList {
  rows: PersonRow[];
  total: number;
}

// Correlated subqueries on "people"."id" (qualified by hand: inside a select list drizzle
// renders bare column names). Each is an index lookup: assignments_person_idx,
// seat_terms_holder_idx, users_person_uq. Also read by the export (lib/export) and a department's people.
/**
 * The directory's per-person attention figures, correlated on "people"."id": quiet active
 * assignments (assignments_person_idx, then the staleAssignment rule) and overdue commitments
 * they own (commitments_owner_idx on owner and due date). Also their sort keys.
 */
const attentionCounts = (today: string) => ({
  staleAssignments:
    sql<number>`(select count(*) from assignments a where a.person_id = "people"."id" and a.status = 'active' and coalesce(a.last_updated_at, a.starts_on::timestamptz) < now() - make_interval(days => ${STALE_AFTER_DAYS}))`.mapWith(
      Number,
    ),
  overdueCommitments:
    sql<number>`(select count(*) from commitments c where c.owner_person_id = "people"."id" and c.status in ('open', 'in_progress') and c.due_on < ${today}::date)`.mapWith(
      Number,
    ),
});

/** A person's active assignments, seats held today, and whether a user account is linked. */
export const personCounts = (today: string) => ({
  activeAssignments:
    sql<number>`(select count(*) from assignments a where a.person_id = "people"."id" and a.status = 'active')`.mapWith(
      Number,
    ),
  seatsHeld:
    sql<number>`(select count(*) from seat_terms st join seats s on s.id = st.seat_id where st.holder_person_id = "people"."id" and ${heldOnAliasSql("st", today)} and s.archived_at is null)`.mapWith(
      Number,
    ),
  hasUser: sql<boolean>`exists (select 1 from users u where u.person_id = "people"."id")`,
});

/** A person's own columns, as the list, its export and the import read them. */
export const personColumns = {
  id: people.id,
  fullName: people.fullName,
  email: people.email,
  phone: people.phone,
  position: people.position,
};

/** The sort keys as SQL (also read by the export, lib/export). */
export const sortColumns = (today: string) =>
  ({
    name: sql`lower(${people.fullName})`,
    department: sql`lower(${departments.name})`,
    position: sql`lower(${people.position})`,
    // Sorting by a count needs every listed person's count first (a whole pass, then a sort):
    // docs/performance.md, "Query plans".
    stale: sql`${attentionCounts(today).staleAssignments}`,
    overdue: sql`${attentionCounts(today).overdueCommitments}`,
  }) satisfies Record<PersonListParams["sort"], SQL>;

/** The directory's filters as SQL (also used by the export, lib/export). */
export function listFilters(params: PersonListParams, today: string): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.department ? eq(people.departmentId, params.department) : undefined,
  ];
  if (params.assigned) {
    const assigned = sql`exists (select 1 from assignments a where a.person_id = "people"."id" and a.status = 'active')`;
    filters.push(params.assigned === "1" ? assigned : sql`not ${assigned}`);
  }
  if (params.seat) {
    const holds = sql`exists (select 1 from seat_terms st join seats s on s.id = st.seat_id where st.holder_person_id = "people"."id" and ${heldOnAliasSql("st", today)} and s.archived_at is null)`;
    filters.push(params.seat === "1" ? holds : sql`not ${holds}`);
  }
  if (params.q) {
    filters.push(containsTextInAny(params.q, people.fullName, people.email, people.position));
  }
  return and(...filters);
}

/** One page of the people directory and the total behind it, filtered and sorted in SQL. */
export async function listPeople(
  ctx: Ctx,
  params: PersonListParams,
  today: string = todayInBuenosAires(),
): Promise<PersonList> {
  assertCan(ctx.actor, "network.read");
  const where = listFilters(params, today);
  const sortColumn = sortColumns(today)[params.sort];
  // Nulls last in both directions (a name or a count is never null), in forms the indexes serve.
  const neverNull = params.sort === "name" || params.sort === "stale" || params.sort === "overdue";
  const order = neverNull ? notNullOrder(sortColumn, params.dir) : nullsLast(sortColumn, params.dir);
  const orderBy = [order, asc(sql`lower(${people.fullName})`), asc(people.id)];
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      tx
        .select({
          ...personColumns,
          departmentId: departments.id,
          departmentName: departments.name,
          departmentShort: departments.shortName,
          ...personCounts(today),
          ...attentionCounts(today),
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
