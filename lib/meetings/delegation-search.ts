import "server-only";
import { and, eq, notExists } from "drizzle-orm";
import { delegationMembers, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { peopleMatching } from "../people/search";
import type { SearchChoice } from "../search/choices";
import { isUuid } from "../validation/fields";

/**
 * The person to add to a meeting's delegation, searched as the user types among the people not
 * in it yet (`meetingId`; without one, anybody). Who may search: whoever manages meetings.
 */
export async function searchDelegationCandidates(
  ctx: Ctx,
  query: string,
  meetingId?: string,
): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "meeting.manage");
  const notInDelegation =
    meetingId && isUuid(meetingId)
      ? notExists(
          ctx.db
            .select({ one: delegationMembers.id })
            .from(delegationMembers)
            .where(
              and(eq(delegationMembers.meetingId, meetingId), eq(delegationMembers.personId, people.id)),
            ),
        )
      : undefined;
  return peopleMatching(ctx.db, query, notInDelegation);
}
