import "server-only";
import { count, eq } from "drizzle-orm";
import { userPasskeys, userRecoveryCodes, userTotp, users } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, ok, ResultError, type Result } from "../../result";
import { isUuid } from "../../validation/fields";
import { runWrite } from "../../write";
import { denied } from "../authorize";
import { endUserSessions } from "../user-sessions";
import { accountFactors, type AccountFactors } from "./factors";
import { requireRecentSecondFactor } from "./step-up";

/**
 * An administrator's view of a user's second factors, and their reset ("user.manage"): for
 * someone who lost their phone and their recovery codes. The reset deletes the authenticator
 * app, the recovery codes and the passkeys, and ends every session of the user (they sign in
 * with their password and, if their role requires it, enrol a new factor).
 */

export async function userSecondFactors(ctx: Ctx, userId: string): Promise<Result<AccountFactors>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  if (!isUuid(userId)) return fail("NOT_FOUND");
  return ok(await accountFactors(ctx.db, userId));
}

export async function resetUserSecondFactor(
  ctx: Ctx,
  userId: string,
  raw: FormData | Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string; sessionsEnded: number }>> {
  const refusal = denied(ctx.actor, "user.manage");
  if (refusal) return refusal;
  if (!isUuid(userId)) return fail("NOT_FOUND");
  const confirm = raw instanceof FormData ? raw.get("confirm") : raw.confirm;
  if (confirm !== "yes") return fail("VALIDATION", { confirm: ["resetConfirmRequired"] });
  // One's own factors are managed in Mi cuenta (with one's own code).
  if (userId === ctx.actor.userId) return fail("VALIDATION", { _form: ["cannotResetOwnSecondFactor"] });
  const stepUp = await requireRecentSecondFactor(ctx, now);
  if (stepUp) return stepUp;
  return runWrite(ctx, async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new ResultError(fail("NOT_FOUND"));
    const before = await accountFactors(tx, userId);
    const [codes] = await tx
      .select({ n: count() })
      .from(userRecoveryCodes)
      .where(eq(userRecoveryCodes.userId, userId));
    await tx.delete(userTotp).where(eq(userTotp.userId, userId));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    await tx.delete(userPasskeys).where(eq(userPasskeys.userId, userId));
    const sessionsEnded = await endUserSessions(tx, userId, "second_factor_reset", { now });
    await recordAudit(tx, ctx.actor, {
      action: "user.second_factor_reset",
      entityType: "user",
      entityId: userId,
      before: { totp: before.totp, passkeys: before.passkeys, recoveryCodes: Number(codes?.n ?? 0) },
      after: { totp: "none", passkeys: 0, recoveryCodes: 0 },
      metadata: { sessionsEnded },
    });
    return { id: userId, sessionsEnded };
  });
}
