import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, ok, type Result } from "../../result";
import {
  consumeRecoveryCode,
  consumeTotpCode,
  countSecondFactorFailure,
  markSessionProved,
  MAX_SECOND_FACTOR_FAILURES,
} from "./factors";
import { looksLikeTotpCode } from "./totp";

/**
 * Proving the second factor in a session: at sign-in (the step after the password) and for a
 * sensitive action (step-up). A right code marks the session (second_factor_at = now); a wrong
 * one is counted against it, and the fifth wrong code ends it. Every outcome is audited.
 */

export type CodeMethod = "totp" | "recovery";
export type ProofPurpose = "sign_in" | "step_up";

export interface ProofInput {
  /** "auto": six digits are an app's code, anything else a recovery code. */
  method: CodeMethod | "auto";
  code: string;
  purpose: ProofPurpose;
  /** The form field the errors belong to. */
  field: string;
}

export interface Proved {
  method: CodeMethod;
  at: Date;
}

export async function proveSecondFactor(
  ctx: Ctx,
  input: ProofInput,
  now = new Date(),
): Promise<Result<Proved>> {
  const { actor } = ctx;
  const sessionId = actor.session?.id;
  if (!sessionId) return fail("UNAUTHENTICATED");
  const code = input.code.trim();
  const refusal = input.purpose === "step_up" ? "STEP_UP" : "VALIDATION";
  if (!code || code.length > 64) return fail(refusal, { [input.field]: ["codeRequired"] });
  const method: CodeMethod =
    input.method === "auto" ? (looksLikeTotpCode(code) ? "totp" : "recovery") : input.method;

  // A recovery code is compared (and used) before the transaction; see consumeRecoveryCode.
  const recoveryUsed =
    method === "recovery" ? await consumeRecoveryCode(ctx.db, actor.userId, code, now) : false;
  const outcome = await ctx.db.transaction(async (tx: Db) => {
    // The session row is locked for the check: parallel guesses in one session queue up here,
    // and a session that has ended proves nothing.
    const [open] = await tx
      .select({ endedAt: userSessions.endedAt })
      .from(userSessions)
      .where(eq(userSessions.id, sessionId))
      .for("update");
    if (!open || open.endedAt) return { right: false as const, ended: true, counted: false };
    const right = method === "totp" ? await consumeTotpCode(tx, actor.userId, code, now) : recoveryUsed;
    if (right) {
      await markSessionProved(tx, sessionId, now);
      await recordAudit(tx, actor, {
        action: input.purpose === "sign_in" ? "auth.second_factor" : "auth.step_up",
        entityType: "user",
        entityId: actor.userId,
        metadata: { method, sessionId },
      });
      return { right: true as const };
    }
    const counted = await countSecondFactorFailure(tx, sessionId, now);
    await recordAudit(tx, actor, {
      action: "auth.second_factor_failed",
      entityType: "user",
      entityId: actor.userId,
      metadata: {
        method,
        purpose: input.purpose,
        failures: counted.failures,
        ...(counted.ended ? { sessionEnded: true, limit: MAX_SECOND_FACTOR_FAILURES } : {}),
      },
    });
    return { right: false as const, ended: counted.ended, counted: true };
  });
  if (outcome.right) return ok({ method, at: now });
  if (outcome.ended) return fail("UNAUTHENTICATED", { [input.field]: ["codeLocked"] });
  return fail(refusal, { [input.field]: [method === "totp" ? "codeWrong" : "recoveryCodeWrong"] });
}
