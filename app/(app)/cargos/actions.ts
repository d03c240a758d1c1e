"use server";

import { formAction, type Revalidation } from "@/app/_lib/form-action";
import type { FormState } from "@/lib/form-state";
import { addTerm, archiveSeat, createSeat, restoreSeat, updateSeat, updateTerm } from "@/lib/seats/commands";
import { getSeat, getTerm } from "@/lib/seats/queries";
import type { ClosedTerm } from "@/lib/seats/term-rules";
import { todayInBuenosAires } from "@/lib/dates";

// Server actions are public POST endpoints: each one re-checks the session and passes the
// raw form to lib/, which validates it and applies the policy.

/** The lists and pages that show seats: /cargos and its pages, and the network pages. */
const seatPages = (seatId?: string): Revalidation[] => [
  "/cargos",
  ...(seatId ? [`/cargos/${seatId}`] : []),
  ["/redes/[id]", "page"],
];

export async function createSeatAction(prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => createSeat(ctx, formData),
    revalidate: seatPages(),
    redirectTo: ({ id }) => `/cargos/${id}?estado=creado`,
  });
}

export async function updateSeatAction(id: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateSeat(ctx, id, formData),
    currentVersion: async (ctx) => (await getSeat(ctx, id))?.version,
    revalidate: seatPages(id),
    redirectTo: () => `/cargos/${id}?estado=guardado`,
  });
}

export async function setSeatArchivedAction(
  id: string,
  archived: boolean,
  prev: FormState,
  formData: FormData,
) {
  return formAction(prev, formData, {
    run: (ctx) => (archived ? archiveSeat : restoreSeat)(ctx, id, formData),
    revalidate: seatPages(id),
    redirectTo: () => `/cargos/${id}?estado=${archived ? "archivado" : "restaurado"}`,
  });
}

/**
 * The confirmation after a term closed the previous one: replaced today or earlier, or (a
 * renewal recorded ahead of time) the previous term still runs until its end.
 */
function closedFlash(closedTerm: ClosedTerm | null): string | null {
  if (!closedTerm) return null;
  return closedTerm.endsOn >= todayInBuenosAires() ? "mandato-proximo" : "mandato-reemplazo";
}

export async function addTermAction(seatId: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => addTerm(ctx, seatId, formData),
    revalidate: seatPages(seatId),
    redirectTo: ({ closedTerm }) => `/cargos/${seatId}?estado=${closedFlash(closedTerm) ?? "mandato-creado"}`,
  });
}

export async function updateTermAction(seatId: string, termId: string, prev: FormState, formData: FormData) {
  return formAction(prev, formData, {
    run: (ctx) => updateTerm(ctx, termId, formData),
    currentVersion: async (ctx) => (await getTerm(ctx, seatId, termId))?.version,
    revalidate: (data) => seatPages(data.seatId),
    redirectTo: (data) =>
      `/cargos/${data.seatId}?estado=${closedFlash(data.closedTerm) ?? "mandato-guardado"}`,
  });
}
