import "server-only";
import { command } from "../command";
import { listPreferences } from "@/db/schema";
import { hiddenColumnsSchema } from "./schema";

/**
 * Remembers which columns the acting user hides in a list. Always their own preference: the
 * user comes from the session, never from the request.
 */
export const saveHiddenColumns = command({
  action: "account.manage",
  schema: hiddenColumnsSchema,
  run: async ({ tx, ctx, audit }, { listKey, hidden }) => {
    const columns = [...new Set(hidden)].sort();
    await tx
      .insert(listPreferences)
      .values({ userId: ctx.actor.userId, listKey, hiddenColumns: columns })
      .onConflictDoUpdate({
        target: [listPreferences.userId, listPreferences.listKey],
        set: { hiddenColumns: columns, updatedAt: new Date() },
      });
    await audit({
      action: "list_preferences.update",
      entityType: "user",
      entityId: ctx.actor.userId,
      after: { list: listKey, hiddenColumns: columns },
    });
    return { hidden: columns };
  },
});
