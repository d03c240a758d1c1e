"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { MoveState } from "@/components/meetings/move-buttons";
import { actionCtx } from "@/lib/auth/context";
import type { Ctx } from "@/lib/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import {
  addDelegationMember,
  closeMeeting,
  createAgendaItem,
  createDecision,
  deleteAgendaItem,
  deleteDecision,
  moveAgendaItem,
  moveDecision,
  removeDelegationMember,
  setOwnAttendance,
  updateAgendaItem,
  updateDecision,
  updateDelegationMember,
  updateMinutes,
} from "@/lib/meetings/log-commands";
import { currentVersion } from "@/lib/meetings/queries";
import { fail, type Result } from "@/lib/result";

// The meeting log's forms. Public POST endpoints: each re-reads the session (actionCtx) and
// lib/ validates the input and applies the policy (a technical user posting to a manage action,
// or answering for someone else's delegation row, is refused there).

type Kind = "meeting" | "agenda_item" | "decision" | "delegation_member";

const meetingPath = (meetingId: string) => `/reuniones/${meetingId}`;

/** After a write: the meeting page and the pages that list meetings. */
function revalidateMeeting(meetingId: string) {
  revalidatePath(meetingPath(meetingId));
  revalidatePath("/redes/[id]", "page");
}

/**
 * Runs a form's command. On failure the form gets back what the user typed; on a conflict also
 * the record's current version, which only the explicit "save anyway" button sends back.
 */
async function submit<T>(
  prev: FormState,
  formData: FormData,
  run: (ctx: Ctx) => Promise<Result<T>>,
  conflictOf?: { kind: Kind; id: string },
  arrayFields: readonly string[] = [],
): Promise<{ state: FormState } | { data: T }> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await run(ctx) : fail("UNAUTHENTICATED");
  if (result.ok) return { data: result.data };
  const state = failureState(result, formData, prev, arrayFields);
  if (result.code === "CONFLICT" && ctx && conflictOf) {
    state.version = await currentVersion(ctx, conflictOf.kind, conflictOf.id);
  }
  return { state };
}

/** Back to the meeting page, whose section that changed shows (and focuses) the confirmation. */
function done(meetingId: string, estado: string): never {
  revalidateMeeting(meetingId);
  redirect(`${meetingPath(meetingId)}?estado=${estado}`);
}

// Agenda -------------------------------------------------------------------------------------

export async function createAgendaItemAction(meetingId: string, prev: FormState, formData: FormData) {
  const out = await submit(prev, formData, (ctx) => createAgendaItem(ctx, meetingId, formData));
  if ("state" in out) return out.state;
  done(meetingId, "punto-creado");
}

export async function updateAgendaItemAction(
  meetingId: string,
  itemId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) => updateAgendaItem(ctx, meetingId, itemId, formData), {
    kind: "agenda_item",
    id: itemId,
  });
  if ("state" in out) return out.state;
  done(meetingId, "punto-guardado");
}

export async function deleteAgendaItemAction(
  meetingId: string,
  itemId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) => deleteAgendaItem(ctx, meetingId, itemId, formData));
  if ("state" in out) return out.state;
  done(meetingId, "punto-eliminado");
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
  const out = await submit(prev, formData, (ctx) => createDecision(ctx, meetingId, formData));
  if ("state" in out) return out.state;
  done(meetingId, "decision-creada");
}

export async function updateDecisionAction(
  meetingId: string,
  decisionId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) => updateDecision(ctx, meetingId, decisionId, formData), {
    kind: "decision",
    id: decisionId,
  });
  if ("state" in out) return out.state;
  done(meetingId, "decision-guardada");
}

export async function deleteDecisionAction(
  meetingId: string,
  decisionId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) => deleteDecision(ctx, meetingId, decisionId, formData));
  if ("state" in out) return out.state;
  done(meetingId, "decision-eliminada");
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
  const out = await submit(prev, formData, (ctx) => addDelegationMember(ctx, meetingId, formData));
  if ("state" in out) return out.state;
  done(meetingId, "persona-agregada");
}

export async function updateMemberAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(
    prev,
    formData,
    (ctx) => updateDelegationMember(ctx, meetingId, memberId, formData),
    { kind: "delegation_member", id: memberId },
  );
  if ("state" in out) return out.state;
  done(meetingId, "persona-guardada");
}

export async function removeMemberAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) =>
    removeDelegationMember(ctx, meetingId, memberId, formData),
  );
  if ("state" in out) return out.state;
  done(meetingId, "persona-quitada");
}

/** A delegation member's own answer: "Confirmar mi asistencia" or "No voy a asistir". */
export async function ownAttendanceAction(
  meetingId: string,
  memberId: string,
  prev: FormState,
  formData: FormData,
) {
  const out = await submit(prev, formData, (ctx) => setOwnAttendance(ctx, meetingId, memberId, formData));
  if ("state" in out) return out.state;
  done(meetingId, out.data.attendance === "confirmed" ? "asistencia-confirmada" : "asistencia-declinada");
}

// Minutes and closing ------------------------------------------------------------------------

export async function updateMinutesAction(meetingId: string, prev: FormState, formData: FormData) {
  const out = await submit(prev, formData, (ctx) => updateMinutes(ctx, meetingId, formData), {
    kind: "meeting",
    id: meetingId,
  });
  if ("state" in out) return out.state;
  done(meetingId, "acta-guardada");
}

export async function closeMeetingAction(meetingId: string, prev: FormState, formData: FormData) {
  const out = await submit(
    prev,
    formData,
    (ctx) => closeMeeting(ctx, meetingId, formData),
    { kind: "meeting", id: meetingId },
    ["members"],
  );
  if ("state" in out) return out.state;
  revalidatePath("/redes", "layout");
  revalidatePath("/calendario");
  done(meetingId, "cerrada");
}
