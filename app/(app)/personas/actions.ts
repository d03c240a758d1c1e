"use server";

import { formAction } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { createPerson, linkPersonUser, updatePerson } from "@/lib/people/commands";
import { getPerson } from "@/lib/people/queries";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createPersonAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createPerson(ctx, formData),
    revalidate: ["/personas"],
    redirectTo: ({ id }) => `/personas/${id}?estado=creada`,
  });
}

export async function updatePersonAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updatePerson(ctx, id, formData),
    // On a conflict the form keeps what the user typed and learns the current version, which
    // only the explicit "save anyway" button sends back.
    currentVersion: async (ctx) => (await getPerson(ctx, id))?.version,
    revalidate: [
      ["/personas", "layout"],
      ["/areas", "layout"],
    ],
    redirectTo: () => `/personas/${id}?estado=guardada`,
  });
}

export async function linkPersonUserAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => linkPersonUser(ctx, id, formData),
    revalidate: [`/personas/${id}`],
    redirectTo: ({ userId }) => `/personas/${id}?estado=${userId ? "vinculada" : "desvinculada"}`,
  });
}
