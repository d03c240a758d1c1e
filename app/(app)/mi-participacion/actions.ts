"use server";

import { formAction } from "@/app/_lib/form-action";
import { backToCard } from "@/components/participation/card-notice";
import { progressCommitment } from "@/lib/commitments/commands";
import { getCommitment } from "@/lib/commitments/queries";
import type { FormState } from "@/lib/form-state";
import { setOwnAttendance } from "@/lib/meetings/log/delegation";
import { createParticipationUpdate } from "@/lib/participation/commands";

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
) {
  return formAction(prev, formData, {
    run: (ctx) => createParticipationUpdate(ctx, assignmentId, formData),
    revalidate: [
      HOME,
      logPath(assignmentId),
      "/asignaciones",
      `/asignaciones/${assignmentId}`,
      ["/personas/[id]", "page"],
      ["/redes/[id]", "page"],
    ],
    // Back where the form was (only these two places; anything else means the overview), on
    // the overview to the assignment's card.
    redirectTo: () =>
      from === "registro"
        ? `${logPath(assignmentId)}?estado=novedad-registrada`
        : `${HOME}${backToCard("novedad-registrada", `asignacion-${assignmentId}`)}`,
  });
}

/** "Confirmar mi asistencia" / "No voy a asistir" on an upcoming meeting of one's own. */
export async function myAttendanceAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  return formAction(prev, formData, {
    run: (ctx) => setOwnAttendance(ctx, meetingId, memberId, formData),
    revalidate: [HOME, `/reuniones/${meetingId}`, "/calendario"],
    redirectTo: ({ attendance }) =>
      `${HOME}${backToCard(
        attendance === "confirmed" ? "asistencia-confirmada" : "asistencia-declinada",
        `reunion-${meetingId}`,
      )}`,
  });
}

/** Status and notes of a commitment one owns (the same command as the commitment's page). */
export async function myCommitmentProgressAction(commitmentId: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => progressCommitment(ctx, commitmentId, formData),
    // After a conflict the form learns the current version, which only "save anyway" sends back.
    currentVersion: async (ctx) => (await getCommitment(ctx, commitmentId))?.version,
    revalidate: [
      HOME,
      "/compromisos",
      `/compromisos/${commitmentId}`,
      ["/redes/[id]", "page"],
      ["/reuniones/[id]", "page"],
    ],
    redirectTo: () => `${HOME}${backToCard("compromiso-actualizado", `compromiso-${commitmentId}`)}`,
  });
}
