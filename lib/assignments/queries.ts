import "server-only";
import { and, asc, count, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { SelectedFields } from "drizzle-orm/pg-core";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import type { AssignmentRole, AssignmentStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { notNullOrder, nullsLast } from "../order";
import { isUuid } from "../validation/fields";
import type { AssignmentListParams } from "./list-params";
import { containsTextInAny } from "../search/like";
import { ref } from "../refs";
import { pagedQuery } from "../paged-query";
import { firstRow } from "../record-reads";
import type { JoinedSelect } from "../joined-select";
import type { SelectResult } from "drizzle-orm/query-builders/select.types";

export {
  assignmentFormOptions,
  assignmentNetworkOptions,
  assignmentFilterOptions,
  type AssignmentNetworkOptions,
  type AssignmentFormOptions,
  type AssignmentFilterOptions,
} from "./options";

/** Assignments not updated for this long are flagged: nobody knows what is happening there. */
export const STALE_AFTER_DAYS = 90;

/**
 * "Sin novedades en 90 días", the one definition every screen uses (lists, network team, panel,
 * Mi participación): an active assignment whose last participation update — or, with none yet,
 * whose start — is older than STALE_AFTER_DAYS days. A paused or ended one is not expected to
 * report; a new one is not quiet on its first day.
 */
export const staleAssignment = sql<boolean>`(${assignments.status} = 'active' and coalesce(${assignments.lastUpdatedAt}, ${assignments.startsOn}::timestamptz) < now() - make_interval(days => ${STALE_AFTER_DAYS}))`;

export interface TeamMember {
  id: string;
  person: { id: string; name: string };
  department: string | null;
  body: string | null;
  thematicArea: string | null;
  role: AssignmentRole;
  status: AssignmentStatus;
  lastUpdatedAt: Date | null;
  stale: boolean;
}

/** How many of a network's team its page lists; the rest are one link away (/asignaciones). */
export const TEAM_SHOWN = 10;

/**
 * The technical team assigned to a network (current assignments: active and paused), by body
 * or area, focal points first: the first `limit` of them and how many there are in all — a
 * busy network has hundreds, which its page does not list one by one.
 */
export async function networkTeam(
  ctx: Ctx,
  networkId: string,
  limit = TEAM_SHOWN,
): Promise<{ members: TeamMember[]; total: number }> {
  assertCan(ctx.actor, "assignment.read");
  const rows = await ctx.db
    .select({
      id: assignments.id,
      personId: people.id,
      personName: people.fullName,
      department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
      body: bodies.name,
      thematicArea: thematicAreas.name,
      role: assignments.role,
      status: assignments.status,
      lastUpdatedAt: assignments.lastUpdatedAt,
      stale: staleAssignment,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
    .leftJoin(thematicAreas, eq(thematicAreas.id, assignments.thematicAreaId))
    .where(and(eq(assignments.networkId, networkId), ne(assignments.status, "ended")))
    .orderBy(
      asc(sql`coalesce(${bodies.name}, ${thematicAreas.name})`),
      asc(sql`case ${assignments.role} when 'focal_point' then 0 when 'member' then 1 else 2 end`),
      asc(people.fullName),
      asc(assignments.id),
    )
    .limit(limit);
  return {
    total: rows[0]?.total ?? 0,
    members: rows.map((r) => ({
      id: r.id,
      person: { id: r.personId, name: r.personName },
      department: r.department,
      body: r.body,
      thematicArea: r.thematicArea,
      role: r.role,
      status: r.status,
      lastUpdatedAt: r.lastUpdatedAt,
      stale: r.stale,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// /asignaciones and the assignment sections of the person and department pages

export interface AssignmentRow {
  id: string;
  person: { id: string; name: string };
  /** The person's department (its short name when it has one). */
  department: { id: string; name: string } | null;
  network: { id: string; name: string };
  body: { id: string; name: string } | null;
  /** The assignment's thematic area, else its body's. */
  thematicArea: { id: string; name: string } | null;
  role: AssignmentRole;
  status: AssignmentStatus;
  startsOn: string;
  endsOn: string | null;
  dedication: string | null;
  lastUpdatedAt: Date | null;
  /** See staleAssignment. */
  stale: boolean;
}

export interface AssignmentList {
  rows: AssignmentRow[];
  total: number;
}

/** The area an assignment is about: its own, else its body's. */
export const areaOf = sql`coalesce(${assignments.thematicAreaId}, ${bodies.thematicAreaId})`;

/** What an assignment is, beside what it refers to: also the columns of its export. */
export const assignmentFacts = {
  role: assignments.role,
  status: assignments.status,
  startsOn: assignments.startsOn,
  endsOn: assignments.endsOn,
  dedication: assignments.dedication,
  lastUpdatedAt: assignments.lastUpdatedAt,
  stale: staleAssignment,
};

const rowFields = {
  id: assignments.id,
  personId: people.id,
  personName: people.fullName,
  departmentId: departments.id,
  departmentName: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
  networkId: networks.id,
  networkName: networks.name,
  bodyId: bodies.id,
  bodyName: bodies.name,
  areaId: thematicAreas.id,
  areaName: thematicAreas.name,
  ...assignmentFacts,
};

type RawRow = SelectResult<typeof rowFields, "partial", AssignmentJoins>;

function toRow(r: RawRow): AssignmentRow {
  return {
    id: r.id,
    person: { id: r.personId, name: r.personName },
    department: ref(r.departmentId, r.departmentName),
    network: { id: r.networkId, name: r.networkName },
    body: ref(r.bodyId, r.bodyName),
    thematicArea: ref(r.areaId, r.areaName),
    role: r.role,
    status: r.status,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    dedication: r.dedication,
    lastUpdatedAt: r.lastUpdatedAt,
    stale: Boolean(r.stale),
  };
}

type AssignmentJoins = {
  assignments: "not-null";
  people: "not-null";
  departments: "nullable";
  networks: "not-null";
  bodies: "nullable";
  thematic_areas: "nullable";
};

/**
 * The joins every assignment read shares (the lists, the record, the export, Mi participación):
 * person, department, network, body, and the area the assignment is about (areaOf). `fields`
 * picks from those tables; the caller adds its where and order.
 */
export function fromAssignments<F extends SelectedFields>(
  db: Db,
  fields: F,
): JoinedSelect<"assignments", F, AssignmentJoins> {
  const select = db
    .select(fields as SelectedFields)
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .innerJoin(networks, eq(networks.id, assignments.networkId))
    .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
    .leftJoin(thematicAreas, sql`${thematicAreas.id} = ${areaOf}`);
  return select.$dynamic() as unknown as JoinedSelect<"assignments", F, AssignmentJoins>;
}

/** The sort keys as SQL (also read by the export, lib/export). */
export const SORT_COLUMNS = {
  person: sql`lower(${people.fullName})`,
  network: sql`lower(${networks.name})`,
  start: assignments.startsOn,
  updated: assignments.lastUpdatedAt,
} satisfies Record<AssignmentListParams["sort"], unknown>;

/** /asignaciones' filters as SQL (also used by the export, lib/export). */
export function listFilters(params: AssignmentListParams): SQL | undefined {
  const filters: (SQL | undefined)[] = [
    params.network ? eq(assignments.networkId, params.network) : undefined,
    params.body ? eq(assignments.bodyId, params.body) : undefined,
    params.area
      ? or(
          eq(assignments.thematicAreaId, params.area),
          and(isNull(assignments.thematicAreaId), eq(bodies.thematicAreaId, params.area)),
        )
      : undefined,
    params.department ? eq(people.departmentId, params.department) : undefined,
    params.role ? eq(assignments.role, params.role) : undefined,
  ];
  if (params.status === "current") filters.push(ne(assignments.status, "ended"));
  else if (params.status !== "all") filters.push(eq(assignments.status, params.status));
  // Ended assignments expect no news; "stale" is about the ones still running.
  if (params.stale) filters.push(staleAssignment);
  if (params.q) {
    filters.push(containsTextInAny(params.q, people.fullName, assignments.dedication));
  }
  return and(...filters);
}

/** One page of /asignaciones and the total behind it, filtered and sorted in SQL. */
export async function listAssignments(ctx: Ctx, params: AssignmentListParams): Promise<AssignmentList> {
  assertCan(ctx.actor, "assignment.read");
  const where = listFilters(params);
  const sortColumn = SORT_COLUMNS[params.sort];
  // Nulls last in both directions (only the last update can be missing), in forms the
  // indexes serve; then person, network and id so that pages are stable.
  const order =
    params.sort === "updated" ? nullsLast(sortColumn, params.dir) : notNullOrder(sortColumn, params.dir);
  const orderBy = [
    order,
    asc(sql`lower(${people.fullName})`),
    asc(sql`lower(${networks.name})`),
    asc(assignments.id),
  ];
  const page = await pagedQuery(ctx.db, params, {
    rows: (tx) =>
      fromAssignments(tx, rowFields)
        .where(where)
        .orderBy(...orderBy),
    total: (tx) =>
      tx
        .select({ total: count() })
        .from(assignments)
        .innerJoin(people, eq(people.id, assignments.personId))
        .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
        .where(where),
  });
  return { ...page, rows: page.rows.map(toRow) };
}

/**
 * Every assignment of one person or of one department's people (active first, then paused,
 * then ended; by network), for their pages. One query.
 */
export async function assignmentsOf(
  ctx: Ctx,
  of: { personId: string } | { departmentId: string },
): Promise<AssignmentRow[]> {
  assertCan(ctx.actor, "assignment.read");
  const id = "personId" in of ? of.personId : of.departmentId;
  if (!isUuid(id)) return [];
  const rows = await fromAssignments(ctx.db, rowFields)
    .where("personId" in of ? eq(assignments.personId, id) : eq(people.departmentId, id))
    .orderBy(
      asc(sql`case ${assignments.status} when 'active' then 0 when 'paused' then 1 else 2 end`),
      asc(sql`lower(${networks.name})`),
      asc(sql`coalesce(${bodies.name}, ${thematicAreas.name})`),
      asc(sql`lower(${people.fullName})`),
      asc(assignments.id),
    );
  return rows.map(toRow);
}

export interface AssignmentDetail extends AssignmentRow {
  /** The person's department id, which scopes a head (null when the person has none). */
  personDepartmentId: string | null;
  /** The thematic area as stored on the assignment (null when it follows the body's). */
  ownThematicAreaId: string | null;
  notes: string | null;
  version: number;
  updatedAt: Date;
}

export async function getAssignment(ctx: Ctx, id: string): Promise<AssignmentDetail | null> {
  assertCan(ctx.actor, "assignment.read");
  if (!isUuid(id)) return null;
  const row = await firstRow(
    fromAssignments(ctx.db, {
      ...rowFields,
      personDepartmentId: people.departmentId,
      ownThematicAreaId: assignments.thematicAreaId,
      notes: assignments.notes,
      version: assignments.version,
      updatedAt: assignments.updatedAt,
    }).where(eq(assignments.id, id)),
  );
  if (!row) return null;
  return {
    ...toRow(row),
    personDepartmentId: row.personDepartmentId,
    ownThematicAreaId: row.ownThematicAreaId,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
