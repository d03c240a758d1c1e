import "server-only";
import { and, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, bodies, departments, networks, people, thematicAreas } from "@/db/schema";
import { command, invalid, notFound, type WriteScope } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, type Failure, type FieldErrors } from "../result";
import {
  assignmentEndSchema,
  assignmentInputSchema,
  assignmentUpdateSchema,
  type AssignmentInput,
} from "./schema";
import { checkReference, rowById } from "../record-reads";

/**
 * The person must exist, and the actor must manage assignments of that person's department
 * (a head: their own department only). Throws FORBIDDEN or a field error, writing nothing.
 */
async function assertManages({ tx, authorize }: WriteScope, personId: string, field = "personId") {
  const person = await rowById(tx, people, personId, { departmentId: people.departmentId });
  if (!person) throw invalid({ [field]: ["unknownPerson"] });
  authorize("assignment.manage", { departmentId: person.departmentId });
}

// ---------------------------------------------------------------------------------------------
// Audit snapshot: labels rather than ids (the history viewer shows them as they are).

async function snapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({
      a: assignments,
      person: people.fullName,
      department: departments.name,
      network: networks.name,
      body: bodies.name,
      area: thematicAreas.name,
    })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .innerJoin(networks, eq(networks.id, assignments.networkId))
    .leftJoin(bodies, eq(bodies.id, assignments.bodyId))
    .leftJoin(thematicAreas, eq(thematicAreas.id, assignments.thematicAreaId))
    .where(eq(assignments.id, id))
    .limit(1);
  if (!row) return null;
  return {
    person: row.person,
    department: row.department ?? null,
    network: row.network,
    body: row.body ?? null,
    thematicArea: row.area ?? null,
    role: row.a.role,
    status: row.a.status,
    startsOn: row.a.startsOn,
    endsOn: row.a.endsOn,
    dedication: row.a.dedication,
    notes: row.a.notes,
    version: row.a.version,
  };
}

// ---------------------------------------------------------------------------------------------
// Rules that need the database

interface Existing {
  networkId: string;
  bodyId: string | null;
}

/**
 * The references of an assignment, inside the write's transaction: the network exists (and is
 * not archived, unless it is the one the assignment already has), the body belongs to it, the
 * thematic area exists. Returns the columns to write: without an area of its own, an
 * assignment to a body takes the body's thematic area.
 */
async function checkReferences(tx: Db, input: AssignmentInput, existing?: Existing) {
  const fieldErrors: FieldErrors = {};
  const network = await rowById(tx, networks, input.networkId, {
    id: networks.id,
    archivedAt: networks.archivedAt,
  });
  if (!network) fieldErrors.networkId = ["unknownNetwork"];
  else if (network.archivedAt && existing?.networkId !== network.id)
    fieldErrors.networkId = ["networkArchived"];

  let bodyArea: string | null = null;
  if (input.bodyId) {
    const body = await rowById(tx, bodies, input.bodyId, {
      networkId: bodies.networkId,
      thematicAreaId: bodies.thematicAreaId,
      archivedAt: bodies.archivedAt,
    });
    if (!body) fieldErrors.bodyId = ["unknownBody"];
    else if (network && body.networkId !== input.networkId) fieldErrors.bodyId = ["bodyOfOtherNetwork"];
    else if (body.archivedAt && existing?.bodyId !== input.bodyId) fieldErrors.bodyId = ["bodyArchived"];
    else bodyArea = body.thematicAreaId;
  }
  await checkReference(
    tx,
    fieldErrors,
    "thematicAreaId",
    thematicAreas,
    input.thematicAreaId,
    "unknownThematicArea",
  );
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  return {
    personId: input.personId,
    networkId: input.networkId,
    bodyId: input.bodyId ?? null,
    thematicAreaId: input.thematicAreaId ?? bodyArea,
    role: input.role,
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    dedication: input.dedication ?? null,
    notes: input.notes ?? null,
  };
}

type Columns = Awaited<ReturnType<typeof checkReferences>>;

/**
 * A body has at most one active focal point, and so has a network's thematic area worked on
 * without a body. Checked before writing so the user gets the field message; the unique
 * partial indexes catch a concurrent write that slips past (see `constraintError`).
 */
async function checkFocalPoint(tx: Db, columns: Columns, exceptId?: string) {
  if (columns.role !== "focal_point" || columns.status !== "active") return;
  const scope: SQL | undefined = columns.bodyId
    ? eq(assignments.bodyId, columns.bodyId)
    : and(
        isNull(assignments.bodyId),
        eq(assignments.networkId, columns.networkId),
        columns.thematicAreaId ? eq(assignments.thematicAreaId, columns.thematicAreaId) : sql`false`,
      );
  const [other] = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.role, "focal_point"),
        eq(assignments.status, "active"),
        scope,
        exceptId ? ne(assignments.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (other) throw invalid({ role: [columns.bodyId ? "focalPointTaken" : "areaFocalPointTaken"] });
}

/** A concurrent write that slipped past the checks hits the database's own rules. */
const constraintError = (constraint: string, code: string): Failure | undefined => {
  if (code === UNIQUE_VIOLATION && constraint === "assignments_one_focal_point_uq")
    return fail("VALIDATION", { role: ["focalPointTaken"] });
  if (code === UNIQUE_VIOLATION && constraint === "assignments_one_area_focal_point_uq")
    return fail("VALIDATION", { role: ["areaFocalPointTaken"] });
  if (constraint === "assignments_end_after_start") return fail("VALIDATION", { endsOn: ["endBeforeStart"] });
  if (constraint === "assignments_has_target") return fail("VALIDATION", { bodyId: ["targetRequired"] });
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Commands. A role that may not manage assignments at all is refused (and the refusal audited)
// before anything is read; a head (own_department) is judged per person inside the write (see
// `assertManages`).

export const createAssignment = command({
  action: "assignment.manage",
  recordScoped: true,
  schema: assignmentInputSchema,
  onConstraint: constraintError,
  run: async (scope, input) => {
    const { tx, audit } = scope;
    await assertManages(scope, input.personId);
    const columns = await checkReferences(tx, input);
    await checkFocalPoint(tx, columns);
    const createdId = await insertRecord(tx, assignments, columns);
    await audit(recordEvent("assignment", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

/**
 * Edits an assignment. A head must manage both the person it belongs to now and the person it
 * is given to: moving one of their staff's assignments to another department's person, or
 * taking over another department's, is refused.
 */
export const updateAssignment = command({
  action: "assignment.manage",
  recordScoped: true,
  schema: assignmentUpdateSchema,
  onConstraint: constraintError,
  run: async (scope, { version, ...input }, id: string) => {
    const { tx, audit } = scope;
    const [existing] = await tx
      .select({
        personId: assignments.personId,
        networkId: assignments.networkId,
        bodyId: assignments.bodyId,
      })
      .from(assignments)
      .where(eq(assignments.id, id))
      .limit(1);
    if (!existing) throw notFound();
    await assertManages(scope, existing.personId);
    if (input.personId !== existing.personId) await assertManages(scope, input.personId);
    const columns = await checkReferences(tx, input, existing);
    await checkFocalPoint(tx, columns, id);
    const before = await snapshot(tx, id);
    const updated = await versionedUpdate(tx, assignments, id, version, columns);
    await audit(recordEvent("assignment", "update", id, await snapshot(tx, id), before));
    return updated;
  },
});

/** Ends an assignment: status ended, with its last day (not before it started). */
export const endAssignment = command({
  action: "assignment.manage",
  recordScoped: true,
  schema: assignmentEndSchema,
  onConstraint: constraintError,
  run: async (scope, { endsOn, version }, id: string) => {
    const { tx, audit } = scope;
    const [existing] = await tx
      .select({ personId: assignments.personId, startsOn: assignments.startsOn })
      .from(assignments)
      .where(eq(assignments.id, id))
      .limit(1);
    if (!existing) throw notFound();
    await assertManages(scope, existing.personId);
    if (endsOn < existing.startsOn) throw invalid({ endsOn: ["endBeforeStart"] });
    const before = await snapshot(tx, id);
    const updated = await versionedUpdate(tx, assignments, id, version, { status: "ended", endsOn });
    await audit(recordEvent("assignment", "end", id, await snapshot(tx, id), before));
    return updated;
  },
});
