"use server";

import { revalidatePath } from "next/cache";
import { formAction, type Revalidation, type Submission } from "@/app/_lib/form-action";
import type { MoveState } from "@/components/meetings/move-buttons";
import { actionCtx } from "@/lib/auth/context";
import type { Ctx } from "@/lib/context";
import type { FormState } from "@/lib/form-state";
import {
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
} from "@/lib/meetings/log/agenda-items";
import { closeMeeting } from "@/lib/meetings/log/closing";
import { createDecision, deleteDecision, moveDecision, updateDecision } from "@/lib/meetings/log/decisions";
import {
  addDelegationMember,
  removeDelegationMember,
  setOwnAttendance,
  updateDelegationMember,
} from "@/lib/meetings/log/delegation";
import { updateMinutes } from "@/lib/meetings/log/minutes";
import { currentVersion } from "@/lib/meetings/queries";
import { fail, type Result } from "@/lib/result";
import { wantsAnother } from "@/lib/add-another";

// The meeting log's forms. Public POST endpoints: each re-reads the session (actionCtx) and
// lib/ validates the input and applies the policy (a technical user posting to a manage action,
// or answering for someone else's delegation row, is refused there).

type Kind = "meeting" | "agenda_item" | "decision" | "delegation_member";

const meetingPath = (meetingId: string) => `/reuniones/${meetingId}`;

/** The meeting page and the pages that list meetings. */
const meetingPages = (meetingId: string): Revalidation[] => [meetingPath(meetingId), ["/redes/[id]", "page"]];

/**
 * A log form's action: on success, back to the meeting page, whose section that changed shows
 * (and focuses) the `?estado=` confirmation. `conflictOf` names the record whose current version
 * a conflict reads back.
 */
function logAction<T>(
  meetingId: string,
  prev: FormState,
  formData: FormData,
  spec: Pick<Submission<T>, "run" | "arrayFields"> & {
    estado: string | ((data: T) => string);
    conflictOf?: { kind: Kind; id: string };
    alsoRevalidate?: Revalidation[];
    /** The form's own page, for "Guardar y agregar otro/a": back there, empty, with the confirmation. */
    another?: string;
  },
): Promise<FormState> {
  const { conflictOf, estado } = spec;
  return formAction(prev, formData, {
    run: spec.run,
    arrayFields: spec.arrayFields,
    currentVersion: conflictOf ? (ctx) => currentVersion(ctx, conflictOf.kind, conflictOf.id) : undefined,
    revalidate: [...(spec.alsoRevalidate ?? []), ...meetingPages(meetingId)],
    redirectTo: (data) =>
      `${spec.another && wantsAnother(formData) ? spec.another : meetingPath(meetingId)}?estado=${
        typeof estado === "string" ? estado : estado(data)
      }`,
  });
}

/** Moves stay on the page (no redirect): focus stays on the button and a status message says where the row went. */
async function move(
  meetingId: string,
  prev: MoveState,
  formData: FormData,
  run: (ctx: Ctx) => Promise<Result<{ moved: boolean; position: number }>>,
): Promise<MoveState> {
  const ctx = await actionCtx();
  const result = ctx ? await run(ctx) : fail("UNAUTHENTICATED");
  const direction = formData.get("direction") === "up" ? "up" : "down";
  // A conflict also refreshes the list, so that the reader sees the order they are changing.
  revalidatePath(meetingPath(meetingId));
  if (!result.ok) return { submission: prev.submission + 1, code: result.code, direction };
  return { submission: prev.submission + 1, direction, ...result.data };
}

// Agenda -------------------------------------------------------------------------------------

export async function createAgendaItemAction(meetingId: string, prev: FormState, formData: FormData) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => createAgendaItem(ctx, meetingId, formData),
    estado: "punto-creado",
  });
}

export async function updateAgendaItemAction(
  meetingId: string,
  itemId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => updateAgendaItem(ctx, meetingId, itemId, formData),
    conflictOf: { kind: "agenda_item", id: itemId },
    estado: "punto-guardado",
  });
}

export async function deleteAgendaItemAction(
  meetingId: string,
  itemId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => deleteAgendaItem(ctx, meetingId, itemId, formData),
    estado: "punto-eliminado",
  });
}

export async function moveAgendaItemAction(
  meetingId: string,
  itemId: string,
  prev: MoveState,
  formData: FormData,
): Promise<MoveState> {
  return move(meetingId, prev, formData, (ctx) => moveAgendaItem(ctx, meetingId, itemId, formData));
}

// Decisions ----------------------------------------------------------------------------------

export async function createDecisionAction(meetingId: string, prev: FormState, formData: FormData) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => createDecision(ctx, meetingId, formData),
    estado: "decision-creada",
    another: `${meetingPath(meetingId)}/decisiones/nueva`,
  });
}

export async function updateDecisionAction(
  meetingId: string,
  decisionId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => updateDecision(ctx, meetingId, decisionId, formData),
    conflictOf: { kind: "decision", id: decisionId },
    estado: "decision-guardada",
  });
}

export async function deleteDecisionAction(
  meetingId: string,
  decisionId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => deleteDecision(ctx, meetingId, decisionId, formData),
    estado: "decision-eliminada",
  });
}

export async function moveDecisionAction(
  meetingId: string,
  decisionId: string,
  prev: MoveState,
  formData: FormData,
): Promise<MoveState> {
  return move(meetingId, prev, formData, (ctx) => moveDecision(ctx, meetingId, decisionId, formData));
}

// Delegation ---------------------------------------------------------------------------------

export async function addMemberAction(meetingId: string, prev: FormState, formData: FormData) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => addDelegationMember(ctx, meetingId, formData),
    estado: "persona-agregada",
  });
}

export async function updateMemberAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => updateDelegationMember(ctx, meetingId, memberId, formData),
    conflictOf: { kind: "delegation_member", id: memberId },
    estado: "persona-guardada",
  });
}

export async function removeMemberAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => removeDelegationMember(ctx, meetingId, memberId, formData),
    estado: "persona-quitada",
  });
}

/** A delegation member's own answer: "Confirmar mi asistencia" or "No voy a asistir". */
export async function ownAttendanceAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => setOwnAttendance(ctx, meetingId, memberId, formData),
    estado: (data) => (data.attendance === "confirmed" ? "asistencia-confirmada" : "asistencia-declinada"),
  });
}

// Minutes and closing ------------------------------------------------------------------------

export async function updateMinutesAction(meetingId: string, prev: FormState, formData: FormData) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => updateMinutes(ctx, meetingId, formData),
    conflictOf: { kind: "meeting", id: meetingId },
    estado: "acta-guardada",
  });
}

export async function closeMeetingAction(meetingId: string, prev: FormState, formData: FormData) {
  return logAction(meetingId, prev, formData, {
    run: (ctx) => closeMeeting(ctx, meetingId, formData),
    conflictOf: { kind: "meeting", id: meetingId },
    arrayFields: ["members"],
    estado: "cerrada",
    alsoRevalidate: [["/redes", "layout"], "/calendario"],
  });
}
