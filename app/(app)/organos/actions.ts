"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/form-state";
import { actionCtx } from "@/lib/auth/context";
import { archiveBody, createBody, restoreBody, updateBody } from "@/lib/bodies/commands";
import { getBody } from "@/lib/bodies/queries";
import { fail, type Result } from "@/lib/result";
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

/** The network page (its tree) and every body page show the changed body. */
function revalidateTree(networkId: string) {
  revalidatePath(`/redes/${networkId}`);
  revalidatePath("/organos/[id]", "page");
}

export async function createBodyAction(
  networkId: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createBody(ctx, networkId, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateTree(result.data.networkId);
  redirect(`/organos/${result.data.id}?estado=creado`);
}

export async function updateBodyAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  // "Save anyway" after a conflict: the user chose to overwrite the version they were shown.
  const overwrite = formData.get("overwriteVersion");
  if (typeof overwrite === "string" && overwrite) formData.set("version", overwrite);
  const result = ctx ? await updateBody(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev.submission + 1);
    // On a conflict the form keeps what the user typed and learns the current version, which
    // only the explicit "save anyway" button sends back.
    if (result.code === "CONFLICT" && ctx) state.version = (await getBody(ctx, id))?.version;
    return state;
  }
  revalidateTree(result.data.networkId);
  redirect(`/organos/${id}?estado=guardado`);
}

export async function archiveBodyAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await archiveBody(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateTree(result.data.networkId);
  redirect(`/organos/${id}?estado=archivado`);
}

export async function restoreBodyAction(id: string, prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await restoreBody(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev.submission + 1);
  revalidateTree(result.data.networkId);
  redirect(`/organos/${id}?estado=restaurado`);
}
