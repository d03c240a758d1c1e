"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment, endAssignment, updateAssignment } from "@/lib/assignments/commands";
import { getAssignment } from "@/lib/assignments/queries";
import { actionCtx } from "@/lib/auth/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";

// Public POST endpoints: the session is checked again and lib/ validates and authorises
// (a head only for their own department's people, whatever the form offered).

/** The lists and pages that show assignments. */
function revalidateAssignments() {
  revalidatePath("/asignaciones", "layout");
  revalidatePath("/cobertura");
  revalidatePath("/personas", "layout");
  revalidatePath("/areas", "layout");
  revalidatePath("/redes/[id]", "page");
}

export async function createAssignmentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createAssignment(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidateAssignments();
  redirect(`/asignaciones/${result.data.id}?estado=creada`);
}

export async function updateAssignmentAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateAssignment(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    if (result.code === "CONFLICT" && ctx) state.version = (await getAssignment(ctx, id))?.version;
    return state;
  }
  revalidateAssignments();
  redirect(`/asignaciones/${id}?estado=guardada`);
}

export async function endAssignmentAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await endAssignment(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidateAssignments();
  redirect(`/asignaciones/${id}?estado=finalizada`);
}
