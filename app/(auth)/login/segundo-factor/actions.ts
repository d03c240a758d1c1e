"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { continuePath, SECOND_FACTOR_LOCKED_PATH } from "@/lib/auth/second-factor/paths";
import { verifySignInSecondFactor } from "@/lib/auth/second-factor/sign-in-step";
import { currentSession } from "@/lib/auth/session";
import { failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";

/**
 * The second-factor step after the password: the one action a session in that state may use
 * (besides signing out). A right code marks the session and goes on to the page the user
 * asked for; the fifth wrong one ends the session and goes back to the login page.
 */
export async function verifySecondFactorAction(prev: FormState, formData: FormData): Promise<FormState> {
  const session = await currentSession();
  const next = continuePath(String(formData.get("callbackUrl") ?? ""));
  if (session.status === "active") redirect(next);
  if (session.status !== "second_factor") return failureState(fail("UNAUTHENTICATED"), new FormData(), prev);
  const result = await verifySignInSecondFactor({ db: await getDb(), actor: session.actor }, formData);
  if (!result.ok) {
    // The session has ended on the server (its cookie now opens nothing): back to the password.
    if (result.code === "UNAUTHENTICATED") redirect(SECOND_FACTOR_LOCKED_PATH);
    const state = failureState(result, formData, prev);
    // A wrong code is not shown again.
    if (state.values) state.values.code = "";
    return state;
  }
  redirect(next);
}
