import { and, asc, eq, ne, sql } from "drizzle-orm";
import { assignments, bodies, departments, people, thematicAreas } from "@/db/schema";
import type { AssignmentRole, AssignmentStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";

/** Assignments not updated for this long are flagged: nobody knows what is happening there. */
export const STALE_AFTER_DAYS = 90;

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

/** The technical team assigned to a network (current assignments: active and paused). */
export async function networkTeam(ctx: Ctx, networkId: string): Promise<TeamMember[]> {
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
      stale: sql<boolean>`${assignments.lastUpdatedAt} is null or ${assignments.lastUpdatedAt} < now() - make_interval(days => ${STALE_AFTER_DAYS})`,
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
    );
  return rows.map((r) => ({
    id: r.id,
    person: { id: r.personId, name: r.personName },
    department: r.department,
    body: r.body,
    thematicArea: r.thematicArea,
    role: r.role,
    status: r.status,
    lastUpdatedAt: r.lastUpdatedAt,
    stale: r.stale,
  }));
}
