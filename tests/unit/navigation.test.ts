import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AppRole } from "@/db/schema/values";
import { homePathFor, navigationFor } from "@/lib/navigation";

const actor = (role: AppRole, personId: string | null = "6f1c2d3e-0000-4000-8000-000000000001"): Actor => ({
  userId: "6f1c2d3e-0000-4000-8000-0000000000aa",
  email: `${role}@redes.local`,
  name: role,
  role,
  departmentId: null,
  personId,
});

describe("each role's start page", () => {
  it("is Mi participación for technical staff linked to a person, the panel for every other role", () => {
    expect(homePathFor(actor("technical"))).toBe("/mi-participacion");
    for (const role of ["admin", "coordinator", "head", "viewer"] as const) {
      expect(homePathFor(actor(role)), role).toBe("/");
    }
  });

  it("stays the panel for a technical account with no person (its Mi participación would be empty)", () => {
    expect(homePathFor(actor("technical", null))).toBe("/");
    expect(navigationFor(actor("technical", null)).map((s) => s.href)).toContain("/");
  });

  it("leads the navigation: technical staff see Mi participación first and no panel link that would only send them back", () => {
    const technical = navigationFor(actor("technical")).map((s) => s.href);
    expect(technical[0]).toBe("/mi-participacion");
    expect(technical).not.toContain("/");
    for (const role of ["admin", "coordinator", "head", "viewer"] as const) {
      expect(navigationFor(actor(role))[0]?.href, role).toBe("/");
    }
  });
});
