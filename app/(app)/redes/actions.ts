"use server";

import { redirect } from "next/navigation";
import { formAction, revalidate, submitForm } from "@/app/_lib/form-action";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createNetwork, setNetworkArchived, updateNetwork } from "@/lib/networks/commands";
import { getNetwork } from "@/lib/networks/queries";
import { NETWORK_ARRAY_FIELDS } from "@/lib/networks/form-fields";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

export async function createNetworkAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createNetwork(ctx, formData),
    arrayFields: NETWORK_ARRAY_FIELDS,
    revalidate: ["/redes"],
    redirectTo: ({ id }) => `/redes/${id}?estado=creada`,
  });
}

export async function updateNetworkAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateNetwork(ctx, id, formData),
    currentVersion: async (ctx) => (await getNetwork(ctx, id))?.version,
    arrayFields: NETWORK_ARRAY_FIELDS,
    revalidate: ["/redes", `/redes/${id}`],
    redirectTo: () => `/redes/${id}?estado=guardada`,
  });
}

/** Archive or restore from the network page; the outcome comes back as ?estado= for the page to show. */
export async function setNetworkArchivedAction(
  id: string,
  archived: boolean,
  formData: FormData,
): Promise<void> {
  const out = await submitForm(initialFormState, formData, {
    run: (ctx) => setNetworkArchived(ctx, id, archived, formData),
  });
  revalidate(["/redes", `/redes/${id}`]);
  if (!out.ok) redirect(`/redes/${id}?estado=error&codigo=${out.state.code}`);
  redirect(`/redes/${id}?estado=${archived ? "archivada" : "restaurada"}`);
}
