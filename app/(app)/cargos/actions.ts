"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { actionCtx } from "@/lib/auth/context";
import { fail, type Result } from "@/lib/result";
import { addTerm, archiveSeat, createSeat, restoreSeat, updateSeat, updateTerm } from "@/lib/seats/commands";
import { getSeat, getTerm } from "@/lib/seats/queries";
import { formDataToObject } from "@/lib/validation/form-data";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

function failureState(
  result: Extract<Result<unknown>, { ok: false }>,
  formData: FormData,
  submission: number,
): FormState {
  return { ...result, values: formDataToObject(formData), submission };
}

/** "Save anyway" after a conflict: the user chose to overwrite the version they were shown. */
function applyOverwrite(formData: FormData) {
  const overwrite = formData.get("overwriteVersion");
  if (typeof overwrite === "string" && overwrite) formData.set("version", overwrite);
}

/** The lists and pages that show seats: /cargos and its pages, and the network pages. */
function revalidateSeats(seatId?: string) {
  revalidatePath("/cargos");
  if (seatId) revalidatePath(`/cargos/${seatId}`);
  revalidatePath("/redes/[id]", "page");
}

export async function createSeatAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createSeat(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateSeats();
  redirect(`/cargos/${result.data.id}?estado=creado`);
}

export async function updateSeatAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateSeat(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev.submission + 1);
    // On a conflict the form keeps what the user typed and learns the current version, which
    // only the explicit "save anyway" button sends back.
    if (result.code === "CONFLICT" && ctx) state.version = (await getSeat(ctx, id))?.version;
    return state;
  }
  revalidateSeats(id);
  redirect(`/cargos/${id}?estado=guardado`);
}

export async function setSeatArchivedAction(
  id: string,
  archived: boolean,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const command = archived ? archiveSeat : restoreSeat;
  const result = ctx ? await command(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return { ...result, submission: prev.submission + 1 };
  revalidateSeats(id);
  redirect(`/cargos/${id}?estado=${archived ? "archivado" : "restaurado"}`);
}

export async function addTermAction(seatId: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await addTerm(ctx, seatId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateSeats(seatId);
  redirect(`/cargos/${seatId}?estado=${result.data.closedTerm ? "mandato-reemplazo" : "mandato-creado"}`);
}

export async function updateTermAction(
  seatId: string,
  termId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateTerm(ctx, termId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev.submission + 1);
    if (result.code === "CONFLICT" && ctx) state.version = (await getTerm(ctx, seatId, termId))?.version;
    return state;
  }
  revalidateSeats(result.data.seatId);
  redirect(
    `/cargos/${result.data.seatId}?estado=${result.data.closedTerm ? "mandato-reemplazo" : "mandato-guardado"}`,
  );
}
