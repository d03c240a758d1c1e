"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { RecoveryCodesState } from "@/components/account/second-factor/state";
import { getDb } from "@/db/client";
import { actionCtx } from "@/lib/auth/context";
import {
  cancelTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from "@/lib/auth/second-factor/commands";
import { continuePath, SECOND_FACTOR_ENROLMENT_PATH } from "@/lib/auth/second-factor/paths";
import { withStepUp } from "@/lib/auth/second-factor/step-up";
import { currentSession } from "@/lib/auth/session";
import type { Ctx } from "@/lib/context";
import { failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";

/**
 * One's own second factor: from Mi cuenta (/cuenta#segundo-factor), and — enrolling only —
 * from "Configurá la verificación en dos pasos" (/cuenta/segundo-factor), where a session
 * whose role requires a factor is held until it has one. Those read the session's state
 * directly, like the forced password change.
 */

/** The context of an active session, or of one held at the enrolment step. */
async function enrolmentCtx(): Promise<Ctx | null> {
  const session = await currentSession();
  if (session.status !== "active" && session.status !== "second_factor_enrolment") return null;
  return { db: await getDb(), actor: session.actor };
}

/** Back where the form was: Mi cuenta, or the enrolment step with the page the user asked for. */
function returnPath(formData: FormData, estado?: string): string {
  if (formData.get("from") === "obligatorio") {
    return `${SECOND_FACTOR_ENROLMENT_PATH}?${new URLSearchParams({
      callbackUrl: continuePath(String(formData.get("callbackUrl") ?? "")),
    })}`;
  }
  return `/cuenta${estado ? `?estado=${estado}` : ""}#segundo-factor`;
}

export async function startTotpEnrolmentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await enrolmentCtx();
  const result = ctx ? await startTotpEnrolment(ctx) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/cuenta");
  redirect(returnPath(formData));
}

export async function cancelTotpEnrolmentAction(formData: FormData): Promise<void> {
  const ctx = await enrolmentCtx();
  const result = ctx ? await cancelTotpEnrolment(ctx) : fail("UNAUTHENTICATED");
  if (!result.ok) redirect("/login?sesion=vencida");
  revalidatePath("/cuenta");
  redirect(returnPath(formData, "2fa-cancelada"));
}

/** Confirms the app with a code; the recovery codes of a first factor come back in the state. */
export async function confirmTotpAction(
  prev: RecoveryCodesState,
  formData: FormData,
): Promise<RecoveryCodesState> {
  const ctx = await enrolmentCtx();
  const result = ctx ? await confirmTotpEnrolment(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    if (state.values) state.values.code = "";
    return state;
  }
  return { submission: prev.submission + 1, recoveryCodes: result.data.recoveryCodes };
}

/** Turns the app off (step-up: the form carries the code when the first try asked for one). */
export async function disableTotpAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await withStepUp(ctx, formData, (c) => disableTotp(c)) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    if (result.code === "UNAUTHENTICATED" && ctx) redirect("/login?sesion=segundo-factor");
    return failureState(result, formData, prev);
  }
  revalidatePath("/cuenta");
  redirect(
    result.data.mustEnrol ? SECOND_FACTOR_ENROLMENT_PATH : "/cuenta?estado=2fa-desactivada#segundo-factor",
  );
}

/** "Generar códigos nuevos" (step-up); the codes come back in the state, shown once. */
export async function regenerateRecoveryCodesAction(
  prev: RecoveryCodesState,
  formData: FormData,
): Promise<RecoveryCodesState> {
  const ctx = await actionCtx();
  const result = ctx
    ? await withStepUp(ctx, formData, (c) => regenerateRecoveryCodes(c))
    : fail("UNAUTHENTICATED");
  if (!result.ok) {
    if (result.code === "UNAUTHENTICATED" && ctx) redirect("/login?sesion=segundo-factor");
    return failureState(result, formData, prev);
  }
  return { submission: prev.submission + 1, recoveryCodes: result.data.recoveryCodes };
}
