import "server-only";
import { and, eq } from "drizzle-orm";
import { userPasskeys, users } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, ok, ResultError, type Result } from "../../result";
import { isUuid } from "../../validation/fields";
import { runWrite } from "../../write";
import { denied } from "../authorize";
import { secondFactorRequiredRoles } from "../session-policy";
import { passkeyFailure } from "./failures";
import { passkeyNameSchema } from "./schemas";
import { otherFactors, passkeysOf, type PasskeySummary } from "./store";

/**
 * One's own passkeys in Mi cuenta ("account.manage"): listed, renamed, removed. Only the
 * actor's own rows: anybody else's passkey is NOT_FOUND (nothing says it exists).
 */

export async function listOwnPasskeys(ctx: Ctx): Promise<Result<PasskeySummary[]>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  return ok(await passkeysOf(ctx.db, ctx.actor.userId));
}

export async function renamePasskey(
  ctx: Ctx,
  passkeyId: unknown,
  input: { name: unknown },
): Promise<Result<{ id: string; name: string }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  if (typeof passkeyId !== "string" || !isUuid(passkeyId)) return fail("NOT_FOUND");
  const named = passkeyNameSchema.safeParse(input);
  if (!named.success) return fail("VALIDATION", { name: named.error.issues.map((issue) => issue.message) });
  return runWrite(ctx, async (tx) => {
    const [before] = await tx
      .select({ name: userPasskeys.name })
      .from(userPasskeys)
      .where(and(eq(userPasskeys.id, passkeyId), eq(userPasskeys.userId, ctx.actor.userId)));
    if (!before) throw new ResultError(fail("NOT_FOUND"));
    const [row] = await tx
      .update(userPasskeys)
      .set({ name: named.data.name })
      .where(and(eq(userPasskeys.id, passkeyId), eq(userPasskeys.userId, ctx.actor.userId)))
      .returning({ id: userPasskeys.id, name: userPasskeys.name });
    if (!row) throw new ResultError(fail("NOT_FOUND"));
    await recordAudit(tx, ctx.actor, {
      action: "user.passkey_rename",
      entityType: "user",
      entityId: ctx.actor.userId,
      before: { passkeyId, name: before.name },
      after: { passkeyId, name: row.name },
    });
    return row;
  });
}

/**
 * Removes one of the actor's passkeys. The last second factor of an account whose role must
 * use one (REDES_MFA_REQUIRED_ROLES) is refused: the next sign-in would only ask to enrol one
 * again, so the user adds another factor first, or an administrator resets them.
 */
export async function removePasskey(ctx: Ctx, passkeyId: unknown): Promise<Result<{ id: string }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  if (typeof passkeyId !== "string" || !isUuid(passkeyId)) return fail("NOT_FOUND");
  return runWrite(ctx, async (tx) => {
    // One writer per account at a time: two removals at once cannot both see "another factor left".
    const [user] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, ctx.actor.userId))
      .for("update");
    const [row] = await tx
      .select({ id: userPasskeys.id, name: userPasskeys.name })
      .from(userPasskeys)
      .where(and(eq(userPasskeys.id, passkeyId), eq(userPasskeys.userId, ctx.actor.userId)));
    if (!user || !row) throw new ResultError(fail("NOT_FOUND"));
    if (
      secondFactorRequiredRoles().includes(user.role) &&
      (await otherFactors(tx, ctx.actor.userId, row.id)) === 0
    ) {
      throw new ResultError(passkeyFailure("lastFactor"));
    }
    await tx
      .delete(userPasskeys)
      .where(and(eq(userPasskeys.id, row.id), eq(userPasskeys.userId, ctx.actor.userId)));
    await recordAudit(tx, ctx.actor, {
      action: "user.passkey_remove",
      entityType: "user",
      entityId: ctx.actor.userId,
      before: { passkeyId: row.id, name: row.name },
    });
    return { id: row.id };
  });
}
