import "server-only";
import { assertCan } from "../auth/authorize";
import { scopeFor, type PolicyAction } from "../auth/policy";
import type { Actor } from "../auth/actor";
import { notFound } from "../command";

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
