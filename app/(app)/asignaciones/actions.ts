"use server";

import { formAction, type Revalidation } from "@/app/_lib/form-action";
import { createAssignment, endAssignment, updateAssignment } from "@/lib/assignments/commands";
import { getAssignment } from "@/lib/assignments/queries";
import type { FormState } from "@/lib/form-state";

// Public POST endpoints: the session is checked again and lib/ validates and authorises
// (a head only for their own department's people, whatever the form offered).

/** The lists and pages that show assignments. */
const ASSIGNMENT_PAGES: readonly Revalidation[] = [
  ["/asignaciones", "layout"],
  "/cobertura",
  ["/personas", "layout"],
  ["/areas", "layout"],
  ["/redes/[id]", "page"],
];

export async function createAssignmentAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createAssignment(ctx, formData),
    revalidate: ASSIGNMENT_PAGES,
    redirectTo: ({ id }) => `/asignaciones/${id}?estado=creada`,
  });
}

export async function updateAssignmentAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateAssignment(ctx, id, formData),
    currentVersion: async (ctx) => (await getAssignment(ctx, id))?.version,
    revalidate: ASSIGNMENT_PAGES,
    redirectTo: () => `/asignaciones/${id}?estado=guardada`,
  });
}

export async function endAssignmentAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => endAssignment(ctx, id, formData),
    revalidate: ASSIGNMENT_PAGES,
    redirectTo: () => `/asignaciones/${id}?estado=finalizada`,
  });
}
