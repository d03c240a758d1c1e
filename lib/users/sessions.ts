import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { userSessions, users } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import { sessionPolicy } from "../auth/session-policy";
import { endUserSessions, openSessions, type SessionSummary } from "../auth/user-sessions";
import type { Ctx } from "../context";
import { fail, ok, ResultError, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { runWrite } from "../write";

/**
 * A user's open sessions, listed and closed: one's own in Mi cuenta ("account.manage", only
 * the actor's own rows), any user's by an administrator ("user.manage"). Every close is one
 * transaction with its audit event.
 */

const idleSeconds = () => sessionPolicy().idleSeconds;

/** The actor's own open sessions, this one marked. */
export async function listOwnSessions(ctx: Ctx): Promise<Result<SessionSummary[]>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  return ok(
    await openSessions(ctx.db, ctx.actor.userId, {
      currentId: ctx.actor.session?.id,
      idleSeconds: idleSeconds(),
    }),
  );
}

/** Closes one of the actor's own sessions (another device); NOT_FOUND for anybody else's. */
export async function closeOwnSession(ctx: Ctx, sessionId: unknown): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  return closeSession(ctx, ctx.actor.userId, sessionId, "closed_by_user", "user.session_close");
}

/** "Cerrar las demás sesiones": every other session of the actor ends; this one stays. */
export async function closeOtherOwnSessions(ctx: Ctx): Promise<Result<{ ended: number }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const keep = ctx.actor.session?.id;
  return runWrite(ctx, async (tx) => {
    const ended = await endUserSessions(tx, ctx.actor.userId, "closed_by_user", { keep });
    await recordAudit(tx, ctx.actor, {
      action: "user.sessions_close_others",
      entityType: "user",
      entityId: ctx.actor.userId,
      metadata: { ended },
    });
    return { ended };
  });
}

/** An administrator's view of a user's open sessions. */
export async function listUserSessions(ctx: Ctx, userId: string): Promise<Result<SessionSummary[]>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  if (!isUuid(userId)) return fail("NOT_FOUND");
  return ok(
    await openSessions(ctx.db, userId, { currentId: ctx.actor.session?.id, idleSeconds: idleSeconds() }),
  );
}

/** An administrator closes one session of a user. */
export async function closeUserSession(
  ctx: Ctx,
  userId: string,
  sessionId: unknown,
): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  return closeSession(ctx, userId, sessionId, "closed_by_admin", "user.session_close");
}

/** An administrator ends every session of a user (and their calendar links). */
export async function closeAllUserSessions(ctx: Ctx, userId: string): Promise<Result<{ ended: number }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  if (!isUuid(userId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new ResultError(fail("NOT_FOUND"));
    const ended = await endUserSessions(tx, userId, "closed_by_admin");
    await recordAudit(tx, ctx.actor, {
      action: "user.sessions_close_all",
      entityType: "user",
      entityId: userId,
      metadata: { ended },
    });
    return { ended };
  });
}

async function closeSession(
  ctx: Ctx,
  userId: string,
  sessionId: unknown,
  reason: "closed_by_user" | "closed_by_admin",
  action: string,
): Promise<Result<{ id: string }>> {
  if (!isUuid(userId) || typeof sessionId !== "string" || !isUuid(sessionId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    const [ended] = await tx
      .update(userSessions)
      .set({ endedAt: new Date(), endReason: reason })
      .where(
        and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)),
      )
      .returning({ id: userSessions.id });
    if (!ended) throw new ResultError(fail("NOT_FOUND"));
    await recordAudit(tx, ctx.actor, {
      action,
      entityType: "user",
      entityId: userId,
      metadata: { sessionId, reason },
    });
    return ended;
  });
}
