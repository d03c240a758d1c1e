import "server-only";
import { assertCan } from "../auth/authorize";
import { can, scopeFor, type PolicyAction } from "../auth/policy";
import type { Actor } from "../auth/actor";
import { invalid, notFound } from "../command";
import type { ImportDefinition } from "./definition";

/**
 * Who may see or act on an import job. Administrators and coordinators (scope "any"): every
 * job. A head (scope "own_department"): the jobs they uploaded, which belong to their
 * department — the rows inside are checked one by one against the person's department. Anyone
 * else is refused by the policy (and the refusal audited). Another's job is NOT_FOUND, like a
 * record the actor cannot see.
 */
export function authorizeJob(actor: Actor, action: PolicyAction, job: { uploadedBy: string | null }): void {
  const scope = actor ? scopeFor(actor.role, action) : null;
  if (scope === "own_department" && job.uploadedBy !== actor.userId) throw notFound();
  assertCan(actor, action, scope === "own_department" ? { departmentId: actor.departmentId } : undefined);
}

/** The policy check before any job is read or created (the role may import at all). */
export function authorizeImports(actor: Actor, action: PolicyAction): void {
  const scope = actor ? scopeFor(actor.role, action) : null;
  assertCan(actor, action, scope === "own_department" ? { departmentId: actor.departmentId } : undefined);
}

/** A head lists only their own jobs; null means every job. */
export function jobOwnerFilter(actor: Actor, action: PolicyAction): string | null {
  return scopeFor(actor.role, action) === "any" ? null : actor.userId;
}

/**
 * Whether the actor may import into a table: administrators and coordinators (scope "any") the
 * tables whose records they may write; a head only the tables checked row by row against their
 * department (people, assignments).
 */
export function mayImportTable(
  actor: Actor,
  definition: Pick<ImportDefinition, "action" | "scoped">,
): boolean {
  const scope = actor ? scopeFor(actor.role, "import.run") : null;
  if (!scope) return false;
  return scope === "any" ? can(actor, definition.action) : definition.scoped;
}

/** Refuses, as the upload form's field error, a table the actor may not import into. */
export function assertMayImportTable(
  actor: Actor,
  definition: Pick<ImportDefinition, "action" | "scoped">,
): void {
  if (!mayImportTable(actor, definition)) throw invalid({ table: ["import.errors.tableNotAllowed"] });
}
