"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TemporaryPasswordState } from "@/components/users/state";
import { actionCtx } from "@/lib/auth/context";
import { resetUserSecondFactor } from "@/lib/auth/second-factor/admin-reset";
import { withStepUp } from "@/lib/auth/second-factor/step-up";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/users/commands";
import { getUser, userFormValues } from "@/lib/users/queries";
import { closeAllUserSessions, closeUserSession } from "@/lib/users/sessions";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.
// A temporary password goes back in the action's response only (shown once), never in a URL.
// Sensitive changes may answer STEP_UP: the form then asks for a code, which comes back with
// the same submission (withStepUp), so what the administrator typed is kept.

export async function createUserAction(
  prev: TemporaryPasswordState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  const ctx = await actionCtx();
  const result = ctx ? await createUser(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/admin/usuarios");
  return {
    submission: prev.submission + 1,
    temporary: {
      id: result.data.id,
      name: String(formData.get("name") ?? "").trim(),
      email: String(formData.get("email") ?? "")
        .trim()
        .toLowerCase(),
      password: result.data.temporaryPassword,
      expiresAt: result.data.expiresAt.toISOString(),
    },
  };
}

export async function updateUserAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx
    ? await withStepUp(ctx, formData, (c) => updateUser(c, id, formData))
    : fail("UNAUTHENTICATED");
  if (!result.ok) {
    if (result.code === "UNAUTHENTICATED" && ctx) redirect("/login?sesion=segundo-factor");
    const state = failureState(result, formData, prev);
    if (state.values) delete state.values.stepUpCode;
    if (result.code === "CONFLICT" && ctx) state.version = (await userFormValues(ctx, id))?.version;
    return state;
  }
  revalidatePath("/admin/usuarios", "layout");
  redirect(`/admin/usuarios/${id}?estado=${result.data.sessionsEnded ? "guardado-sesiones" : "guardado"}`);
}

export async function setUserActiveAction(
  id: string,
  active: boolean,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await setUserActive(ctx, id, active, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/admin/usuarios", "layout");
  redirect(`/admin/usuarios/${id}?estado=${active ? "reactivado" : "desactivado"}`);
}

export async function resetPasswordAction(
  id: string,
  prev: TemporaryPasswordState,
  formData: FormData,
): Promise<TemporaryPasswordState> {
  const ctx = await actionCtx();
  const result = ctx
    ? await withStepUp(ctx, formData, (c) => resetUserPassword(c, id, formData))
    : fail("UNAUTHENTICATED");
  if (!result.ok) {
    if (result.code === "UNAUTHENTICATED" && ctx) redirect("/login?sesion=segundo-factor");
    return failureState(result, formData, prev);
  }
  revalidatePath("/admin/usuarios", "layout");
  const user = ctx ? await getUser(ctx, id) : null;
  return {
    submission: prev.submission + 1,
    version: result.data.version,
    temporary: {
      id,
      name: user?.name ?? "",
      email: user?.email ?? "",
      password: result.data.temporaryPassword,
      expiresAt: result.data.expiresAt.toISOString(),
    },
  };
}

/** An administrator closes one session of the user; the outcome comes back as ?estado=. */
export async function closeUserSessionAction(userId: string, sessionId: string): Promise<void> {
  const ctx = await actionCtx();
  const result = ctx ? await closeUserSession(ctx, userId, sessionId) : fail("UNAUTHENTICATED");
  revalidatePath(`/admin/usuarios/${userId}`);
  redirect(sessionsOutcome(userId, result, "sesion-cerrada"));
}

/** An administrator ends every session of the user (and their calendar links). */
export async function closeAllUserSessionsAction(userId: string): Promise<void> {
  const ctx = await actionCtx();
  const result = ctx ? await closeAllUserSessions(ctx, userId) : fail("UNAUTHENTICATED");
  revalidatePath(`/admin/usuarios/${userId}`);
  redirect(sessionsOutcome(userId, result, "sesiones-cerradas"));
}

const sessionsOutcome = (userId: string, result: { ok: boolean; code?: string }, done: string) =>
  `/admin/usuarios/${encodeURIComponent(userId)}?${
    result.ok ? `estado=${done}` : `estado=error&codigo=${result.code ?? "INTERNAL"}`
  }#sesiones`;

/**
 * Resets a user's second factor (authenticator app, recovery codes, passkeys) and ends their
 * sessions; needs the confirmation box and a recent second factor of the administrator.
 */
export async function resetSecondFactorAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx
    ? await withStepUp(ctx, formData, (c) => resetUserSecondFactor(c, id, formData))
    : fail("UNAUTHENTICATED");
  if (!result.ok) {
    if (result.code === "UNAUTHENTICATED" && ctx) redirect("/login?sesion=segundo-factor");
    return failureState(result, formData, prev);
  }
  revalidatePath("/admin/usuarios", "layout");
  redirect(`/admin/usuarios/${id}?estado=2fa-restablecida#segundo-factor`);
}
