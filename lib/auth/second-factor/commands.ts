import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { userRecoveryCodes, userSessions, userTotp } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, ok, ResultError, type Result } from "../../result";
import { runWrite } from "../../write";
import { denied } from "../authorize";
import { secondFactorRequiredRoles } from "../session-policy";
import { accountFactors, markSessionProved, replaceRecoveryCodes, type AccountFactors } from "./factors";
import { qrPath } from "./qr";
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { requireRecentSecondFactor } from "./step-up";
import { manualEntryKey, newTotpSecret, totpStep, totpUri } from "./totp";

/**
 * One's own second factor ("account.manage"): enrolling an authenticator app (TOTP), turning
 * it off, recovery codes. Every change is one transaction with its audit event.
 */

export async function ownSecondFactors(ctx: Ctx): Promise<Result<AccountFactors>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  return ok(await accountFactors(ctx.db, ctx.actor.userId));
}

/** What the enrolment shows: the QR code of the otpauth:// URI and the key for typing by hand. */
export interface TotpEnrolment {
  uri: string;
  key: string;
  qr: { size: number; path: string };
}

/**
 * Starts (or starts again) enrolling an authenticator app: a new random secret, stored
 * encrypted and unconfirmed until a code from the app is entered. Refused when one is already
 * on: turn it off first.
 */
export async function startTotpEnrolment(ctx: Ctx, now = new Date()): Promise<Result<{ started: true }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const { userId } = ctx.actor;
  const sealed = sealSecret(newTotpSecret(), userId);
  return runWrite(ctx, async (tx) => {
    const [current] = await tx
      .select({ confirmedAt: userTotp.confirmedAt })
      .from(userTotp)
      .where(eq(userTotp.userId, userId))
      .for("update");
    if (current?.confirmedAt) throw new ResultError(fail("VALIDATION", { _form: ["totpAlreadyOn"] }));
    await tx.delete(userTotp).where(eq(userTotp.userId, userId));
    await tx.insert(userTotp).values({ userId, secretEncrypted: sealed, createdAt: now });
    await recordAudit(tx, ctx.actor, {
      action: "user.totp_enrol_start",
      entityType: "user",
      entityId: userId,
    });
    return { started: true as const };
  });
}

/** The enrolment in progress (the same secret on every reload), or null. */
export async function pendingTotpEnrolment(ctx: Ctx): Promise<Result<TotpEnrolment | null>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const [row] = await ctx.db
    .select({ secret: userTotp.secretEncrypted })
    .from(userTotp)
    .where(and(eq(userTotp.userId, ctx.actor.userId), isNull(userTotp.confirmedAt)));
  const secret = row ? openSecret(row.secret, ctx.actor.userId) : null;
  if (!secret) return ok(null);
  const uri = totpUri(secret, ctx.actor.email);
  return ok({ uri, key: manualEntryKey(secret), qr: qrPath(uri) });
}

/** "Cancelar": the unconfirmed secret is dropped. */
export async function cancelTotpEnrolment(ctx: Ctx): Promise<Result<{ cancelled: boolean }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  return runWrite(ctx, async (tx) => {
    const removed = await tx
      .delete(userTotp)
      .where(and(eq(userTotp.userId, ctx.actor.userId), isNull(userTotp.confirmedAt)))
      .returning({ userId: userTotp.userId });
    if (removed.length) {
      await recordAudit(tx, ctx.actor, {
        action: "user.totp_enrol_cancel",
        entityType: "user",
        entityId: ctx.actor.userId,
      });
    }
    return { cancelled: removed.length > 0 };
  });
}

/** Ten new recovery codes, and their hashes (hashed before any transaction opens). */
async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  return { codes, hashes: await Promise.all(codes.map(hashRecoveryCode)) };
}

/**
 * Confirms the enrolment with a code from the app (one step either side of now). The app is
 * then on, this session counts as having proved it, and — when the account had no recovery
 * codes yet (its first factor) — ten are generated and returned, to be shown once.
 */
export async function confirmTotpEnrolment(
  ctx: Ctx,
  raw: FormData | Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] | null }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const { actor } = ctx;
  const code = String((raw instanceof FormData ? raw.get("code") : raw.code) ?? "").trim();
  if (!code) return fail("VALIDATION", { code: ["codeRequired"] });
  const [pending] = await ctx.db
    .select({ secret: userTotp.secretEncrypted })
    .from(userTotp)
    .where(and(eq(userTotp.userId, actor.userId), isNull(userTotp.confirmedAt)));
  const secret = pending ? openSecret(pending.secret, actor.userId) : null;
  if (!secret) return fail("VALIDATION", { _form: ["totpNotStarted"] });
  const step = totpStep(secret, code, now);
  if (step === null) {
    await recordAudit(ctx.db, actor, {
      action: "user.totp_enable_failed",
      entityType: "user",
      entityId: actor.userId,
      metadata: { reason: "wrong_code" },
    });
    return fail("VALIDATION", { code: ["codeWrong"] });
  }
  const [existing] = await ctx.db
    .select({ id: userRecoveryCodes.id })
    .from(userRecoveryCodes)
    .where(eq(userRecoveryCodes.userId, actor.userId))
    .limit(1);
  const fresh = existing ? null : await newRecoveryCodes();
  return runWrite(ctx, async (tx) => {
    const confirmed = await tx
      .update(userTotp)
      .set({ confirmedAt: now, lastUsedStep: step })
      .where(
        and(
          eq(userTotp.userId, actor.userId),
          isNull(userTotp.confirmedAt),
          eq(userTotp.secretEncrypted, pending!.secret),
        ),
      )
      .returning({ userId: userTotp.userId });
    // Another tab started over or confirmed first: this code belongs to a secret that is gone.
    if (!confirmed.length) throw new ResultError(fail("CONFLICT"));
    if (fresh) await replaceRecoveryCodes(tx, actor.userId, fresh.hashes, now);
    if (actor.session) await markSessionProved(tx, actor.session.id, now);
    await recordAudit(tx, actor, {
      action: "user.totp_enable",
      entityType: "user",
      entityId: actor.userId,
      metadata: fresh ? { recoveryCodesIssued: fresh.codes.length } : {},
    });
    return { recoveryCodes: fresh?.codes ?? null };
  });
}

/**
 * Turns the authenticator app off (step-up first). When no passkey remains, the recovery
 * codes go too (there is no second factor left for them to stand in for). If the account's
 * role must use a second factor and none remains, this session is sent to enrol a new one
 * at once (/cuenta/segundo-factor): that is how someone changes phones.
 */
export async function disableTotp(ctx: Ctx, now = new Date()): Promise<Result<{ mustEnrol: boolean }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const stepUp = await requireRecentSecondFactor(ctx, now);
  if (stepUp) return stepUp;
  const { actor } = ctx;
  return runWrite(ctx, async (tx) => {
    const removed = await tx
      .delete(userTotp)
      .where(eq(userTotp.userId, actor.userId))
      .returning({ confirmedAt: userTotp.confirmedAt });
    if (!removed[0]?.confirmedAt) throw new ResultError(fail("NOT_FOUND"));
    const left = await accountFactors(tx, actor.userId);
    if (left.passkeys === 0)
      await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, actor.userId));
    const mustEnrol = left.passkeys === 0 && secondFactorRequiredRoles().includes(actor.role);
    if (mustEnrol && actor.session) {
      await tx
        .update(userSessions)
        .set({ secondFactorAt: null })
        .where(and(eq(userSessions.id, actor.session.id), isNull(userSessions.endedAt)));
    }
    await recordAudit(tx, actor, {
      action: "user.totp_disable",
      entityType: "user",
      entityId: actor.userId,
      metadata: { recoveryCodesRemoved: left.passkeys === 0, mustEnrol },
    });
    return { mustEnrol };
  });
}

/**
 * "Generar códigos nuevos": ten new codes replace all the old ones (used or not), returned
 * once. Step-up first: whoever holds the codes can pass the second factor.
 */
export async function regenerateRecoveryCodes(
  ctx: Ctx,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const stepUp = await requireRecentSecondFactor(ctx, now);
  if (stepUp) return stepUp;
  const factors = await accountFactors(ctx.db, ctx.actor.userId);
  if (factors.totp !== "enabled" && factors.passkeys === 0)
    return fail("VALIDATION", { _form: ["noSecondFactor"] });
  const fresh = await newRecoveryCodes();
  return runWrite(ctx, async (tx) => {
    await replaceRecoveryCodes(tx, ctx.actor.userId, fresh.hashes, now);
    await recordAudit(tx, ctx.actor, {
      action: "user.recovery_codes_generate",
      entityType: "user",
      entityId: ctx.actor.userId,
      metadata: { count: fresh.codes.length },
    });
    return { recoveryCodes: fresh.codes };
  });
}
