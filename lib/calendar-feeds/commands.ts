import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeedTokens, networks } from "@/db/schema";
import { z } from "zod";
import { command, invalid, notFound } from "../command";
import { insertRecord, recordEvent } from "../record-writes";
import { feedTokenInputSchema, MAX_ACTIVE_FEEDS } from "./schema";
import { generateFeedToken, hashFeedToken } from "./token";
import { rowById } from "../record-reads";

// Each user manages only their own links: the policy says who may manage links at all, and
// every statement here is also restricted to the actor's user id.

/** The link as the audit log records it: never the token nor its hash. */
async function snapshot(tx: Db, id: string) {
  const [row] = await tx
    .select({
      scope: calendarFeedTokens.scope,
      networkId: calendarFeedTokens.networkId,
      network: networks.name,
      revokedAt: calendarFeedTokens.revokedAt,
    })
    .from(calendarFeedTokens)
    .leftJoin(networks, eq(networks.id, calendarFeedTokens.networkId))
    .where(eq(calendarFeedTokens.id, id))
    .limit(1);
  if (!row) return null;
  return {
    scope: row.scope,
    networkId: row.networkId,
    network: row.network,
    revoked: row.revokedAt !== null,
  };
}

/**
 * Creates a subscription link for the actor. The plain token is returned here once and never
 * again: only its hash is stored.
 */
export const createFeedToken = command({
  action: "calendar_feed.manage",
  schema: feedTokenInputSchema,
  run: async ({ tx, ctx, audit }, input) => {
    const userId = ctx.actor.userId;
    if (input.networkId) {
      if (!(await rowById(tx, networks, input.networkId, { id: networks.id })))
        throw invalid({ networkId: ["unknownNetwork"] });
    }
    const [active] = await tx
      .select({ n: count() })
      .from(calendarFeedTokens)
      .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_FEEDS) throw invalid({ _form: ["tooManyFeeds"] });
    const token = generateFeedToken();
    const createdId = await insertRecord(tx, calendarFeedTokens, {
      userId,
      tokenHash: hashFeedToken(token),
      scope: input.scope,
      networkId: input.networkId ?? null,
    });
    await audit(recordEvent("calendar_feed", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId, token };
  },
});

/**
 * Revokes one of the actor's own active links. Someone else's link, an unknown id and a link
 * already revoked are all NOT_FOUND (nothing tells whether another user's link exists).
 */
export const revokeFeedToken = command({
  action: "calendar_feed.manage",
  schema: z.unknown(),
  run: async ({ tx, ctx, audit }, _input, id: string) => {
    const before = await snapshot(tx, id);
    const [revoked] = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(calendarFeedTokens.id, id),
          eq(calendarFeedTokens.userId, ctx.actor.userId),
          isNull(calendarFeedTokens.revokedAt),
        ),
      )
      .returning({ id: calendarFeedTokens.id });
    if (!revoked) throw notFound();
    await audit(recordEvent("calendar_feed", "revoke", id, await snapshot(tx, id), before));
    return revoked;
  },
});
