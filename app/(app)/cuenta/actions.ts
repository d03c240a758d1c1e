"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db/client";
import { actionCtx } from "@/lib/auth/context";
import { currentSession } from "@/lib/auth/session";
import { failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";
import { changeOwnPassword, signOutEverywhere } from "@/lib/users/account";

/**
 * Changes the signed-in user's own password: from /cuenta, and from "Elegí una contraseña
 * nueva" after a reset (the only action a must-change session may use). The change ends
 * every session of the user (session_version); this browser then signs in again with the new
 * password through Auth.js — a fresh token with the new session version, through the same
 * throttle and audit as the login page — so the user stays signed in here and only here.
 */
export async function changePasswordAction(prev: FormState, formData: FormData): Promise<FormState> {
  const session = await currentSession();
  if (session.status === "none") return failureState(fail("UNAUTHENTICATED"), new FormData(), prev);
  const ctx = { db: await getDb(), actor: session.actor };
  const result = await changeOwnPassword(ctx, formData);
  // The refusal goes back without what was typed: the form's state travels in the response, and
  // passwords must not (the user types them again, as password fields conventionally ask).
  if (!result.ok) return failureState(result, new FormData(), prev);
  try {
    await signIn("credentials", {
      email: session.actor.email,
      password: String(formData.get("newPassword") ?? ""),
      redirectTo: "/cuenta?estado=contrasena-cambiada",
    });
  } catch (error) {
    // Success "throws" Next's redirect, which must propagate; if signing in again fails
    // (e.g. the address is throttled), the password is changed all the same: sign in anew.
    if (error instanceof CredentialsSignin) redirect("/login?sesion=vencida");
    throw error;
  }
  return prev;
}

/**
 * "Cerrar sesión en todos los dispositivos": ends every session of the user, this browser's
 * included (it is one of "all"), and sends it to the login page.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const ctx = await actionCtx();
  if (ctx) await signOutEverywhere(ctx);
  await signOut({ redirectTo: "/login?sesion=vencida" });
}
