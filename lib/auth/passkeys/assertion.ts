import "server-only";
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userPasskeys } from "@/db/schema";
import type { RelyingParty } from "./relying-party";
import { passkeyByCredential } from "./store";
import { userHandleBase64url } from "./user-handle";

export type AssertionProblem = "unknown_passkey" | "other_user" | "counter_regression" | "invalid_signature";

export type CheckedAssertion =
  | { ok: true; passkey: { id: string; userId: string; name: string }; newCounter: number; backedUp: boolean }
  | { ok: false; reason: AssertionProblem; passkeyId?: string; userId?: string };

/** The signature counter of an assertion's authenticator data (bytes 33–36, big-endian). */
function signCount(authenticatorData: string): number | null {
  const bytes = Buffer.from(authenticatorData, "base64url");
  return bytes.length >= 37 ? bytes.readUInt32BE(33) : null;
}

/**
 * Checks a browser's assertion against a challenge already taken: the passkey must be known
 * (and, for a second factor, the given user's), the signature valid for the app's origin and
 * RP ID, and its counter must move forward. Authenticators that keep no counter send 0 every
 * time; one that counts and goes back (or repeats) is refused: the passkey may have been
 * copied off its device.
 */
export async function checkAssertion(
  db: Db,
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  { userId, requireUserVerification }: { userId: string | null; requireUserVerification: boolean },
): Promise<CheckedAssertion> {
  const row = await passkeyByCredential(db, response.id);
  if (!row) return { ok: false, reason: "unknown_passkey" };
  const who = { passkeyId: row.id, userId: row.userId };
  if (userId && row.userId !== userId) return { ok: false, reason: "other_user", ...who };
  // A discoverable passkey names its account too: it must be the one the passkey was made for.
  const handle = response.response.userHandle;
  if (handle && handle !== userHandleBase64url(row.userId))
    return { ok: false, reason: "other_user", ...who };
  const counter = signCount(response.response.authenticatorData);
  if (counter === null) return { ok: false, reason: "invalid_signature", ...who };
  if ((counter > 0 || row.counter > 0) && counter <= row.counter) {
    console.warn(`[redes] passkey ${row.id}: signature counter went back (${row.counter} -> ${counter})`);
    return { ok: false, reason: "counter_regression", ...who };
  }
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification,
      credential: {
        id: row.credentialId,
        publicKey: new Uint8Array(Buffer.from(row.publicKey, "base64url")),
        counter: row.counter,
      },
    });
    if (!verification.verified) return { ok: false, reason: "invalid_signature", ...who };
    return {
      ok: true,
      passkey: { id: row.id, userId: row.userId, name: row.name },
      newCounter: verification.authenticationInfo.newCounter,
      backedUp: verification.authenticationInfo.credentialBackedUp,
    };
  } catch {
    return { ok: false, reason: "invalid_signature", ...who };
  }
}

/** Records a verified use: the new counter, when, and whether its provider now backs it up. */
export async function recordPasskeyUse(
  tx: Db,
  checked: Extract<CheckedAssertion, { ok: true }>,
  now = new Date(),
): Promise<void> {
  await tx
    .update(userPasskeys)
    .set({ counter: checked.newCounter, lastUsedAt: now, backedUp: checked.backedUp })
    .where(eq(userPasskeys.id, checked.passkey.id));
}
