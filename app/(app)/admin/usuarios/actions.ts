"use server";

import { redirect } from "next/navigation";
import { buttonAction } from "@/app/_lib/button-action";
import { formAction, revalidate, submitForm } from "@/app/_lib/form-action";
import type { TemporaryPasswordState } from "@/components/users/state";
import { resetUserSecondFactor } from "@/lib/auth/second-factor/admin-reset";
import { withStepUp } from "@/lib/auth/second-factor/step-up";
import type { Ctx } from "@/lib/context";
import type { FormState } from "@/lib/form-state";
import type { Result } from "@/lib/result";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/commands";
import { getUser, userFormValues } from "@/lib/users/queries";
import { closeAllUserSessions, closeUserSession } from "@/lib/users/sessions";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.
// A temporary password goes back in the action's response only (shown once), never in a URL.
// Sensitive changes may answer STEP_UP: the form then asks for a code, which comes back with
// the same submission (withStepUp), so what the administrator typed is kept.

const USERS: readonly ["/admin/usuarios", "layout"] = ["/admin/usuarios", "layout"];

/** Runs a sensitive command behind the step-up prompt; a session locked out by wrong codes signs in again. */
const behindStepUp =
  <T>(formData: FormData, run: (ctx: Ctx) => Promise<Result<T>>) =>
  async (ctx: Ctx): Promise<Result<T>> => {
    const result = await withStepUp(ctx, formData, run);
    if (!result.ok && result.code === "UNAUTHENTICATED") redirect("/login?sesion=segundo-factor");
    return result;
  };

export async function createUserAction(
  prev: TemporaryPasswordState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  const out = await submitForm(prev, formData, { run: (ctx) => createUser(ctx, formData) });
  if (!out.ok) return out.state;
  revalidate(["/admin/usuarios"]);
  return {
    submission: prev.submission + 1,
    temporary: {
      id: out.data.id,
      name: String(formData.get("name") ?? "").trim(),
      email: String(formData.get("email") ?? "")
        .trim()
        .toLowerCase(),
      password: out.data.temporaryPassword,
      expiresAt: out.data.expiresAt.toISOString(),
    },
  };
}

export async function updateUserAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const run = behindStepUp(formData, (ctx) => updateUser(ctx, id, formData));
  const state = await formAction(prev, formData, {
    run,
    currentVersion: async (ctx) => (await userFormValues(ctx, id))?.version,
    revalidate: [USERS],
    redirectTo: ({ sessionsEnded }) =>
      `/admin/usuarios/${id}?estado=${sessionsEnded ? "guardado-sesiones" : "guardado"}`,
  });
  if (state.values) delete state.values.stepUpCode;
  return state;
}

export async function setUserActiveAction(id: string, active: boolean, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => setUserActive(ctx, id, active, formData),
    revalidate: [USERS],
    redirectTo: () => `/admin/usuarios/${id}?estado=${active ? "reactivado" : "desactivado"}`,
  });
}

export async function resetPasswordAction(
  id: string,
  prev: TemporaryPasswordState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  let admin: Ctx | undefined;
  const out = await submitForm(prev, formData, {
    run: behindStepUp(formData, (ctx) => resetUserPassword((admin = ctx), id, formData)),
  });
  if (!out.ok) return out.state;
  revalidate([USERS]);
  const user = admin ? await getUser(admin, id) : null;
  return {
    submission: prev.submission + 1,
    version: out.data.version,
    temporary: {
      id,
      name: user?.name ?? "",
      email: user?.email ?? "",
      password: out.data.temporaryPassword,
      expiresAt: out.data.expiresAt.toISOString(),
    },
  };
}

/** An administrator closes one session of the user; the outcome comes back as ?estado=. */
export async function closeUserSessionAction(userId: string, sessionId: string): Promise<void> {
  await sessionsAction(userId, "sesion-cerrada", (ctx) => closeUserSession(ctx, userId, sessionId, {}));
}

/** An administrator ends every session of the user (and their calendar links). */
export async function closeAllUserSessionsAction(userId: string): Promise<void> {
  await sessionsAction(userId, "sesiones-cerradas", (ctx) => closeAllUserSessions(ctx, userId, {}));
}

const sessionsAction = <T>(userId: string, done: string, run: (ctx: Ctx) => Promise<Result<T>>) =>
  buttonAction({
    run,
    revalidate: [`/admin/usuarios/${userId}`],
    page: `/admin/usuarios/${encodeURIComponent(userId)}`,
    done,
    hash: "#sesiones",
  });

/**
 * Resets a user's second factor (authenticator app, recovery codes, passkeys) and ends their
 * sessions; needs the confirmation box and a recent second factor of the administrator.
 */
export async function resetSecondFactorAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: behindStepUp(formData, (ctx) => resetUserSecondFactor(ctx, id, formData)),
    revalidate: [USERS],
    redirectTo: () => `/admin/usuarios/${id}?estado=2fa-restablecida#segundo-factor`,
  });
}
