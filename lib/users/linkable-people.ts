import "server-only";
import { and, eq, ne, notExists, type SQL } from "drizzle-orm";
import { people, users } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { peopleMatching } from "../people/search";
import type { SearchChoice } from "../search/choices";
import { isUuid } from "../validation/fields";

/**
 * The user form's linked person, searched as the user types among the people no other account
 * is linked to (a person has at most one account; `accountId`, the edited account, keeps its
 * own person findable). Who may search: whoever manages accounts.
 */
export async function searchPeopleWithoutAccount(
  ctx: Ctx,
  query: string,
  accountId?: string,
): Promise<SearchChoice[]> {
  assertCan(ctx.actor, "user.manage");
  const linked: SQL[] = [eq(users.personId, people.id)];
  if (accountId && isUuid(accountId)) linked.push(ne(users.id, accountId));
  const unlinked = notExists(
    ctx.db
      .select({ one: users.id })
      .from(users)
      .where(and(...linked)),
  );
  return peopleMatching(ctx.db, query, unlinked);
}
