import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import { scopeFor } from "../auth/policy";
import type { Ctx } from "../context";
import { peopleMatching, personAsChoice } from "../people/search";
import type { SearchChoice } from "../search/choices";

/**
 * The people the actor may assign, as a condition on people: everyone for coordinators and
 * admins, a head's own department's people (assignment.manage, own_department). Anyone else
 * is refused (and the refusal audited).
 */
function assignable(ctx: Ctx): SQL | undefined {
  assertCan(ctx.actor, "assignment.manage", { departmentId: ctx.actor?.departmentId ?? undefined });
  if (scopeFor(ctx.actor!.role, "assignment.manage") === "any") return undefined;
  return ctx.actor!.departmentId ? eq(people.departmentId, ctx.actor!.departmentId) : sql`false`;
}

/** The assignment form's person, searched as the user types among the people the actor may assign. */
export async function searchAssignablePeople(ctx: Ctx, query: string): Promise<SearchChoice[]> {
  return peopleMatching(ctx.db, query, assignable(ctx));
}

/** The person a new assignment starts with (`?persona=`), when the actor may assign them; else null. */
export async function assignablePersonChoice(ctx: Ctx, id: string | undefined): Promise<SearchChoice | null> {
  return personAsChoice(ctx.db, id, assignable(ctx));
}
