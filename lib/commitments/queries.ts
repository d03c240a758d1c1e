import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { commitments, departments, people } from "@/db/schema";
import type { CommitmentStatus } from "@/db/schema/values";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";

export interface OpenCommitment {
  id: string;
  title: string;
  owner: string;
  department: string | null;
  dueOn: string | null;
  status: CommitmentStatus;
  overdue: boolean;
}

/** A network's commitments still to do: overdue first, then by due date. */
export async function networkOpenCommitments(
  ctx: Ctx,
  networkId: string,
  today = todayInBuenosAires(),
): Promise<OpenCommitment[]> {
  assertCan(ctx.actor, "commitment.read");
  const rows = await ctx.db
    .select({
      id: commitments.id,
      title: commitments.title,
      owner: people.fullName,
      department: sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`,
      dueOn: commitments.dueOn,
      status: commitments.status,
    })
    .from(commitments)
    .innerJoin(people, eq(people.id, commitments.ownerPersonId))
    .leftJoin(departments, eq(departments.id, commitments.departmentId))
    .where(and(eq(commitments.networkId, networkId), inArray(commitments.status, ["open", "in_progress"])))
    .orderBy(asc(sql`${commitments.dueOn} is null`), asc(commitments.dueOn), asc(commitments.title));
  return rows.map((r) => ({ ...r, overdue: r.dueOn !== null && r.dueOn < today }));
}
