import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { userSessions, users } from "@/db/schema";
import { z } from "zod";
import { denied } from "../auth/authorize";
import { sessionPolicy } from "../auth/session-policy";
import { endUserSessions, openSessions, type SessionSummary } from "../auth/user-sessions";
import type { Ctx } from "../context";
import { command, notFound, type WriteScope } from "../command";
import { fail, ok, type Result } from "../result";
import { isUuid } from "../validation/fields";

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

/** Commands with nothing to read from the form: only the route's ids. */
const noInput = z.unknown();

/** Ends one open session of `userId`; an unknown, ended or someone else's session is NOT_FOUND. */
async function endSession(
  { tx, audit }: WriteScope,
  userId: string,
  sessionId: string,
  reason: "closed_by_user" | "closed_by_admin",
) {
  const [ended] = await tx
    .update(userSessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  if (!ended) throw notFound();
  await audit({
    action: "user.session_close",
    entityType: "user",
    entityId: userId,
    metadata: { sessionId, reason },
  });
  return ended;
}

/** Closes one of the actor's own sessions (another device); NOT_FOUND for anybody else's. */
export const closeOwnSession = command({
  action: "account.manage",
  schema: noInput,
  run: (scope, _input, sessionId: string) =>
    endSession(scope, scope.ctx.actor.userId, sessionId, "closed_by_user"),
});

/** "Cerrar las demás sesiones": every other session of the actor ends; this one stays. */
export const closeOtherOwnSessions = command({
  action: "account.manage",
  schema: noInput,
  run: async ({ tx, ctx, audit }) => {
    const ended = await endUserSessions(tx, ctx.actor.userId, "closed_by_user", {
      keep: ctx.actor.session?.id,
    });
    await audit({
      action: "user.sessions_close_others",
      entityType: "user",
      entityId: ctx.actor.userId,
      metadata: { ended },
    });
    return { ended };
  },
});

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
export const closeUserSession = command({
  action: "user.manage",
  schema: noInput,
  run: (scope, _input, userId: string, sessionId: string) =>
    endSession(scope, userId, sessionId, "closed_by_admin"),
});

/** An administrator ends every session of a user (and their calendar links). */
export const closeAllUserSessions = command({
  action: "user.manage",
  schema: noInput,
  run: async ({ tx, audit }, _input, userId: string) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound();
    const ended = await endUserSessions(tx, userId, "closed_by_admin");
    await audit({
      action: "user.sessions_close_all",
      entityType: "user",
      entityId: userId,
      metadata: { ended },
    });
    return { ended };
  },
});
