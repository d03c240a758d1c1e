import "server-only";
import { and, eq } from "drizzle-orm";
import { listPreferences } from "@/db/schema";
import type { Ctx } from "../context";
import { LIST_KEY } from "./schema";

/** The columns the acting user hides in a list (none until they choose). */
export async function hiddenColumns(ctx: Ctx, listKey: string): Promise<string[]> {
  if (!LIST_KEY.test(listKey)) return [];
  const [row] = await ctx.db
    .select({ hidden: listPreferences.hiddenColumns })
    .from(listPreferences)
    .where(and(eq(listPreferences.userId, ctx.actor.userId), eq(listPreferences.listKey, listKey)))
    .limit(1);
  return row?.hidden ?? [];
}
