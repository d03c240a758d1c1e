import "server-only";
import {
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, type Result } from "../../result";
import { runWrite } from "../../write";
import { denied } from "../authorize";
import type { SignedInUser } from "../sign-in";
import { recordSignIn, sessionUser } from "../sign-in-record";
import { markSecondFactor } from "../user-sessions";
import { checkAssertion, recordPasskeyUse } from "./assertion";
import {
  answeredChallenge,
  MAX_OPEN_SIGN_IN_CHALLENGES,
  openSignInChallenges,
  offerChallenge,
  takeChallenge,
} from "./challenges";
import { passkeyFailure } from "./failures";
import type { RelyingParty } from "./relying-party";
import { authenticationResponseSchema, parseJsonAnswer } from "./schemas";
import { credentialDescriptors } from "./store";

// ---------------------------------------------------------------------------------------------
// Signing in with a passkey alone (a discoverable credential: the passkey names its account).

/**
 * Public: the options of a passwordless sign-in. No allowCredentials (the browser offers the
 * passkeys it holds for this site) and user verification required: the passkey replaces both
 * the password and the second factor. It only stores a challenge, and at most
 * MAX_OPEN_SIGN_IN_CHALLENGES wait at once.
 */
export async function passkeySignInOptions(
  db: Db,
  rp: RelyingParty | null,
  now = new Date(),
): Promise<Result<PublicKeyCredentialRequestOptionsJSON>> {
  if (!rp) return passkeyFailure("unavailable");
  if ((await openSignInChallenges(db, now)) >= MAX_OPEN_SIGN_IN_CHALLENGES) return passkeyFailure("busy");
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "required" });
  return offerChallenge(db, options, { purpose: "authenticate", userId: null, now });
}

/**
 * The Auth.js authorize of the passkey provider: the account whose passkey signed the sign-in
 * challenge, or null (unknown passkey, wrong origin or signature, used or expired challenge,
 * counter gone back, inactive account). Every attempt is audited like a password sign-in.
 */
export async function verifyPasskeySignIn(
  db: Db,
  rp: RelyingParty | null,
  raw: unknown,
  meta: { ip?: string | null } = {},
): Promise<SignedInUser | null> {
  const ip = meta.ip ?? null;
  const refuse = async (reason: string, userId?: string, passkeyId?: string) => {
    await recordAudit(db, null, {
      action: "auth.sign_in_failed",
      entityType: userId ? "user" : undefined,
      entityId: userId,
      metadata: { method: "passkey", ip, reason, ...(passkeyId ? { passkeyId } : {}) },
    });
    return null;
  };
  if (!rp) return refuse("unavailable");
  const response = parseJsonAnswer(authenticationResponseSchema, raw);
  const challenge = response ? answeredChallenge(response.response.clientDataJSON) : null;
  if (!response || !challenge) return refuse("malformed");
  const expected = await takeChallenge(db, { challenge, purpose: "authenticate", userId: null });
  if (!expected) return refuse("challenge");
  const checked = await checkAssertion(db, rp, response, expected, {
    userId: null,
    requireUserVerification: true,
  });
  if (!checked.ok) return refuse(checked.reason, checked.userId, checked.passkeyId);

  const [user] = await db.select().from(users).where(eq(users.id, checked.passkey.userId)).limit(1);
  if (!user || !user.active) return refuse("inactive", checked.passkey.userId, checked.passkey.id);
  await db.transaction(async (tx) => {
    await recordPasskeyUse(tx, checked);
    await recordSignIn(tx, user, { method: "passkey", ip, passkeyId: checked.passkey.id });
  });
  return sessionUser(user);
}

// ---------------------------------------------------------------------------------------------
// A passkey as the second factor of the current session (after a password), or to prove it
// again (step-up).

/**
 * The options for proving the session's second factor with one of the account's passkeys
 * (allowCredentials = theirs). User verification "preferred": the password was the first
 * factor, so possession of the passkey is the second; a security key without a PIN qualifies.
 */
export async function passkeySecondFactorOptions(
  ctx: Ctx,
  rp: RelyingParty | null,
): Promise<Result<PublicKeyCredentialRequestOptionsJSON>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  if (!ctx.actor.session) return fail("UNAUTHENTICATED");
  if (!rp) return passkeyFailure("unavailable");
  const allowCredentials = await credentialDescriptors(ctx.db, ctx.actor.userId);
  if (allowCredentials.length === 0) return passkeyFailure("noPasskeys");
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials,
    userVerification: "preferred",
  });
  return offerChallenge(ctx.db, options, { purpose: "authenticate", userId: ctx.actor.userId });
}

/**
 * Checks the browser's answer as the second factor of the actor's session: the challenge must
 * have been issued to this user, the passkey must be theirs. Success marks the session
 * (markSecondFactor) in one transaction with its audit event; a refusal is audited too.
 */
export async function verifyPasskeySecondFactor(
  ctx: Ctx,
  rp: RelyingParty | null,
  raw: unknown,
): Promise<Result<{ passkeyId: string }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  const session = ctx.actor.session;
  if (!session) return fail("UNAUTHENTICATED");
  if (!rp) return passkeyFailure("unavailable");
  const refuse = async (
    reason: string,
    problem: "invalid" | "expired" | "unknownPasskey",
    passkeyId?: string,
  ) => {
    await recordAudit(ctx.db, ctx.actor, {
      action: "auth.second_factor_failed",
      entityType: "user",
      entityId: ctx.actor.userId,
      metadata: { method: "passkey", reason, sessionId: session.id, ...(passkeyId ? { passkeyId } : {}) },
    });
    return passkeyFailure(problem);
  };
  const response = parseJsonAnswer(authenticationResponseSchema, raw);
  const challenge = response ? answeredChallenge(response.response.clientDataJSON) : null;
  if (!response || !challenge) return refuse("malformed", "invalid");
  const expected = await takeChallenge(ctx.db, {
    challenge,
    purpose: "authenticate",
    userId: ctx.actor.userId,
  });
  if (!expected) return refuse("challenge", "expired");
  const checked = await checkAssertion(ctx.db, rp, response, expected, {
    userId: ctx.actor.userId,
    requireUserVerification: false,
  });
  if (!checked.ok) {
    const unknown = checked.reason === "unknown_passkey" || checked.reason === "other_user";
    // Another account's passkey id is not named in this user's audit trail.
    return refuse(
      checked.reason,
      unknown ? "unknownPasskey" : "invalid",
      unknown ? undefined : checked.passkeyId,
    );
  }
  return runWrite(ctx, async (tx) => {
    await recordPasskeyUse(tx, checked);
    await markSecondFactor(tx, session.id);
    await recordAudit(tx, ctx.actor, {
      action: "auth.second_factor",
      entityType: "user",
      entityId: ctx.actor.userId,
      metadata: { method: "passkey", sessionId: session.id, passkeyId: checked.passkey.id },
    });
    return { passkeyId: checked.passkey.id };
  });
}
