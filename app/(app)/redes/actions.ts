"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionCtx } from "@/lib/auth/context";
import { createNetwork, setNetworkArchived, updateNetwork } from "@/lib/networks/commands";
import { getNetwork } from "@/lib/networks/queries";
import { NETWORK_ARRAY_FIELDS } from "@/lib/networks/schema";
import { fail } from "@/lib/result";
import { applyOverwrite, failureState, type FormState } from "@/lib/form-state";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

export async function createNetworkAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const result = ctx ? await createNetwork(ctx, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) return failureState(result, formData, prev, NETWORK_ARRAY_FIELDS);
  revalidatePath("/redes");
  redirect(`/redes/${result.data.id}?estado=creada`);
}

export async function updateNetworkAction(
  id: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const ctx = await actionCtx();
  applyOverwrite(formData);
  const result = ctx ? await updateNetwork(ctx, id, formData) : fail("UNAUTHENTICATED");
  if (!result.ok) {
    const state = failureState(result, formData, prev, NETWORK_ARRAY_FIELDS);
    // On a conflict the form keeps what the user typed and learns the current version, which
    // only the explicit "save anyway" button sends back.
    if (result.code === "CONFLICT" && ctx) state.version = (await getNetwork(ctx, id))?.version;
    return state;
  }
  revalidatePath("/redes");
  revalidatePath(`/redes/${id}`);
  redirect(`/redes/${id}?estado=guardada`);
}

/** Archive or restore from the network page; the outcome comes back as ?estado= for the page to show. */
export async function setNetworkArchivedAction(
  id: string,
  archived: boolean,
  formData: FormData,
): Promise<void> {
  const ctx = await actionCtx();
  const result = ctx ? await setNetworkArchived(ctx, id, archived, formData) : fail("UNAUTHENTICATED");
  revalidatePath("/redes");
  revalidatePath(`/redes/${id}`);
  if (!result.ok) redirect(`/redes/${id}?estado=error&codigo=${result.code}`);
  redirect(`/redes/${id}?estado=${archived ? "archivada" : "restaurada"}`);
}
