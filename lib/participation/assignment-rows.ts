import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import { fromAssignments, staleAssignment } from "../assignments/queries";

/**
 * Assignments with what a participation page shows of them (person, department, network,
 * body, the area they are about, whether they are stale), before their where: the user's own
 * active ones, or the one whose log is open.
 */
export function selectAssignmentRows(db: Db) {
  return fromAssignments(db, {
    id: assignments.id,
    personId: people.id,
    personName: people.fullName,
    departmentId: people.departmentId,
    department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
    networkId: networks.id,
    networkName: networks.name,
    bodyId: bodies.id,
    bodyName: bodies.name,
    area: thematicAreas.name,
    role: assignments.role,
    status: assignments.status,
    startsOn: assignments.startsOn,
    endsOn: assignments.endsOn,
    lastUpdatedAt: assignments.lastUpdatedAt,
    stale: staleAssignment,
  });
}

/** The owner a scoped check compares with the actor: the assignment's person and department. */
export const assignmentOwner = (personId: string, departmentId: string | null) => ({
  personId,
  departmentId,
});
