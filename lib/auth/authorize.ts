import { fail, ResultError, type Failure } from "../result";
import type { Actor } from "./actor";
import { reportDenial } from "./denials";
import { can, scopeFor, type PolicyAction, type ResourceOwner } from "./policy";

/** The FORBIDDEN failure when the policy denies the action, else null. A refusal is audited. */
export function denied(actor: Actor | null, action: PolicyAction, owner?: ResourceOwner): Failure | null {
  if (can(actor, action, owner)) return null;
  if (!actor) return fail("UNAUTHENTICATED");
  // "role": the role may not do this at all; "scope": not on this record (another department, someone else's).
  reportDenial(actor, action, scopeFor(actor.role, action) ? "scope" : "role");
  return fail("FORBIDDEN");
}

/** For queries: throws (as a ResultError) when the policy denies the action. */
export function assertCan(actor: Actor | null, action: PolicyAction, owner?: ResourceOwner): void {
  const failure = denied(actor, action, owner);
  if (failure) throw new ResultError(failure);
}
