"use server";

import { formAction, type Revalidation } from "@/app/_lib/form-action";
import { archiveBody, createBody, restoreBody, updateBody } from "@/lib/bodies/commands";
import { getBody } from "@/lib/bodies/queries";
import type { FormState } from "@/lib/form-state";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

/** The network page (its tree) and every body page show the changed body. */
const treePages = ({ networkId }: { networkId: string }): Revalidation[] => [
  `/redes/${networkId}`,
  ["/organos/[id]", "page"],
];

export async function createBodyAction(networkId: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createBody(ctx, networkId, formData),
    revalidate: treePages,
    redirectTo: ({ id }) => `/organos/${id}?estado=creado`,
  });
}

export async function updateBodyAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateBody(ctx, id, formData),
    currentVersion: async (ctx) => (await getBody(ctx, id))?.version,
    revalidate: treePages,
    redirectTo: () => `/organos/${id}?estado=guardado`,
  });
}

export async function archiveBodyAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => archiveBody(ctx, id, formData),
    revalidate: treePages,
    redirectTo: () => `/organos/${id}?estado=archivado`,
  });
}

export async function restoreBodyAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => restoreBody(ctx, id, formData),
    revalidate: treePages,
    redirectTo: () => `/organos/${id}?estado=restaurado`,
  });
}
