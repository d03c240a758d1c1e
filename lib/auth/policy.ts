import { APP_ROLES, type AppRole } from "@/db/schema/values";
import type { Actor } from "./actor";

/**
 * The one policy table: action × role → scope. Deny by default: a role absent from an
 * action's row may not do it at all.
 *   any            — every record
 *   own_department — records of the actor's department (a head's staff, assignments, …)
 *   own            — records linked to the actor's own person (a technical user's things)
 * lib/ can only check actions named here (the type system refuses others), and
 * tests/unit/policy.test.ts spells out the expected answer for every role × action.
 */
export type Scope = "any" | "own_department" | "own";

const everyone = { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" } as const;
const editors = { admin: "any", coordinator: "any" } as const;

export const POLICY = {
  "network.read": everyone,
  "network.create": editors,
  "network.update": editors,
  "network.archive": editors,
  "body.manage": editors,
  "seat.manage": editors,
  "thematic_area.manage": editors,
  "meeting.read": everyone,
  "meeting.manage": editors,
  /** Confirming or declining one's own place in a meeting's delegation (own = the row's person). */
  "meeting.attendance.own": { admin: "any", coordinator: "any", technical: "own" },
  "commitment.read": everyone,
  /** Create and edit any commitment (owner, due date, meeting, …). */
  "commitment.manage": editors,
  /** Change only the status and notes of a commitment; technical staff, of the ones they own. */
  "commitment.progress": { admin: "any", coordinator: "any", technical: "own" },
  "assignment.read": everyone,
  /**
   * Create, edit and end technical assignments. A head, only those of their own department's
   * people (the assigned person's department; an edit checks the current and the new person).
   */
  "assignment.manage": { admin: "any", coordinator: "any", head: "own_department" },
  /**
   * Write a participation update on an assignment (which also stamps its "last updated"):
   * technical staff on their own assignments (the assignment's person), a head on those of
   * their department's people.
   */
  "participation.create": { admin: "any", coordinator: "any", head: "own_department", technical: "own" },
  /** Create and edit people (the directory of authorities, area staff and technical staff). */
  "person.manage": editors,
  /** Link a person to a user account (or unlink it). */
  "person.link_user": { admin: "any" },
  /** Create and edit departments of the city government. */
  "department.manage": editors,
  /** The change history shown on a record's own page (who changed what, when). */
  "history.read": everyone,
  /** The whole audit log, sign-ins and denials included. */
  "audit.read": { admin: "any" },
  /** The panel (dashboard at /). */
  "panel.read": everyone,
  /**
   * Whose figures the panel shows: any department or the whole city; a head, only their own
   * department (a request for another one is clamped to theirs, lib/panel/scope.ts).
   */
  "panel.any_department": {
    admin: "any",
    coordinator: "any",
    head: "own_department",
    technical: "any",
    viewer: "any",
  },
  /** One's own account (/cuenta): change one's password, sign out everywhere (lib/users/account.ts). */
  "account.manage": everyone,
  /** User accounts: create, change role/department/person, deactivate, reset a password. */
  "user.manage": { admin: "any" },
  /** One's own calendar subscription links (lib/calendar-feeds enforces "own" by user id). */
  "calendar_feed.manage": everyone,
  /**
   * Spreadsheet imports (lib/import): the history and a job's preview and report. A head sees
   * only the jobs they uploaded (lib/import/access.ts).
   */
  "import.read": { admin: "any", coordinator: "any", head: "own_department" },
  /**
   * Upload, validate and commit an import. A head imports only their own department's people
   * (and assignments): checked row by row, a row of another department is that row's error.
   */
  "import.run": { admin: "any", coordinator: "any", head: "own_department" },
  /** Undo a committed import (a head, only their own). */
  "import.undo": { admin: "any", coordinator: "any", head: "own_department" },
} as const satisfies Record<string, Partial<Record<AppRole, Scope>>>;

export type PolicyAction = keyof typeof POLICY;

export const POLICY_ACTIONS = Object.keys(POLICY) as PolicyAction[];
export const ROLES: readonly AppRole[] = APP_ROLES;

/** What a scoped check compares with the actor: the record's department and/or person. */
export interface ResourceOwner {
  departmentId?: string | null;
  personId?: string | null;
}

export function scopeFor(role: AppRole, action: PolicyAction): Scope | null {
  const row: Partial<Record<AppRole, Scope>> = POLICY[action];
  return row[role] ?? null;
}

export function can(actor: Actor | null, action: PolicyAction, owner?: ResourceOwner): boolean {
  if (!actor) return false;
  const scope = scopeFor(actor.role, action);
  switch (scope) {
    case "any":
      return true;
    case "own_department":
      return !!actor.departmentId && owner?.departmentId === actor.departmentId;
    case "own":
      return !!actor.personId && owner?.personId === actor.personId;
    default:
      return false;
  }
}
