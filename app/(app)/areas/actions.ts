"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { createDepartment, updateDepartment } from "@/lib/departments/commands";
import { getDepartment } from "@/lib/departments/queries";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { fail } from "@/lib/result";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createDepartmentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createDepartment(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidatePath("/areas");
  redirect(`/areas/${result.data.id}?estado=creada`);
}

export async function updateDepartmentAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateDepartment(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev);
    if (result.code === "CONFLICT" && ctx) state.version = (await getDepartment(ctx, id))?.version;
    return state;
  }
  revalidatePath("/areas", "layout");
  revalidatePath("/personas", "layout");
  redirect(`/areas/${id}?estado=guardada`);
}
