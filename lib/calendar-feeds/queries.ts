import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { calendarFeedTokens, networks } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import type { FeedScope } from "./schema";
import { ref } from "../refs";

/** One of the actor's subscription links as the page shows it: no token, no hash. */
export interface FeedTokenRow {
  id: string;
  scope: FeedScope;
  network: { id: string; name: string } | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The actor's active links, newest first. */
export async function listMyFeedTokens(ctx: Ctx): Promise<FeedTokenRow[]> {
  assertCan(ctx.actor, "calendar_feed.manage");
  const rows = await ctx.db
    .select({
      id: calendarFeedTokens.id,
      scope: calendarFeedTokens.scope,
      networkId: calendarFeedTokens.networkId,
      networkName: networks.name,
      createdAt: calendarFeedTokens.createdAt,
      lastUsedAt: calendarFeedTokens.lastUsedAt,
    })
    .from(calendarFeedTokens)
    .leftJoin(networks, eq(networks.id, calendarFeedTokens.networkId))
    .where(and(eq(calendarFeedTokens.userId, ctx.actor.userId), isNull(calendarFeedTokens.revokedAt)))
    .orderBy(desc(calendarFeedTokens.createdAt), asc(calendarFeedTokens.id));
  return rows.map((row) => ({
    id: row.id,
    scope: row.scope,
    network: ref(row.networkId, row.networkName),
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
  }));
}

/** Networks a link can be limited to (archived ones still have meetings, so they are listed last). */
export async function feedNetworkOptions(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, "network.read");
  return ctx.db
    .select({ id: networks.id, name: networks.name })
    .from(networks)
    .orderBy(asc(sql`${networks.archivedAt} IS NOT NULL`), asc(sql`lower(${networks.name})`));
}
