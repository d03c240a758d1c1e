import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can, POLICY, POLICY_ACTIONS, ROLES, scopeFor, type PolicyAction } from "@/lib/auth/policy";
import type { AppRole } from "@/db/schema/values";

/**
 * The expected answer for every role × action, written out by hand. Adding an action to
 * the policy without adding it here fails the "covers every action" test, so nobody can
 * grant or forget a permission silently.
 */
const EXPECTED: Record<PolicyAction, Record<AppRole, "any" | "own_department" | "own" | null>> = {
  "network.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "network.create": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "network.update": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "network.archive": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "body.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "seat.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "thematic_area.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "meeting.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "meeting.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "meeting.attendance.own": { admin: "any", coordinator: "any", head: null, technical: "own", viewer: null },
  "commitment.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "commitment.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "commitment.progress": { admin: "any", coordinator: "any", head: null, technical: "own", viewer: null },
  "assignment.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "assignment.manage": {
    admin: "any",
    coordinator: "any",
    head: "own_department",
    technical: null,
    viewer: null,
  },
  "participation.create": {
    admin: "any",
    coordinator: "any",
    head: "own_department",
    technical: "own",
    viewer: null,
  },
  "person.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "person.link_user": { admin: "any", coordinator: null, head: null, technical: null, viewer: null },
  "department.manage": { admin: "any", coordinator: "any", head: null, technical: null, viewer: null },
  "history.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "audit.read": { admin: "any", coordinator: null, head: null, technical: null, viewer: null },
  "panel.read": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "panel.any_department": {
    admin: "any",
    coordinator: "any",
    head: "own_department",
    technical: "any",
    viewer: "any",
  },
  "account.manage": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "user.manage": { admin: "any", coordinator: null, head: null, technical: null, viewer: null },
  "calendar_feed.manage": { admin: "any", coordinator: "any", head: "any", technical: "any", viewer: "any" },
  "import.read": { admin: "any", coordinator: "any", head: "own_department", technical: null, viewer: null },
  "import.run": { admin: "any", coordinator: "any", head: "own_department", technical: null, viewer: null },
  "import.undo": { admin: "any", coordinator: "any", head: "own_department", technical: null, viewer: null },
};

const actor = (
  role: AppRole,
  departmentId: string | null = "dep-a",
  personId: string | null = "person-a",
): Actor => ({
  userId: `user-${role}`,
  email: `${role}@example.test`,
  name: role,
  role,
  departmentId,
  personId,
});

describe("policy table", () => {
  it("covers every action with an expectation, and nothing more", () => {
    expect(new Set(POLICY_ACTIONS)).toEqual(new Set(Object.keys(EXPECTED)));
  });

  for (const action of Object.keys(EXPECTED) as PolicyAction[]) {
    for (const role of ROLES) {
      const expected = EXPECTED[action][role];
      it(`${role} → ${action}: ${expected ?? "denied"}`, () => {
        expect(scopeFor(role, action)).toBe(expected);
        const own = { departmentId: "dep-a", personId: "person-a" };
        const other = { departmentId: "dep-b", personId: "person-b" };
        if (expected === "any") {
          expect(can(actor(role), action)).toBe(true);
          expect(can(actor(role), action, other)).toBe(true);
        } else if (expected === "own_department") {
          expect(can(actor(role), action, own)).toBe(true);
          expect(can(actor(role), action, other)).toBe(false);
          expect(can(actor(role, null), action, { departmentId: null })).toBe(false);
        } else if (expected === "own") {
          expect(can(actor(role), action, own)).toBe(true);
          expect(can(actor(role), action, other)).toBe(false);
          expect(can(actor(role, "dep-a", null), action, { personId: null })).toBe(false);
        } else {
          expect(can(actor(role), action)).toBe(false);
          expect(can(actor(role), action, own)).toBe(false);
        }
      });
    }
  }

  it("denies everything to an anonymous caller", () => {
    for (const action of POLICY_ACTIONS) expect(can(null, action)).toBe(false);
  });

  it("only uses known roles and scopes", () => {
    for (const row of Object.values(POLICY)) {
      for (const [role, scope] of Object.entries(row)) {
        expect(ROLES).toContain(role);
        expect(["any", "own_department", "own"]).toContain(scope);
      }
    }
  });
});
