"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { PASSKEY_PROVIDER_ID, signIn } from "@/auth";
import { getDb } from "@/db/client";
import { auditDenials } from "@/lib/auth/denials";
import { verifyPasskeySecondFactor } from "@/lib/auth/passkeys/authentication";
import { passkeyFailure } from "@/lib/auth/passkeys/failures";
import { currentRelyingParty } from "@/lib/auth/passkeys/request-origin";
import { PROVING_STATES, sessionActorIn } from "@/lib/auth/passkeys/session-actor";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { fail, type Failure } from "@/lib/result";

const input = z.object({ response: z.string().min(1).max(60_000), callbackUrl: z.string().max(2000) });

/**
 * Signs in with a passkey alone, through Auth.js (the "passkey" credentials provider, whose
 * authorize checks the answer: lib/auth/passkeys/authentication.ts). Success redirects.
 */
export async function passkeySignInAction(response: unknown, callbackUrl: unknown): Promise<Failure> {
  const parsed = input.safeParse({ response, callbackUrl });
  if (!parsed.success) return fail("VALIDATION");
  try {
    await signIn(PASSKEY_PROVIDER_ID, {
      response: parsed.data.response,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    // A successful sign-in "throws" Next's redirect, which must propagate.
    if (error instanceof CredentialsSignin) return passkeyFailure("unknownPasskey");
    if (error instanceof AuthError) return fail("INTERNAL");
    throw error;
  }
  return fail("INTERNAL");
}

/**
 * The second factor of this session with a passkey (the sign-in step, or step-up in an open
 * session); success goes on to the callback path.
 */
export async function passkeySecondFactorAction(response: unknown, callbackUrl: unknown): Promise<Failure> {
  const parsed = input.safeParse({ response, callbackUrl });
  if (!parsed.success) return fail("VALIDATION");
  const actor = await sessionActorIn(PROVING_STATES);
  if (!actor) return fail("UNAUTHENTICATED");
  const ctx = auditDenials({ db: await getDb(), actor });
  const result = await verifyPasskeySecondFactor(ctx, await currentRelyingParty(), parsed.data.response);
  if (!result.ok) return result;
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}
