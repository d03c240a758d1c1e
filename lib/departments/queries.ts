import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { departments, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { isUuid } from "../validation/fields";
import type { DepartmentListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { countRows, nullsLastOrder, pagedQuery } from "../paged-query";
import { ref } from "../refs";
import { personCounts } from "../people/queries";
import { todayInBuenosAires } from "../dates";
import { heldOnAliasSql } from "../seats/term-state";

export interface DepartmentRow {
  id: string;
  name: string;
  shortName: string | null;
  parent: { id: string; name: string } | null;
  /** People of the department. */
  people: number;
  /** Active technical assignments of its people. */
  activeAssignments: number;
  /** Seats its people hold now (active terms of seats not archived). */
  seatsHeld: number;
}

export interface DepartmentList {
  rows: DepartmentRow[];
  total: number;
}

const parents = alias(departments, "parent");

// Correlated counts on "departments"."id", each through people_department_idx and then the
// per-person indexes (assignments_person_idx, seat_terms_holder_idx).
const peopleSql = sql`(select count(*) from people p where p.department_id = "departments"."id")`;
const activeAssignmentsSql = sql`(select count(*) from assignments a join people p on p.id = a.person_id where p.department_id = "departments"."id" and a.status = 'active')`;
const seatsHeldSql = (today: string) =>
  sql`(select count(*) from seat_terms st join seats s on s.id = st.seat_id join people p on p.id = st.holder_person_id where p.department_id = "departments"."id" and ${heldOnAliasSql("st", today)} and s.archived_at is null)`;

const SORT_COLUMNS = {
  name: sql`lower(${departments.name})`,
  short: sql`lower(${departments.shortName})`,
} satisfies Record<DepartmentListParams["sort"], SQL>;

function listFilters(params: DepartmentListParams, today: string): SQL | undefined {
  const filters: (SQL | undefined)[] = [params.parent ? eq(departments.parentId, params.parent) : undefined];
  if (params.assigned) {
    filters.push(
      sql`exists (select 1 from assignments a join people p on p.id = a.person_id where p.department_id = "departments"."id" and a.status = 'active')`,
    );
  }
  if (params.seats) {
    filters.push(
      sql`exists (select 1 from seat_terms st join seats s on s.id = st.seat_id join people p on p.id = st.holder_person_id where p.department_id = "departments"."id" and ${heldOnAliasSql("st", today)} and s.archived_at is null)`,
    );
  }
  if (params.q) {
    filters.push(containsTextInAny(params.q, departments.name, departments.shortName));
  }
  return and(...filters);
}

/** One page of /areas and the total behind it, filtered and sorted in SQL. */
export async function listDepartments(
  ctx: Ctx,
  params: DepartmentListParams,
  today: string = todayInBuenosAires(),
): Promise<DepartmentList> {
  assertCan(ctx.actor, "network.read");
  const where = listFilters(params, today);
  const orderBy = nullsLastOrder(
    SORT_COLUMNS[params.sort],
    params.dir,
    asc(sql`lower(${departments.name})`),
    asc(departments.id),
  );
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      tx
        .select({
          id: departments.id,
          name: departments.name,
          shortName: departments.shortName,
          parentId: parents.id,
          parentName: parents.name,
          people: sql<number>`${peopleSql}`.mapWith(Number),
          activeAssignments: sql<number>`${activeAssignmentsSql}`.mapWith(Number),
          seatsHeld: sql<number>`${seatsHeldSql(today)}`.mapWith(Number),
        })
        .from(departments)
        .leftJoin(parents, eq(parents.id, departments.parentId))
        .where(where)
        .orderBy(...orderBy),
    total: (tx) => countRows(tx, departments, where),
  });
  return {
    ...page,
    rows: page.rows.map(({ parentId, parentName, ...r }) => ({ ...r, parent: ref(parentId, parentName) })),
  };
}

export interface DepartmentDetail {
  id: string;
  name: string;
  shortName: string | null;
  parent: { id: string; name: string } | null;
  children: { id: string; name: string }[];
  version: number;
  updatedAt: Date;
}

export async function getDepartment(ctx: Ctx, id: string): Promise<DepartmentDetail | null> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ department: departments, parentName: parents.name })
      .from(departments)
      .leftJoin(parents, eq(parents.id, departments.parentId))
      .where(eq(departments.id, id))
      .limit(1);
    if (!row) return null;
    const children = await tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.parentId, id))
      .orderBy(asc(sql`lower(${departments.name})`));
    const d = row.department;
    return {
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      parent: ref(d.parentId, row.parentName),
      children,
      version: d.version,
      updatedAt: d.updatedAt,
    };
  });
}

export interface DepartmentPerson {
  id: string;
  fullName: string;
  position: string | null;
  email: string | null;
  activeAssignments: number;
  seatsHeld: number;
}

/** The people of a department, by name, with what each takes part in. One query. */
export async function departmentPeople(
  ctx: Ctx,
  id: string,
  today: string = todayInBuenosAires(),
): Promise<DepartmentPerson[]> {
  assertCan(ctx.actor, "network.read");
  if (!isUuid(id)) return [];
  return ctx.db
    .select({
      id: people.id,
      fullName: people.fullName,
      position: people.position,
      email: people.email,
      activeAssignments: personCounts(today).activeAssignments,
      seatsHeld: personCounts(today).seatsHeld,
    })
    .from(people)
    .where(eq(people.departmentId, id))
    .orderBy(asc(sql`lower(${people.fullName})`), asc(people.id));
}

/** Departments for pickers: a parent to choose (never the department itself). */
export async function departmentOptions(
  ctx: Ctx,
  exceptId?: string,
): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "network.read");
  const rows = await ctx.db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(sql`lower(${departments.name})`));
  return exceptId ? rows.filter((r) => r.id !== exceptId) : rows;
}
