import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import { serverNewPasswordSchema } from "../auth/common-passwords";
import { hashPassword, verifyPassword } from "../auth/password";
import { endUserSessions } from "../auth/user-sessions";
import type { NewPasswordInput } from "../auth/password-policy";
import { admitAttempt, settleSuccess, throttleKeys } from "../auth/throttle";
import type { Ctx } from "../context";
import { fail, ResultError, type Result } from "../result";
import { formDataToObject, toFieldErrors } from "../validation/form-data";
import { runWrite } from "../write";

/**
 * The signed-in user's own password (/cuenta). A change ends every session of the user (this
 * browser's too: the caller signs it in again) and cuts the calendar links. The user's
 * sessions themselves are lib/users/sessions.ts.
 */

const parseForm = (raw: FormData | Record<string, unknown>) =>
  raw instanceof FormData ? formDataToObject(raw) : raw;

/**
 * Changes the actor's password: the current one is required (a wrong one counts towards the
 * account's sign-in throttle, so an open session cannot be used to guess it); the new one
 * follows the password policy and may not be the current one. Clears a reset's "must change"
 * flag and ends every other session.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
  { now = new Date() }: { now?: Date } = {},
): Promise<Result<{ forced: boolean }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const { actor } = ctx;
  const parsed = serverNewPasswordSchema({ email: actor.email, name: actor.name }, true).safeParse(
    parseForm(raw),
  );
  if (!parsed.success) return fail("VALIDATION", toFieldErrors(parsed.error));
  const { currentPassword = "", newPassword } = parsed.data as NewPasswordInput;

  const keys = throttleKeys(actor.email, null);
  if (!(await admitAttempt(ctx.db, keys, now)).ok) {
    return fail("VALIDATION", { currentPassword: ["currentThrottled"] });
  }
  const [stored] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!stored) return fail("UNAUTHENTICATED");
  if (!stored.passwordHash || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    await recordAudit(ctx.db, actor, {
      action: "user.change_password_failed",
      entityType: "user",
      entityId: actor.userId,
      metadata: { reason: "wrong_password" },
    });
    return fail("VALIDATION", { currentPassword: ["currentWrong"] });
  }
  await settleSuccess(ctx.db, keys);
  if (newPassword === currentPassword) {
    return fail("VALIDATION", { newPassword: ["passwordSameAsCurrent"] });
  }
  const passwordHash = await hashPassword(newPassword);
  return runWrite(ctx, async (tx) => {
    const [before] = await tx
      .select({ mustChangePassword: users.mustChangePassword })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!before) throw new ResultError(fail("UNAUTHENTICATED"));
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordExpiresAt: null,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, actor.userId));
    await endUserSessions(tx, actor.userId, "password_changed");
    await recordAudit(tx, actor, {
      action: "user.change_password",
      entityType: "user",
      entityId: actor.userId,
      metadata: { forced: before.mustChangePassword, sessionsEnded: true },
    });
    return { forced: before.mustChangePassword };
  });
}
