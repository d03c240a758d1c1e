"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { progressCommitment } from "@/lib/commitments/commands";
import { getCommitment } from "@/lib/commitments/queries";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { setOwnAttendance } from "@/lib/meetings/log/delegation";
import { createParticipationUpdate } from "@/lib/participation/commands";
import { fail } from "@/lib/result";

// The forms of "Mi participación". Public POST endpoints: each re-reads the session
// (actionCtx), and lib/ validates the raw input and applies the policy on the record itself
// (an assignment, a delegation row or a commitment that is not the actor's is refused there,
// whatever id the request carries).

const HOME = "/mi-participacion";

/** Where a participation update form lives: the overview, or the assignment's own log page. */
const logPath = (assignmentId: string) => `${HOME}/asignaciones/${assignmentId}`;

export async function createParticipationUpdateAction(
  assignmentId: string,
  from: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createParticipationUpdate(ctx, assignmentId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath(HOME);
  revalidatePath(logPath(assignmentId));
  revalidatePath("/asignaciones");
  revalidatePath(`/asignaciones/${assignmentId}`);
  revalidatePath("/personas/[id]", "page");
  revalidatePath("/redes/[id]", "page");
  // Back where the form was (only these two places; anything else means the overview).
  redirect(
    from === "registro"
      ? `${logPath(assignmentId)}?estado=novedad-registrada`
      : `${HOME}?estado=novedad-registrada`,
  );
}

/** "Confirmar mi asistencia" / "No voy a asistir" on an upcoming meeting of one's own. */
export async function myAttendanceAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await setOwnAttendance(ctx, meetingId, memberId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath(HOME);
  revalidatePath(`/reuniones/${meetingId}`);
  revalidatePath("/calendario");
  redirect(
    `${HOME}?estado=${result.data.attendance === "confirmed" ? "asistencia-confirmada" : "asistencia-declinada"}`,
  );
}

/** Status and notes of a commitment one owns (the same command as the commitment's page). */
export async function myCommitmentProgressAction(
  commitmentId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await progressCommitment(ctx, commitmentId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    // After a conflict the form learns the current version, which only "save anyway" sends back.
    if (result.code === "CONFLICT" && ctx) state.version = (await getCommitment(ctx, commitmentId))?.version;
    return state;
  }
  revalidatePath(HOME);
  revalidatePath("/compromisos");
  revalidatePath(`/compromisos/${commitmentId}`);
  revalidatePath("/redes/[id]", "page");
  revalidatePath("/reuniones/[id]", "page");
  redirect(`${HOME}?estado=compromiso-actualizado`);
}
