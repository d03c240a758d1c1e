"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { createCommitment, progressCommitment, updateCommitment } from "@/lib/commitments/commands";
import { getCommitment } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";
import { fail, type Failure } from "@/lib/result";

// Public POST endpoints: the session is checked again, and lib/ validates the raw form and
// applies the policy (including "only one's own commitment" for technical staff).

/** The pages that show commitments: /compromisos, the commitment, its network and meeting. */
function revalidateCommitments(id?: string) {
  revalidatePath("/compromisos");
  if (id) revalidatePath(`/compromisos/${id}`);
  revalidatePath("/redes/[id]", "page");
  revalidatePath("/reuniones/[id]", "page");
}

/** After a conflict the form learns the current version, which only "save anyway" sends back. */
async function conflictState(
  ctx: Ctx | null,
  id: string,
  result: Failure,
  formData: FormData,
  prev: FormState,
) {
  const state = failureState(result, formData, prev);
  if (result.code === "CONFLICT" && ctx) state.version = (await getCommitment(ctx, id))?.version;
  return state;
}

export async function createCommitmentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createCommitment(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev);
  revalidateCommitments();
  redirect(`/compromisos/${result.data.id}?estado=creado`);
}

export async function updateCommitmentAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateCommitment(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return conflictState(ctx, id, result, formData, prev);
  revalidateCommitments(id);
  redirect(`/compromisos/${id}?estado=guardado`);
}

export async function progressCommitmentAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await progressCommitment(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return conflictState(ctx, id, result, formData, prev);
  revalidateCommitments(id);
  redirect(`/compromisos/${id}?estado=estado-actualizado`);
}
