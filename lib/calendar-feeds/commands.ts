import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeedTokens, networks } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { fail, ResultError, type Result } from "../result";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { isUuid } from "../validation/fields";
import { runWrite } from "../write";
import { feedTokenInputSchema, MAX_ACTIVE_FEEDS } from "./schema";
import { generateFeedToken, hashFeedToken } from "./token";

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

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

/**
 * Creates a subscription link for the actor. The plain token is returned here once and never
 * again: only its hash is stored.
 */
export async function createFeedToken(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
): Promise<Result<{ id: string; token: string }>> {
  const refusal = denied(ctx.actor, "calendar_feed.manage");
  if (refusal) return refusal;
  const parsed = feedTokenInputSchema.safeParse(parseForm(raw));
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const input = parsed.data;
  const userId = ctx.actor.userId;

  return runWrite(ctx, async (tx) => {
    if (input.networkId) {
      const [network] = await tx
        .select({ id: networks.id })
        .from(networks)
        .where(eq(networks.id, input.networkId));
      if (!network) throw new ResultError(fail("VALIDATION", { networkId: ["unknownNetwork"] }));
    }
    const [active] = await tx
      .select({ n: count() })
      .from(calendarFeedTokens)
      .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
    if ((active?.n ?? 0) >= MAX_ACTIVE_FEEDS) {
      throw new ResultError(fail("VALIDATION", { _form: ["tooManyFeeds"] }));
    }
    const token = generateFeedToken();
    const [created] = await tx
      .insert(calendarFeedTokens)
      .values({
        userId,
        tokenHash: hashFeedToken(token),
        scope: input.scope,
        networkId: input.networkId ?? null,
      })
      .returning({ id: calendarFeedTokens.id });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, ctx.actor, {
      action: "calendar_feed.create",
      entityType: "calendar_feed",
      entityId: created.id,
      after: await snapshot(tx, created.id),
    });
    return { id: created.id, token };
  });
}

/**
 * Revokes one of the actor's own active links. Someone else's link, an unknown id and a link
 * already revoked are all NOT_FOUND (nothing tells whether another user's link exists).
 */
export async function revokeFeedToken(ctx: Ctx, id: string): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "calendar_feed.manage");
  if (refusal) return refusal;
  if (!isUuid(id)) return fail("NOT_FOUND");
  const userId = ctx.actor.userId;

  return runWrite(ctx, async (tx) => {
    const before = await snapshot(tx, id);
    const [revoked] = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(calendarFeedTokens.id, id),
          eq(calendarFeedTokens.userId, userId),
          isNull(calendarFeedTokens.revokedAt),
        ),
      )
      .returning({ id: calendarFeedTokens.id });
    if (!revoked) throw new ResultError(fail("NOT_FOUND"));
    await recordAudit(tx, ctx.actor, {
      action: "calendar_feed.revoke",
      entityType: "calendar_feed",
      entityId: id,
      before,
      after: await snapshot(tx, id),
    });
    return revoked;
  });
}
