"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import type { MergeFormState } from "@/components/thematic-areas/merge-form-state";
import { actionCtx } from "@/lib/auth/context";
import { fail, type Failure } from "@/lib/result";
import {
  createThematicArea,
  mergeThematicAreas,
  renameThematicArea,
  type MergeFailure,
} from "@/lib/thematic-areas/commands";
import { getThematicArea } from "@/lib/thematic-areas/queries";
import { formDataToObject } from "@/lib/validation/form-data";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

const failureState = (result: Failure, formData: FormData, submission: number): FormState => ({
  ok: false,
  code: result.code,
  message: result.message,
  fieldErrors: result.fieldErrors,
  values: formDataToObject(formData),
  submission,
});

function revalidateAreas() {
  revalidatePath("/areas-tematicas");
  // Area names appear in the directory's filter and on network pages.
  revalidatePath("/redes", "layout");
}

export async function createAreaAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createThematicArea(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateAreas();
  redirect(`/areas-tematicas?estado=creada&area=${result.data.id}`);
}

export async function renameAreaAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  // "Save anyway" after a conflict: the user chose to overwrite the version they were shown.
  const overwrite = formData.get("overwriteVersion");
  if (typeof overwrite === "string" && overwrite) formData.set("version", overwrite);
  const result = ctx ? await renameThematicArea(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev.submission + 1);
    if (result.code === "CONFLICT" && ctx) state.version = (await getThematicArea(ctx, id))?.version;
    return state;
  }
  revalidateAreas();
  redirect(`/areas-tematicas?estado=renombrada&area=${id}`);
}

export async function mergeAreasAction(prev: MergeFormState, formData: FormData): Promise<MergeFormState> {
  const ctx = await actionCtx();
  const result = ctx ? await mergeThematicAreas(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const clashes = (result as MergeFailure).clashes;
    return { ...failureState(result, formData, prev.submission + 1), ...(clashes ? { clashes } : {}) };
  }
  revalidateAreas();
  redirect(`/areas-tematicas?estado=fusionada&area=${result.data.targetId}`);
}
