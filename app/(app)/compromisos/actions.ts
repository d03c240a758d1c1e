"use server";

import { formAction, type Revalidation } from "@/app/_lib/form-action";
import { createCommitment, progressCommitment, updateCommitment } from "@/lib/commitments/commands";
import { getCommitment } from "@/lib/commitments/queries";
import type { Ctx } from "@/lib/context";
import type { FormState } from "@/lib/form-state";
import { wantsAnother } from "@/lib/add-another";
import { isUuid } from "@/lib/validation/fields";

// Public POST endpoints: the session is checked again, and lib/ validates the raw form and
// applies the policy (including "only one's own commitment" for technical staff).

/** The pages that show commitments: /compromisos, the commitment, its network and meeting. */
const pagesOf = (id: string): Revalidation[] => [
  "/compromisos",
  `/compromisos/${id}`,
  ["/redes/[id]", "page"],
  ["/reuniones/[id]", "page"],
];

const versionOf = (id: string) => async (ctx: Ctx) => (await getCommitment(ctx, id))?.version;

export async function createCommitmentAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createCommitment(ctx, formData),
    revalidate: ({ id }) => pagesOf(id),
    redirectTo: ({ id }) => afterCreate(id, formData),
  });
}

/**
 * Where a new commitment leads. Added from a meeting's page (`from=reunion`) and still of a
 * meeting: back to that meeting, or — "Guardar y agregar otro" — to an empty form for it again.
 * The meeting id is the one just saved, so the command has checked it exists.
 */
function afterCreate(id: string, formData: FormData): string {
  const meetingId = String(formData.get("meetingId") ?? "");
  if (formData.get("from") === "reunion" && isUuid(meetingId)) {
    return wantsAnother(formData)
      ? `/compromisos/nuevo?${new URLSearchParams({ meeting: meetingId, estado: "creado", tras: id })}`
      : `/reuniones/${meetingId}?estado=compromiso-creado`;
  }
  return `/compromisos/${id}?estado=creado`;
}

export async function updateCommitmentAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateCommitment(ctx, id, formData),
    currentVersion: versionOf(id),
    revalidate: pagesOf(id),
    redirectTo: () => `/compromisos/${id}?estado=guardado`,
  });
}

export async function progressCommitmentAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => progressCommitment(ctx, id, formData),
    currentVersion: versionOf(id),
    revalidate: pagesOf(id),
    redirectTo: () => `/compromisos/${id}?estado=estado-actualizado`,
  });
}
