import { fail, ResultError, type Failure } from "../result";
import type { Actor } from "./actor";
import { can, type PolicyAction, type ResourceOwner } from "./policy";

/** The FORBIDDEN failure when the policy denies the action, else null. */
export function denied(actor: Actor | null, action: PolicyAction, owner?: ResourceOwner): Failure | null {
  return can(actor, action, owner) ? null : fail(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
}

/** For queries: throws (as a ResultError) when the policy denies the action. */
export function assertCan(actor: Actor | null, action: PolicyAction, owner?: ResourceOwner): void {
  const failure = denied(actor, action, owner);
  if (failure) throw new ResultError(failure);
}
