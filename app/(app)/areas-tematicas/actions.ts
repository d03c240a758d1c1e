"use server";

import { formAction, type Revalidation } from "@/app/_lib/form-action";
import type { FormState } from "@/components/forms/form-state";
import type { MergeFormState } from "@/components/thematic-areas/merge-form-state";
import { createThematicArea, mergeThematicAreas, renameThematicArea } from "@/lib/thematic-areas/commands";
import { getThematicArea } from "@/lib/thematic-areas/queries";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

/** The list, and where area names appear too: the directory's filter and network pages. */
const AREA_PAGES: readonly Revalidation[] = ["/areas-tematicas", ["/redes", "layout"]];

export async function createAreaAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createThematicArea(ctx, formData),
    revalidate: AREA_PAGES,
    redirectTo: ({ id }) => `/areas-tematicas?estado=creada&area=${id}`,
  });
}

export async function renameAreaAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => renameThematicArea(ctx, id, formData),
    currentVersion: async (ctx) => (await getThematicArea(ctx, id))?.version,
    revalidate: AREA_PAGES,
    redirectTo: () => `/areas-tematicas?estado=renombrada&area=${id}`,
  });
}

/** A refused merge's state also names the networks that block it (the failure carries them). */
export async function mergeAreasAction(prev: MergeFormState, formData: FormData): Promise<MergeFormState> {
  return formAction(prev, formData, {
    run: (ctx) => mergeThematicAreas(ctx, formData),
    revalidate: AREA_PAGES,
    redirectTo: ({ targetId }) => `/areas-tematicas?estado=fusionada&area=${targetId}`,
  });
}
