"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { createPerson, linkPersonUser, updatePerson } from "@/lib/people/commands";
import { getPerson } from "@/lib/people/queries";
import { fail } from "@/lib/result";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createPersonAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createPerson(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/personas");
  redirect(`/personas/${result.data.id}?estado=creada`);
}

export async function updatePersonAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updatePerson(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    // On a conflict the form keeps what the user typed and learns the current version, which
    // only the explicit "save anyway" button sends back.
    if (result.code === "CONFLICT" && ctx) state.version = (await getPerson(ctx, id))?.version;
    return state;
  }
  revalidatePath("/personas", "layout");
  revalidatePath("/areas", "layout");
  redirect(`/personas/${id}?estado=guardada`);
}

export async function linkPersonUserAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await linkPersonUser(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath(`/personas/${id}`);
  redirect(`/personas/${id}?estado=${result.data.userId ? "vinculada" : "desvinculada"}`);
}
