import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { userPasskeys, userRecoveryCodes, userSessions, userTotp } from "@/db/schema";
import { endSession, markSecondFactor } from "../user-sessions";
import { openSecret } from "./secret-box";
import { looksLikeRecoveryCode, recoveryCodeMatches } from "./recovery-codes";
import { totpStep } from "./totp";

/**
 * The second factors of an account as rows: reading them, checking a code against them, and
 * counting wrong codes per session. No policy here: the commands around it (commands.ts,
 * sign-in-step.ts, step-up.ts, admin-reset.ts) decide who may.
 */

export interface AccountFactors {
  /** none; pending = enrolment started, no code confirmed yet; enabled. */
  totp: "none" | "pending" | "enabled";
  passkeys: number;
  recoveryCodesLeft: number;
}

export async function accountFactors(db: Db, userId: string): Promise<AccountFactors> {
  const [row] = await queryRows<{ totp: boolean | null; passkeys: number | string; codes: number | string }>(
    db,
    sql`select
          (select ${userTotp.confirmedAt} is not null from ${userTotp} where ${userTotp.userId} = ${userId}) as totp,
          (select count(*) from ${userPasskeys} where ${userPasskeys.userId} = ${userId}) as passkeys,
          (select count(*) from ${userRecoveryCodes}
            where ${userRecoveryCodes.userId} = ${userId} and ${userRecoveryCodes.usedAt} is null) as codes`,
  );
  return {
    totp: row?.totp === null || row?.totp === undefined ? "none" : row.totp ? "enabled" : "pending",
    passkeys: Number(row?.passkeys ?? 0),
    recoveryCodesLeft: Number(row?.codes ?? 0),
  };
}

/** True when the account has a confirmed TOTP or a passkey (what session-check.ts asks for). */
export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  const factors = await accountFactors(db, userId);
  return factors.totp === "enabled" || factors.passkeys > 0;
}

/**
 * Checks a TOTP code against the account's confirmed secret and, when it is right, stores its
 * step so the same code (or an older one) is refused from then on. Call it in a transaction:
 * the row is locked, so two requests with one code cannot both pass.
 */
export async function consumeTotpCode(tx: Db, userId: string, code: string, now: Date): Promise<boolean> {
  const [row] = await tx
    .select({ secret: userTotp.secretEncrypted, lastUsedStep: userTotp.lastUsedStep })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)))
    .for("update");
  if (!row) return false;
  const secret = openSecret(row.secret, userId);
  if (!secret) return false;
  const step = totpStep(secret, code, now);
  if (step === null || (row.lastUsedStep !== null && step <= row.lastUsedStep)) return false;
  await tx.update(userTotp).set({ lastUsedStep: step }).where(eq(userTotp.userId, userId));
  return true;
}

/**
 * Uses one of the account's unused recovery codes (each works once). The hashes are compared
 * outside any transaction (argon2id takes a few milliseconds each); marking the match used is
 * one conditional UPDATE, so of two requests with the same code only one gets it.
 */
export async function consumeRecoveryCode(db: Db, userId: string, code: string, now: Date): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const unused = await db
    .select({ id: userRecoveryCodes.id, hash: userRecoveryCodes.codeHash })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)));
  for (const row of unused) {
    if (await recoveryCodeMatches(row.hash, code)) {
      const used = await db
        .update(userRecoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(userRecoveryCodes.id, row.id), isNull(userRecoveryCodes.usedAt)))
        .returning({ id: userRecoveryCodes.id });
      return used.length === 1;
    }
  }
  return false;
}

/** Replaces all of the account's recovery codes with new ones (hashed by the caller, outside the transaction). */
export async function replaceRecoveryCodes(
  tx: Db,
  userId: string,
  hashes: string[],
  now: Date,
): Promise<void> {
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await tx.insert(userRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

/** Wrong codes a session may give (sign-in step and step-up together) before it ends. */
export const MAX_SECOND_FACTOR_FAILURES = 5;

/**
 * Counts a wrong code against the session (one atomic UPDATE, so parallel guesses are all
 * counted); at MAX_SECOND_FACTOR_FAILURES the session ends. Returns the count and whether it ended.
 */
export async function countSecondFactorFailure(
  tx: Db,
  sessionId: string,
  now: Date,
): Promise<{ failures: number; ended: boolean }> {
  const [row] = await tx
    .update(userSessions)
    .set({ secondFactorFailures: sql`${userSessions.secondFactorFailures} + 1` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ failures: userSessions.secondFactorFailures });
  if (!row) return { failures: MAX_SECOND_FACTOR_FAILURES, ended: true };
  if (row.failures < MAX_SECOND_FACTOR_FAILURES) return { failures: row.failures, ended: false };
  await endSession(tx, sessionId, "second_factor_failed", now);
  return { failures: row.failures, ended: true };
}

/** A right code: the session has proved the second factor now, and its count starts over. */
export async function markSessionProved(tx: Db, sessionId: string, now: Date): Promise<void> {
  await markSecondFactor(tx, sessionId, now);
  await tx
    .update(userSessions)
    .set({ secondFactorFailures: 0 })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}
