import "server-only";
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { departments } from "@/db/schema";
import { command, invalid, notFound } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail, type Failure, type FieldErrors } from "../result";
import { departmentInputSchema, departmentUpdateSchema, type DepartmentInput } from "./schema";
import { checkReference, isInSubtree } from "../record-reads";

const parents = alias(departments, "parent");

/** The advisory lock key that serialises changes to the departments' tree. */
const TREE_LOCK = 4_210_001;

/** Audit snapshot: the parent by name. */
async function snapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({ department: departments, parent: parents.name })
    .from(departments)
    .leftJoin(parents, eq(parents.id, departments.parentId))
    .where(eq(departments.id, id))
    .limit(1);
  if (!row) return null;
  return {
    name: row.department.name,
    shortName: row.department.shortName,
    parent: row.parent ?? null,
    version: row.department.version,
  };
}

function columns(input: DepartmentInput) {
  return { name: input.name, shortName: input.shortName ?? null, parentId: input.parentId ?? null };
}

/**
 * The name is free (compared without case), and the parent exists and is not the department
 * itself or one of the units under it (which would make a cycle).
 */
async function checkDepartment(tx: Db, input: DepartmentInput, id?: string) {
  const fieldErrors: FieldErrors = {};
  const [same] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(sql`lower(${departments.name}) = lower(${input.name})`)
    .limit(1);
  if (same && same.id !== id) fieldErrors.name = ["duplicateName"];
  const parent = await checkReference(
    tx,
    fieldErrors,
    "parentId",
    departments,
    input.parentId,
    "unknownDepartment",
  );
  if (parent && input.parentId && id && (await isInSubtree(tx, departments, id, input.parentId)))
    fieldErrors.parentId = ["parentCycle"];
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

const departmentConstraint = (constraint: string, code: string): Failure | undefined => {
  if (code === UNIQUE_VIOLATION && constraint === "departments_name_uq")
    return fail("VALIDATION", { name: ["duplicateName"] });
  if (constraint === "departments_not_own_parent") return fail("VALIDATION", { parentId: ["parentCycle"] });
  return undefined;
};

/** A new department (the area's directory of city units). */
export const createDepartment = command({
  action: "department.manage",
  schema: departmentInputSchema,
  onConstraint: departmentConstraint,
  run: async ({ tx, audit }, input) => {
    await checkDepartment(tx, input);
    const createdId = await insertRecord(tx, departments, columns(input));
    await audit(recordEvent("department", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

/** Renames or moves a department, if nobody saved it since the user read it. */
export const updateDepartment = command({
  action: "department.manage",
  schema: departmentUpdateSchema,
  onConstraint: departmentConstraint,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    // Department edits run one after another (a transaction-scoped advisory lock), so two
    // moves cannot each pass the cycle check and together close a loop.
    await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    await checkDepartment(tx, input, id);
    const updated = await versionedUpdate(tx, departments, id, version, columns(input));
    await audit(recordEvent("department", "update", id, await snapshot(tx, id), before));
    return updated;
  },
});
