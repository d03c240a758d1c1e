"use server";

import { formAction } from "@/app/_lib/form-action";
import { createDepartment, updateDepartment } from "@/lib/departments/commands";
import { getDepartment } from "@/lib/departments/queries";
import type { FormState } from "@/lib/form-state";

// Public POST endpoints: the session is checked again and lib/ validates and authorises.

export async function createDepartmentAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createDepartment(ctx, formData),
    revalidate: ["/areas"],
    redirectTo: ({ id }) => `/areas/${id}?estado=creada`,
  });
}

export async function updateDepartmentAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateDepartment(ctx, id, formData),
    currentVersion: async (ctx) => (await getDepartment(ctx, id))?.version,
    revalidate: [
      ["/areas", "layout"],
      ["/personas", "layout"],
    ],
    redirectTo: () => `/areas/${id}?estado=guardada`,
  });
}
