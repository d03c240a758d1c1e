"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { buttonAction } from "@/app/_lib/button-action";
import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { currentSession } from "@/lib/auth/session";
import { failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";
import { changeOwnPassword } from "@/lib/users/account";
import { closeOtherOwnSessions, closeOwnSession } from "@/lib/users/sessions";

/**
 * Changes the signed-in user's own password: from /cuenta, and from "Elegí una contraseña
 * nueva" after a reset (the only action a must-change session may use). The change ends
 * every session of the user; this browser then signs in again with the new password through
 * Auth.js — a new session, through the same throttle and audit as the login page — so the
 * user stays signed in here and only here. Not `submitForm`: a must-change session (which
 * `actionCtx` refuses) may use it, and what was typed never goes back.
 */
export async function changePasswordAction(prev: FormState, formData: FormData): Promise<FormState> {
  const session = await currentSession();
  if (session.status !== "active" && session.status !== "must_change_password") {
    return failureState(fail("UNAUTHENTICATED"), new FormData(), prev);
  }
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

const PAGE = "/cuenta";

/** "Cerrar" on one of the user's other sessions; the outcome comes back as ?estado=. */
export async function closeOwnSessionAction(sessionId: string): Promise<void> {
  await buttonAction({
    run: (ctx) => closeOwnSession(ctx, sessionId, {}),
    revalidate: [PAGE],
    page: PAGE,
    done: "sesion-cerrada",
    hash: "#sesiones",
  });
}

/** "Cerrar las demás sesiones": every session but this browser's ends. */
export async function closeOtherSessionsAction(): Promise<void> {
  await buttonAction({
    run: (ctx) => closeOtherOwnSessions(ctx, {}),
    revalidate: [PAGE],
    page: PAGE,
    done: "otras-cerradas",
    hash: "#sesiones",
  });
}
