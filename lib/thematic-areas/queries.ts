import { asc } from "drizzle-orm";
import { thematicAreas } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";

/** The city's thematic areas, for filters and pickers. */
export async function listThematicAreas(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "network.read");
  return ctx.db
    .select({ id: thematicAreas.id, name: thematicAreas.name })
    .from(thematicAreas)
    .orderBy(asc(thematicAreas.name));
}
