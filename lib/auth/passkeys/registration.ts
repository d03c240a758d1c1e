import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse } from "@simplewebauthn/server";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import { userPasskeys, users } from "@/db/schema";
import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { fail, ResultError, type Result } from "../../result";
import { runWrite } from "../../write";
import { denied } from "../authorize";
import { markSecondFactor } from "../user-sessions";
import { answeredChallenge, offerChallenge, takeChallenge } from "./challenges";
import { passkeyFailure } from "./failures";
import type { RelyingParty } from "./relying-party";
import { parseJsonAnswer, passkeyNameSchema, registrationResponseSchema } from "./schemas";
import { credentialDescriptors } from "./store";
import { userHandle } from "./user-handle";

/** ES256 (every passkey provider), RS256 (Windows Hello), EdDSA (some security keys). */
export const SUPPORTED_ALGORITHMS = [-7, -257, -8];

/**
 * The options for adding a passkey to one's own account ("account.manage"). The passkey must
 * be discoverable (residentKey "required"), so that it can sign in without an e-mail, and must
 * verify its user (userVerification "required": a fingerprint, face or PIN), so that on its own
 * it stands for two factors — having the device and unlocking it. Passkeys already registered
 * are excluded: the browser says so instead of making a duplicate.
 */
export async function passkeyRegistrationOptions(
  ctx: Ctx,
  rp: RelyingParty | null,
): Promise<Result<PublicKeyCredentialCreationOptionsJSON>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  if (!rp) return passkeyFailure("unavailable");
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: ctx.actor.email,
    userDisplayName: ctx.actor.name,
    userID: userHandle(ctx.actor.userId),
    attestationType: "none",
    excludeCredentials: await credentialDescriptors(ctx.db, ctx.actor.userId),
    authenticatorSelection: {
      residentKey: "required",
      requireResidentKey: true,
      userVerification: "required",
    },
    supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
  });
  return offerChallenge(ctx.db, options, { purpose: "register", userId: ctx.actor.userId });
}

/**
 * Adds the passkey the browser just created, after checking its answer against the challenge
 * issued to this user (taken once), the app's origin and RP ID, and user verification. One
 * transaction with its audit event. Creating a passkey proves its possession, so a session
 * that had not proved a second factor yet (none existed) counts as having proved it: adding
 * the account's first factor does not lock its own session out.
 */
export async function registerPasskey(
  ctx: Ctx,
  rp: RelyingParty | null,
  input: { response: unknown; name: unknown },
): Promise<Result<{ id: string; name: string }>> {
  const refusal = denied(ctx.actor, "account.manage");
  if (refusal) return refusal;
  if (!rp) return passkeyFailure("unavailable");
  const named = passkeyNameSchema.safeParse({ name: input.name });
  if (!named.success) {
    return fail("VALIDATION", { name: named.error.issues.map((issue) => issue.message) });
  }
  const response = parseJsonAnswer(registrationResponseSchema, input.response);
  const challenge = response ? answeredChallenge(response.response.clientDataJSON) : null;
  if (!response || !challenge) return passkeyFailure("invalid");
  // Taken in its own statement: a failed answer uses the challenge up too.
  const expected = await takeChallenge(ctx.db, { challenge, purpose: "register", userId: ctx.actor.userId });
  if (!expected) return passkeyFailure("expired");

  let info;
  try {
    const verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: expected,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    });
    if (!verification.verified) return passkeyFailure("invalid");
    info = verification.registrationInfo;
  } catch {
    return passkeyFailure("invalid");
  }
  const { credential } = info;
  const session = ctx.actor.session;
  return runWrite(
    ctx,
    async (tx) => {
      // One writer per account at a time (the last-factor check of a removal reads the same rows).
      await tx.select({ id: users.id }).from(users).where(eq(users.id, ctx.actor.userId)).for("update");
      const [row] = await tx
        .insert(userPasskeys)
        .values({
          userId: ctx.actor.userId,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey).toString("base64url"),
          counter: credential.counter,
          transports: credential.transports ?? response.response.transports ?? null,
          deviceType: info.credentialDeviceType,
          backedUp: info.credentialBackedUp,
          name: named.data.name,
        })
        .returning({ id: userPasskeys.id, name: userPasskeys.name });
      if (!row) throw new ResultError(fail("INTERNAL"));
      if (session && !session.secondFactorAt) await markSecondFactor(tx, session.id);
      await recordAudit(tx, ctx.actor, {
        action: "user.passkey_add",
        entityType: "user",
        entityId: ctx.actor.userId,
        after: { passkeyId: row.id, name: row.name },
        metadata: { deviceType: info.credentialDeviceType, backedUp: info.credentialBackedUp },
      });
      return row;
    },
    (constraint) =>
      constraint === "user_passkeys_credential_uq" ? passkeyFailure("alreadyRegistered") : undefined,
  );
}
